import { knownField } from "./known-fields";
import type { FieldDescriptor, RequiredFieldSpec } from "./types";

// Wire names are snake_case identifiers; anything else cannot be a form field name safely.
const WIRE_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

/** Field descriptors for a product's required_fields, in the product's order, required first kept as given. */
export function describeFields(specs: readonly RequiredFieldSpec[], parent = ""): FieldDescriptor[] {
  const out: FieldDescriptor[] = [];
  const seen = new Set<string>();
  for (const spec of specs) {
    if (!spec || typeof spec !== "object") continue;
    const name = spec.name ?? spec.field_name;
    if (typeof name !== "string" || !WIRE_NAME.test(name) || seen.has(name)) continue;
    seen.add(name);
    const path = parent ? `${parent}.${name}` : name;
    const known = knownField(path, name);
    const type = spec.type ?? spec.field_type;
    const listed = Array.isArray(spec.fields) ? spec.fields : [];
    const isObject = type === "object" || listed.length > 0 || known?.kind === "group";
    const children = isObject ? describeFields(listed.length > 0 ? listed : (known?.fields ?? []), path) : undefined;
    const description = typeof spec.description === "string" && spec.description.trim() ? spec.description.trim() : undefined;
    const { fields: _defaults, kind: knownKind, ...hints } = known ?? { kind: "text" as const };
    // An object nobody described still gets an input rather than vanishing from the form.
    const kind = isObject ? (children && children.length > 0 ? "group" : "text") : knownKind === "group" ? "text" : knownKind;
    out.push({
      ...hints,
      name,
      path,
      labelKey: path.replaceAll(".", "__"),
      kind,
      required: spec.required === true,
      ...(description ? { description } : {}),
      ...(kind === "group" ? { children } : {}),
    });
  }
  return out;
}

/** Every leaf descriptor, depth first (groups themselves are not leaves). */
export function leavesOf(descriptors: readonly FieldDescriptor[]): FieldDescriptor[] {
  return descriptors.flatMap((d) => (d.kind === "group" ? leavesOf(d.children ?? []) : [d]));
}

// The form values' helpers live in values.ts, which client forms import without the field table.
export { changedValues, emptyValues } from "./values";
