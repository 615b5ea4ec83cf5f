"use client";

import { useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { returnFocusOnClose, type DialogControl } from "./on-demand-dialog";

/**
 * Asks before an irreversible or money-moving step; the confirm button names the action again.
 * Opened by its `trigger`, or, loaded on demand (OnDemandDialog), by the `control` it is given.
 */
export function ConfirmDialog({
  trigger,
  control,
  title,
  description,
  confirmLabel,
  destructive = false,
  onConfirm,
}: {
  trigger?: ReactNode;
  control?: DialogControl;
  title: string;
  description: ReactNode;
  confirmLabel: string;
  destructive?: boolean;
  onConfirm: () => Promise<boolean | void>;
}) {
  const t = useTranslations("common");
  const [ownOpen, setOwnOpen] = useState(false);
  const [open, setOpen] = control ? [control.open, control.onOpenChange] : [ownOpen, setOwnOpen];
  const [busy, setBusy] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      {trigger ? <DialogTrigger asChild>{trigger}</DialogTrigger> : null}
      <DialogContent closeLabel={t("close")} className="max-w-md" onCloseAutoFocus={control ? returnFocusOnClose(control) : undefined}>
        <DialogTitle>{title}</DialogTitle>
        <DialogDescription asChild>
          <div>{description}</div>
        </DialogDescription>
        <div className="flex justify-end gap-2">
          <Button variant="outline" onClick={() => setOpen(false)} disabled={busy}>
            {t("cancel")}
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
