import type { RequiredField } from "../seed-data";
import type { Fields } from "./cardholder-rules";

const present = (v: unknown) => v !== undefined && v !== null && v !== "";

function satisfied(field: RequiredField, value: unknown): boolean {
  if (!present(value)) return false;
  if (field.type !== "object" || !field.fields) return true;
  if (typeof value !== "object" || Array.isArray(value)) return false;
  const obj = value as Fields;
  return field.fields.every((sub) => !sub.required || satisfied(sub, obj[sub.name]));
}

/** The product's required fields (with their sub-rules) that `data` does not satisfy. */
export function missingRequired(required: RequiredField[], data: Fields): RequiredField[] {
  return required.filter((f) => f.required && !satisfied(f, data[f.name]));
}
