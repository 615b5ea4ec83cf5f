import { z } from "zod";
import { buildRequiredFields, type FieldValues, type RequiredFieldSpec } from "@/lib/required-fields";
import { operationIdField } from "./operation";

// Every field Create Cardholder accepts (api-reference §3.3), described the way a product's
// required_fields is, so the two-step form and one-step issuance share one renderer and one
// set of rules. Sub-fields of the objects come from lib/required-fields' documented shapes.
const s = (name: string, required = false): RequiredFieldSpec => ({ name, type: "string", required });
const o = (name: string): RequiredFieldSpec => ({ name, type: "object", required: false });

export const CARDHOLDER_REQUIRED_SPECS = [s("first_name", true), s("last_name", true), s("email", true), s("country_code", true), s("phone_number", true)];
export const CARDHOLDER_PERSONAL_SPECS = [s("date_of_birth"), s("gender"), s("nationality")];
export const CARDHOLDER_KYC_SPECS = [o("residential_address"), o("identity"), o("kyc_verification"), s("document_type"), s("document")];

const createModel = buildRequiredFields([...CARDHOLDER_REQUIRED_SPECS, ...CARDHOLDER_PERSONAL_SPECS, ...CARDHOLDER_KYC_SPECS]);

// first_name and last_name cannot change after creation; on update everything else is optional.
const updateModel = buildRequiredFields([
  ...CARDHOLDER_REQUIRED_SPECS.filter((f) => f.name !== "first_name" && f.name !== "last_name").map((f) => ({ ...f, required: false })),
  ...CARDHOLDER_PERSONAL_SPECS,
  ...CARDHOLDER_KYC_SPECS,
]);

/** The descriptors of the create form, in the order the page shows them. */
export const cardholderCreateDescriptors = createModel.descriptors;
export const cardholderUpdateDescriptors = updateModel.descriptors;
/** The cardholder fields alone (what the browser validates before diffing an update). */
export const cardholderFieldsSchema = createModel.schema;
export const cardholderUpdateFieldsSchema = updateModel.schema;

/** Wire payload of Create Cardholder as the schema outputs it. */
export type CardholderCreateFields = {
  first_name: string;
  last_name: string;
  email: string;
  country_code: string;
  phone_number: string;
  date_of_birth?: string;
  gender?: "MALE" | "FEMALE";
  nationality?: string;
  residential_address?: { country: string; city: string; line1: string; state?: string; district?: string; line2?: string; line_en?: string; postal_code?: string };
  identity?: { type: "ID_CARD" | "PASSPORT"; number: string; front_file: string; back_file?: string; hand_file?: string };
  kyc_verification?: { method: "SUMSUB_REDIRECT" } | { method: "THIRD_PARTY"; kyc_proof: { provider: string; reference_id: string } };
  document_type?: "pdf" | "png" | "jpg" | "jpeg";
  document?: string;
};
export type CardholderUpdateFields = Partial<Omit<CardholderCreateFields, "first_name" | "last_name">>;

// The generated schema is typed loosely (any product's fields); these two are the cardholder's.
export const createCardholderSchema = z.intersection(
  z.object({ operationId: operationIdField }),
  createModel.schema as unknown as z.ZodType<CardholderCreateFields, FieldValues>,
);
export const updateCardholderSchema = z.intersection(
  z.object({ operationId: operationIdField, cardholderId: z.uuid("invalid") }),
  updateModel.schema as unknown as z.ZodType<CardholderUpdateFields, FieldValues>,
);

export type CreateCardholderInput = z.input<typeof createCardholderSchema>;
export type UpdateCardholderInput = z.input<typeof updateCardholderSchema>;
