"use client";

import { useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import { ErrorGuidance } from "@/components/error-guidance";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import type { ActionFailure } from "@/lib/actions/result";

/** A dialog holding one small payment form (capture, cancel, refund); closes when onSubmit says so. */
export function ActionDialog({
  trigger,
  title,
  description,
  submitLabel,
  pending,
  failure,
  destructive,
  onSubmit,
  children,
}: {
  trigger: string;
  title: string;
  description: ReactNode;
  submitLabel: string;
  pending: boolean;
  failure: ActionFailure | null;
  destructive?: boolean;
  onSubmit: () => Promise<boolean>;
  children: ReactNode;
}) {
  const t = useTranslations("common");
  const [open, setOpen] = useState(false);
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (await onSubmit()) setOpen(false);
  };
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant={destructive ? "outline" : "default"} className="w-full">
          {trigger}
        </Button>
      </DialogTrigger>
      <DialogContent closeLabel={t("close")} className="max-w-md">
        <DialogTitle>{title}</DialogTitle>
        <DialogDescription asChild>
          <div>{description}</div>
        </DialogDescription>
        <form onSubmit={submit} noValidate className="grid gap-3" aria-label={title}>
          <ErrorGuidance failure={failure} />
          {children}
          <div className="flex justify-end gap-2">
            <Button type="button" variant="outline" onClick={() => setOpen(false)}>
              {t("back")}
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
