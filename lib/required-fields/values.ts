import type { FieldDescriptor } from "./types";

// The values of a required_fields form. Client forms import this module alone: describe.ts
// brings the table of known fields, which only the server needs (issue #11).

/** The form's empty values: "" for every leaf, nested like the wire payload. */
export function emptyValues(descriptors: readonly FieldDescriptor[]): Record<string, unknown> {
  return Object.fromEntries(descriptors.map((d) => [d.name, d.kind === "group" ? emptyValues(d.children ?? []) : ""]));
}

/**
 * The top-level fields of `values` that differ from `initial` (both as the schema outputs them):
 * an update sends only these, because resending unchanged KYC fields can restart a review.
 */
export function changedValues(values: Record<string, unknown>, initial: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([k, v]) => v !== undefined && JSON.stringify(v) !== JSON.stringify(initial[k])));
}

/** Form values by wire path ("residential_address.city"), every leaf a string. */
export type FlatValues = Record<string, string>;

/** Nested values (as the schema and UQPAY take them) → values by wire path. */
export function flatValues(values: Record<string, unknown>, base = ""): FlatValues {
  return Object.fromEntries(
    Object.entries(values).flatMap(([key, value]) =>
      value !== null && typeof value === "object" ? Object.entries(flatValues(value as Record<string, unknown>, `${base}${key}.`)) : [[base + key, String(value ?? "")]],
    ),
  );
}

/** Values by wire path → nested values. */
export function nestedValues(flat: FlatValues): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [path, value] of Object.entries(flat)) {
    const keys = path.split(".");
    let node = root;
    for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
    node[keys.at(-1)!] = value;
  }
  return root;
}
