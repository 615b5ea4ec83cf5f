import type { ReactNode } from "react";
import { Label } from "@/components/ui/label";

/**
 * Label, control, hint and an already translated error, wired with ids for screen readers. Client
 * islands use it with words their server parent translated (lib/i18n/island-text.ts); FormField
 * adds the translation of validation keys for forms that still read the catalogue themselves.
 */
export function Field({
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
      {hint && !error ? <p id={`${id}-hint`} className="text-xs text-muted-foreground">{hint}</p> : null}
      {error ? (
        <p id={`${id}-error`} className="text-xs text-destructive">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** Props that connect an input to its field's error and hint. */
export function describedBy(id: string, error: string | undefined, hint?: boolean) {
  return {
    id,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": error ? `${id}-error` : hint ? `${id}-hint` : undefined,
  } as const;
}
