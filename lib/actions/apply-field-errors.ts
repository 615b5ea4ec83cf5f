import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { ActionFailure } from "./result";

/** Puts a server action's field errors onto a react-hook-form form; returns whether any were set. */
export function applyFieldErrors<T extends FieldValues>(result: ActionFailure, setError: UseFormSetError<T>): boolean {
  const entries = Object.entries(result.fieldErrors ?? {});
  for (const [field, messages] of entries) setError(field as Path<T>, { type: "server", message: messages[0] });
  return entries.length > 0;
}
