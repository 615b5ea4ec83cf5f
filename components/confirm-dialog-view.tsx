"use client";

import { useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { returnFocusOnClose, type DialogControl } from "@/components/on-demand-dialog";

export type ConfirmDialogProps = {
  trigger?: ReactNode;
  control?: DialogControl;
  title: string;
  description: ReactNode;
  confirmLabel: string;
  destructive?: boolean;
  onConfirm: () => Promise<boolean | void>;
};

/**
 * Asks before an irreversible or money-moving step; the confirm button names the action again.
 * Opened by its `trigger`, or, loaded on demand (OnDemandDialog), by the `control` it is given.
 * `text` holds the close and cancel words, translated by the caller (ConfirmDialog reads them
 * from the catalogue).
 */
export function ConfirmDialogView({
  trigger,
  control,
  title,
  description,
  confirmLabel,
  destructive = false,
  onConfirm,
  text,
}: ConfirmDialogProps & { text: { close: string; cancel: string } }) {
  const [ownOpen, setOwnOpen] = useState(false);
  const [open, setOpen] = control ? [control.open, control.onOpenChange] : [ownOpen, setOwnOpen];
  const [busy, setBusy] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      {trigger ? <DialogTrigger asChild>{trigger}</DialogTrigger> : null}
      <DialogContent closeLabel={text.close} className="max-w-md" onCloseAutoFocus={control ? returnFocusOnClose(control) : undefined}>
        <DialogTitle>{title}</DialogTitle>
        <DialogDescription asChild>
          <div>{description}</div>
        </DialogDescription>
        <div className="flex justify-end gap-2">
          <Button variant="outline" onClick={() => setOpen(false)} disabled={busy}>
            {text.cancel}
          </Button>
          <Button
            variant={destructive ? "destructive" : "default"}
            disabled={busy}
            onClick={async () => {
              setBusy(true);
              const keepOpen = (await onConfirm()) === false;
              setBusy(false);
              if (!keepOpen) setOpen(false);
            }}
          >
            {confirmLabel}
          </Button>
        </div>
      </DialogContent>
    </Dialog>
  );
}
