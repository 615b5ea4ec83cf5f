/**
 * A card product's `required_fields` → a form and its validation, shared by the browser form and
 * the server action (two-step cardholder create/update, one-step card issuance).
 *
 *   const { descriptors, schema } = buildRequiredFields(product.required_fields);
 *   // client: <RequiredFieldsStateFieldset … /> with useRequiredFieldsState (components/required-fields-state),
 *   //         descriptors from the server (describeFields) and the schema imported on first submit
 *   // server: schema.safeParse(input) → the wire payload (blanks dropped, hidden fields dropped)
 *
 * Field names are UQPAY's wire paths ("residential_address.city"), so UQPAY's missing_fields and
 * field errors land on the right input. Known names get their control and UQPAY's rule; unknown
 * names become text inputs with UQPAY's description as help. Issue messages are codes translated
 * under `requiredFields.errors`. Client-safe: no server imports.
 */
import { describeFields } from "./describe";
import { schemaFor, type FieldValues, type SchemaOptions } from "./schema";
import type { FieldDescriptor, RequiredFieldSpec } from "./types";

export type RequiredFieldsModel = { descriptors: FieldDescriptor[]; schema: import("zod").ZodType<FieldValues, FieldValues> };

export function buildRequiredFields(specs: readonly RequiredFieldSpec[] | null | undefined, options: SchemaOptions = {}): RequiredFieldsModel {
  const descriptors = describeFields(specs ?? []);
  return { descriptors, schema: schemaFor(descriptors, options) };
}

export { changedValues, describeFields, emptyValues, leavesOf } from "./describe";
export { schemaFor, type FieldValues, type SchemaOptions } from "./schema";
export { countryName, countryOptions, COUNTRY_CODES, isCountryCode, type CountryOption } from "./countries";
export { phoneDigitsFor, phoneProblem } from "./phone";
export { DOCUMENT_TYPES, GENDERS, IDENTITY_TYPES, KYC_METHODS } from "./known-fields";
export { base64Bytes, documentTypeOf, DOCUMENT_MIME_TYPES, humanize, isAdult, MAX_DOCUMENT_BYTES, MIN_AGE, NAME_PATTERN } from "./rules";
export type { ControlKind, FieldDescriptor, RequiredFieldSpec, RuleName } from "./types";
