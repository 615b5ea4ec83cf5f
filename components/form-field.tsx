"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Label } from "@/components/ui/label";

/** Label, control and the translated validation message, wired with ids for screen readers. */
export function FormField({
  id,
  label,
  error,
  hint,
  required,
  children,
}: {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  /** Marks the label visually; the control carries `required` for assistive tech. */
  required?: boolean;
  children: ReactNode;
}) {
  const t = useTranslations("validation");
  const message = error ? (t.has(error) ? t(error) : error) : undefined;
  return (
    <div className="grid gap-1.5">
      <Label htmlFor={id}>
        {label}
        {required ? (
          <span aria-hidden className="text-destructive">
            {" *"}
          </span>
        ) : null}
      </Label>
      {children}
      {hint && !message ? <p id={`${id}-hint`} className="text-xs text-muted-foreground">{hint}</p> : null}
      {message ? (
        <p id={`${id}-error`} className="text-xs text-destructive">
          {message}
        </p>
      ) : null}
    </div>
  );
}

/** Props that connect an input to its FormField's error and hint. */
export function describedBy(id: string, error: string | undefined, hint?: boolean) {
  return {
    id,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": error ? `${id}-error` : hint ? `${id}-hint` : undefined,
  } as const;
}
