// UQPAY's cardholder field rules (seed 004, api-reference §3.3), checked in the browser before the
// call so the operator fixes them in place; UQPAY still has the last word.

/** invalid_first_name / invalid_last_name: ASCII letters and single spaces, no leading/trailing space. */
export const NAME_PATTERN = /^[A-Za-z]+( [A-Za-z]+)*$/;
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** document_size_exceeded: the decoded file must stay within 2 MB. */
export const MAX_DOCUMENT_BYTES = 2 * 1024 * 1024;
/** file_type_not_supported: JPEG, PNG or PDF. */
export const DOCUMENT_MIME_TYPES = ["image/jpeg", "image/png", "application/pdf"] as const;
/** reference_id_too_short. */
export const MIN_REFERENCE_ID_LENGTH = 10;
export const MIN_AGE = 18;

function parseIsoDate(value: string): { y: number; m: number; d: number } | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return { y, m, d };
}

export function isIsoDate(value: string): boolean {
  return parseIsoDate(value) !== null;
}

/** invalid_date_of_birth: at least 18 years old on `now` (a 29 February birthday counts from 1 March). */
export function isAdult(value: string, now: Date = new Date()): boolean {
  const date = parseIsoDate(value);
  if (!date) return false;
  const eighteenth = Date.UTC(date.y + MIN_AGE, date.m - 1, date.d);
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return eighteenth <= today;
}

/** invalid_file_content: standard base64, no data-URL prefix, no line breaks. */
export function isBase64(value: string): boolean {
  return value.length % 4 === 0 && BASE64.test(value);
}

export function base64Bytes(value: string): number {
  const padding = value.endsWith("==") ? 2 : value.endsWith("=") ? 1 : 0;
  return (value.length / 4) * 3 - padding;
}

/** The wire value of document_type for a chosen file. */
export function documentTypeOf(mime: string): "pdf" | "png" | "jpeg" | null {
  if (mime === "application/pdf") return "pdf";
  if (mime === "image/png") return "png";
  if (mime === "image/jpeg") return "jpeg";
  return null;
}

/** "residential_address.postal_code" → "Postal code": the label of a field no catalogue knows. */
export function humanize(name: string): string {
  const words = name.replace(/[_\-.]+/g, " ").replace(/([a-z])([A-Z])/g, "$1 $2").trim().toLowerCase();
  return words ? words[0].toUpperCase() + words.slice(1) : name;
}
