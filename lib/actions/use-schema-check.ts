"use client";

import { useRef, useState } from "react";
import type { ZodType } from "zod";
import type { ActionFailure } from "./result";

/** Messages (catalogue keys) by field path, first issue per field. */
export type FieldMessages = Partial<Record<string, string>>;

/**
 * Checks a small form's values with its zod schema (lib/schemas), the schema's module imported on
 * the first submit instead of with the page: zod and react-hook-form are ~47 kB gzip the card page
 * need not ship to render empty forms (issue #11). The action checks the same schema again.
 * It behaves as react-hook-form did with its defaults: errors appear on submit and then follow
 * each change, the first field in error takes focus, and an action's field errors replace them.
 */
export function useSchemaCheck<V>(loadSchema: () => Promise<ZodType>, fieldId: (path: string) => string) {
  const [errors, setErrors] = useState<FieldMessages>({});
  const submitted = useRef(false);

  const check = async (values: V, focus: boolean) => {
    const result = (await loadSchema()).safeParse(values);
    const next: FieldMessages = {};
    if (!result.success) for (const issue of result.error.issues) next[issue.path.join(".")] ??= issue.message;
    setErrors(next);
    const first = Object.keys(next)[0];
    if (focus && first !== undefined) document.getElementById(fieldId(first))?.focus();
    return result;
  };

  return {
    errors,
    /** On submit: whether the values pass. */
    validate: async (values: V) => {
      submitted.current = true;
      return (await check(values, true)).success;
    },
    /** On submit: the schema's output (what the action is given), or null when the values do not pass. */
    parse: async (values: V) => {
      submitted.current = true;
      const result = await check(values, true);
      return result.success ? (result.data as Record<string, unknown>) : null;
    },
    /** On change: checks again once the form has been submitted. */
    revalidate: (values: V) => {
      if (submitted.current) void check(values, false);
    },
    /** An action's field errors replace the schema's; `focus` moves focus to the first of them. */
    showFailure: (failure: ActionFailure, focus = false) => {
      const next: FieldMessages = Object.fromEntries(Object.entries(failure.fieldErrors ?? {}).map(([path, messages]) => [path, messages[0]]));
      setErrors(next);
      const first = Object.keys(next)[0];
      if (focus && first !== undefined) document.getElementById(fieldId(first))?.focus();
    },
    reset: () => {
      submitted.current = false;
      setErrors({});
    },
  };
}
