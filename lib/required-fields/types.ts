/**
 * A product's `required_fields` entry as the client hands it over (lib/uqpay already renames the
 * Java SDK's `field_name`/`field_type`; both spellings are accepted here too, so raw JSON works).
 */
export type RequiredFieldSpec = {
  name?: string | null;
  field_name?: string | null;
  type?: string | null;
  field_type?: string | null;
  required?: boolean | null;
  description?: string | null;
  fields?: RequiredFieldSpec[] | null;
  [extra: string]: unknown;
};

/** How a field is rendered; unknown names are "text" so a product UQPAY adds tomorrow still works. */
export type ControlKind = "text" | "email" | "tel" | "date" | "country" | "select" | "file" | "group";

/** Which UQPAY rule a leaf is checked against (mirrors the error codes of seed 004). */
export type RuleName = "name" | "email" | "country" | "phone" | "date_of_birth" | "file" | "reference_id";

export type FieldDescriptor = {
  /** The wire name of this field, e.g. "city". */
  name: string;
  /** Dotted wire path from the root, e.g. "residential_address.city": the form field name. */
  path: string;
  /** i18n key under `requiredFields.labels` ("residential_address__city"); fall back to `name`, then humanise. */
  labelKey: string;
  kind: ControlKind;
  required: boolean;
  /** UQPAY's own description of the field, shown as help (always for unknown fields). */
  description?: string;
  /** For "select": the wire values; labels come from `requiredFields.options.<optionsKey>.<value>`. */
  options?: readonly string[];
  optionsKey?: string;
  rule?: RuleName;
  maxLength?: number;
  autoComplete?: string;
  /** For "file": a sibling path the form fills with the chosen file's type (document → document_type). */
  fileTypePath?: string;
  /** Rendered (and sent) only while another field has this value (kyc_proof only for THIRD_PARTY). */
  visibleWhen?: { path: string; equals: string };
  /** Required while a sibling has this value, even when the product marks it optional (back_file for ID_CARD). */
  requiredWhen?: { path: string; equals: string };
  /** For "group": its fields. */
  children?: FieldDescriptor[];
};
