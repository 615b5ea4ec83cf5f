"use client";

import { useRef, useState } from "react";
import type { ZodType } from "zod";
import { useSchemaCheck } from "./use-schema-check";

/** `values` with the field at a dotted path replaced (forms keep nested values in React state). */
export function withValue<T extends object>(values: T, path: string, value: unknown): T {
  const [head, ...rest] = path.split(".");
  const record = values as Record<string, unknown>;
  const current = record[head];
  const next = rest.length ? withValue((current ?? (/^\d+$/.test(rest[0]) ? [] : {})) as object, rest.join("."), value) : value;
  if (Array.isArray(values)) return Object.assign([...values], { [head]: next }) as T;
  return { ...values, [head]: next } as T;
}

/**
 * A form's values in React state and its schema imported on the first focus or submit:
 * react-hook-form and zod (~45 kB gzip) stay out of the page's first load (issue #11). Errors show
 * on submit, then follow each change; the first field in error takes focus (`fieldId` names it).
 */
export function useFormValues<V extends object>(initial: () => V, loadSchema: () => Promise<ZodType>, fieldId: (path: string) => string) {
  const [values, setValues] = useState(initial);
  const latest = useRef(values);
  const check = useSchemaCheck<V>(loadSchema, fieldId);
  const replace = (next: V) => {
    latest.current = next;
    setValues(next);
    check.revalidate(next);
  };
  return {
    values,
    set: (path: string, value: unknown) => replace(withValue(latest.current, path, value)),
    /** Changes several values at once (a product choice sets its currency too). */
    update: (change: (values: V) => V) => replace(change(latest.current)),
    check,
    current: () => latest.current,
  };
}
