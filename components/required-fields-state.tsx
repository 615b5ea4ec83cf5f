"use client";

import { useRef, useState } from "react";
import type { ZodType } from "zod";
import type { ActionFailure } from "@/lib/actions/result";
import { nestedValues, type FlatValues } from "@/lib/required-fields/values";

type Messages = Partial<Record<string, string>>;

export const fieldIdOf = (idPrefix: string, path: string) => `${idPrefix}-${path.replaceAll(".", "-")}`;

/**
 * The values and errors of a required_fields form kept in React state, its zod schema imported on
 * the first submit rather than with the page: zod and react-hook-form are ~47 kB gzip a form page
 * need not ship (issue #11). Errors show on submit, then follow each change; the first field in
 * error takes focus; an action's field errors replace the schema's. The action parses the same
 * schema again.
 */
export function useRequiredFieldsState(initial: FlatValues, loadSchema: () => Promise<ZodType>, idPrefix: string) {
  const [values, setValues] = useState(initial);
  // The latest values at once: a file choice sets the document and its type in one go.
  const latest = useRef(initial);
  const [errors, setErrors] = useState<Messages>({});
  const submitted = useRef(false);

  const show = (next: Messages, focus: boolean) => {
    setErrors(next);
    const first = Object.keys(next)[0];
    if (focus && first !== undefined) document.getElementById(fieldIdOf(idPrefix, first))?.focus();
  };
  const parse = async (current: FlatValues, focus: boolean) => {
    const result = (await loadSchema()).safeParse(nestedValues(current));
    const next: Messages = {};
    if (!result.success) for (const issue of result.error.issues) next[issue.path.join(".")] ??= issue.message;
    show(next, focus);
    return result.success ? (result.data as Record<string, unknown>) : null;
  };

  return {
    values,
    errors,
    /** Sets one value; once the form has been submitted, checks again (`recheck: false` to keep an error just set). */
    set: (path: string, value: string, recheck = true) => {
      latest.current = { ...latest.current, [path]: value };
      setValues(latest.current);
      if (submitted.current && recheck) void parse(latest.current, false);
    },
    setError: (path: string, message: string | undefined) => setErrors((current) => ({ ...current, [path]: message })),
    /** On submit: the schema's output (the wire payload), or null with the errors shown. */
    validate: () => {
      submitted.current = true;
      return parse(latest.current, true);
    },
    /** Parses other values (e.g. the initial ones, to diff an update against) without showing anything. */
    parseQuietly: async (other: FlatValues) => (await loadSchema()).safeParse(nestedValues(other)).data as Record<string, unknown> | undefined,
    showFailure: (failure: ActionFailure) => show(Object.fromEntries(Object.entries(failure.fieldErrors ?? {}).map(([path, messages]) => [path, messages[0]])), true),
    /** Starts over with other values (the issue form's product changed): no errors, not submitted. */
    reset: (next: FlatValues) => {
      latest.current = next;
      submitted.current = false;
      setValues(next);
      setErrors({});
    },
    idPrefix,
  };
}

export type RequiredFieldsState = ReturnType<typeof useRequiredFieldsState>;
