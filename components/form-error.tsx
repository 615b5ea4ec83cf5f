import { AlertIcon } from "@/components/alert-icon";

/** A form-level error. Not role="alert": Next's route announcer already holds that role (STACK pitfall 9). */
export function FormError({ message }: { message?: string | null }) {
  if (!message) return null;
  return (
    <div data-testid="form-error" aria-live="polite" className="flex items-start gap-2 rounded-md border border-destructive/40 bg-destructive/10 p-3 text-sm text-destructive">
      <AlertIcon className="mt-0.5 size-4 shrink-0" />
      <span>{message}</span>
    </div>
  );
}
