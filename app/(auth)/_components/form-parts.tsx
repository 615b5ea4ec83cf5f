import type { ReactNode } from "react";
import { Label } from "@/components/ui/label";

// The sign-in and setup islands get their words from the server page and load no client catalogue
// (issue #11): these are components/form-field.tsx and form-error.tsx for text already translated.

/** Label, control, hint and the (translated) error, wired with ids for screen readers. */
export function AuthField({ id, label, error, hint, children }: { id: string; label: string; error?: string; hint?: string; children: ReactNode }) {
  return (
    <div className="grid gap-1.5">
      <Label htmlFor={id}>{label}</Label>
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

/** A form-level error; its icon is rendered by the server page. Not role="alert" (STACK pitfall 9). */
export function AuthFormError({ message, icon }: { message: string | null; icon: ReactNode }) {
  if (!message) return null;
  return (
    <div data-testid="form-error" aria-live="polite" className="flex items-start gap-2 rounded-md border border-destructive/40 bg-destructive/10 p-3 text-sm text-destructive">
      {icon}
      <span>{message}</span>
    </div>
  );
}
