"use client";

import type { ReactNode } from "react";
import { FailureNotice } from "@/components/failure-notice";
import { Button } from "@/components/ui/button";
import { returnFocusOnClose, type DialogControl } from "@/components/on-demand-dialog";
import { Dialog, DialogContent, DialogDescription, DialogTitle } from "@/components/ui/dialog";
import type { ActionFailure } from "@/lib/actions/result";
import type { IslandText } from "@/lib/i18n/fill";

/**
 * A dialog holding one small payment form (capture, cancel, refund); closes when onSubmit says so.
 * Loaded on demand with its form by the actions panel's button (OnDemandDialog), which opens it.
 */
export function ActionDialog({
  control,
  title,
  description,
  submitLabel,
  pending,
  failure,
  destructive,
  onSubmit,
  children,
  text,
}: {
  control: DialogControl;
  title: string;
  description: ReactNode;
  submitLabel: string;
  pending: boolean;
  failure: ActionFailure | null;
  destructive?: boolean;
  onSubmit: () => Promise<boolean>;
  children: ReactNode;
  /** The page's island text: common.close, common.back, guidance.*. */
  text: IslandText;
}) {
  const { open, onOpenChange: setOpen } = control;
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (await onSubmit()) setOpen(false);
  };
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogContent closeLabel={text["common.close"]} className="max-w-md" onCloseAutoFocus={returnFocusOnClose(control)}>
        <DialogTitle>{title}</DialogTitle>
        <DialogDescription asChild>
          <div>{description}</div>
        </DialogDescription>
        <form onSubmit={submit} noValidate className="grid gap-3" aria-label={title}>
          <FailureNotice failure={failure} text={text} />
          {children}
          <div className="flex justify-end gap-2">
            <Button type="button" variant="outline" onClick={() => setOpen(false)}>
              {text["common.back"]}
            </Button>
            <Button type="submit" variant={destructive ? "destructive" : "default"} disabled={pending}>
              {submitLabel}
            </Button>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}
