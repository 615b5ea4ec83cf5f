import type { ReactNode } from "react";

// The sign-in and setup islands get their words from the server page and load no client catalogue
// (issue #11): this is components/form-error.tsx for text already translated (fields use
// components/plain-field.tsx).

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
