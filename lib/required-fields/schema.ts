import { z } from "zod";
import { isCountryCode } from "./countries";
import { phoneProblem } from "./phone";
import { base64Bytes, EMAIL_PATTERN, isAdult, isBase64, isIsoDate, MAX_DOCUMENT_BYTES, MIN_REFERENCE_ID_LENGTH, NAME_PATTERN } from "./rules";
import type { FieldDescriptor } from "./types";

// Issue messages are codes ("name_format", "under_18"); the form translates them through
// `requiredFields.errors`, so server and browser report the same thing in either language.

export type FieldValues = Record<string, unknown>;
export type SchemaOptions = { now?: () => Date };

const isBlank = (value: unknown): boolean =>
  value === undefined ||
  value === null ||
  value === "" ||
  (typeof value === "object" && !Array.isArray(value) && Object.values(value as FieldValues).every(isBlank));

const blankToUndefined = (value: unknown) => (isBlank(value) ? undefined : value);
const leafName = (path: string) => path.slice(path.lastIndexOf(".") + 1);

function leafSchema(d: FieldDescriptor, options: SchemaOptions): z.ZodType {
  let s = z.string({ error: (issue) => (issue.input === undefined || issue.input === null ? "required" : "invalid") });
  if (d.maxLength) s = s.max(d.maxLength, "too_long");
  let checked: z.ZodType<string> = s;
  const refine = (ok: (v: string) => boolean, message: string) => {
    checked = checked.refine(ok, message);
  };
  if (d.options) refine((v) => d.options!.includes(v), "option");
  switch (d.rule) {
    case "name":
      refine((v) => NAME_PATTERN.test(v), "name_format");
      break;
    case "email":
      refine((v) => EMAIL_PATTERN.test(v), "email");
      break;
    case "country":
      refine(isCountryCode, "country");
      break;
    case "phone":
      refine((v) => phoneProblem(v) === null, "phone_digits");
      break;
    case "date_of_birth":
      refine(isIsoDate, "date_format");
      refine((v) => !isIsoDate(v) || isAdult(v, options.now?.() ?? new Date()), "under_18");
      break;
    case "file":
      refine(isBase64, "file_content");
      refine((v) => !isBase64(v) || base64Bytes(v) <= MAX_DOCUMENT_BYTES, "file_too_large");
      break;
    case "reference_id":
      refine((v) => v.length >= MIN_REFERENCE_ID_LENGTH, "reference_id_short");
      break;
  }
  return z.preprocess(blankToUndefined, d.required ? checked : checked.optional());
}

/** Required leaves of a descriptor (itself, or everything required inside a group), relative paths. */
function requiredLeaves(d: FieldDescriptor): string[][] {
  if (d.kind !== "group") return [[d.name]];
  const kids = (d.children ?? []).filter((c) => c.required);
  return kids.flatMap((c) => requiredLeaves(c).map((p) => [d.name, ...p]));
}

function objectSchema(children: FieldDescriptor[], options: SchemaOptions, extra?: (value: FieldValues, ctx: z.RefinementCtx) => void) {
  const shape = Object.fromEntries(children.map((c) => [c.name, fieldSchema(c, options)]));
  const conditional = children.filter((c) => c.visibleWhen || c.requiredWhen);
  // Hidden fields keep their values in the form; they must not reach UQPAY.
  const dropHidden = (value: unknown) => {
    if (!value || typeof value !== "object") return value;
    const out = { ...(value as FieldValues) };
    for (const c of conditional) {
      if (c.visibleWhen && out[leafName(c.visibleWhen.path)] !== c.visibleWhen.equals) delete out[c.name];
    }
    return out;
  };
  return z.preprocess(
    dropHidden,
    z.object(shape).superRefine((value: FieldValues, ctx) => {
      for (const c of conditional) {
        if (!c.requiredWhen || value[leafName(c.requiredWhen.path)] !== c.requiredWhen.equals || !isBlank(value[c.name])) continue;
        for (const path of requiredLeaves({ ...c, required: true })) ctx.addIssue({ code: "custom", path, message: "required" });
      }
      extra?.(value, ctx);
    }),
  );
}

function fieldSchema(d: FieldDescriptor, options: SchemaOptions): z.ZodType {
  if (d.kind !== "group") return leafSchema(d, options);
  const group = objectSchema(d.children ?? [], options);
  // A required object left out entirely still reports its required leaves, not "expected object".
  return d.required ? z.preprocess((v) => v ?? {}, group) : z.preprocess(blankToUndefined, group.optional());
}

/** The zod schema for a whole payload described by `descriptors` (the root of required_fields). */
export function schemaFor(descriptors: FieldDescriptor[], options: SchemaOptions = {}): z.ZodType<FieldValues, FieldValues> {
  const names = new Set(descriptors.map((d) => d.name));
  return objectSchema(descriptors, options, (value, ctx) => {
    const phone = value.phone_number;
    const country = value.country_code;
    if (typeof phone === "string" && typeof country === "string" && phoneProblem(phone, country) === "phone_country") {
      ctx.addIssue({ code: "custom", path: ["phone_number"], message: "phone_country" });
    }
    // missing_date_of_birth: UQPAY checks identity documents against the date of birth.
    if (names.has("date_of_birth") && isBlank(value.date_of_birth) && (!isBlank(value.identity) || !isBlank(value.document))) {
      ctx.addIssue({ code: "custom", path: ["date_of_birth"], message: "dob_for_documents" });
    }
  }) as unknown as z.ZodType<FieldValues, FieldValues>;
}
