import "server-only";
import type { UqpayError } from "@/lib/uqpay/errors";
import { guidanceFor, type GuidanceLocale } from "@/lib/uqpay/guidance";
import type { ActionFailure, FieldErrors } from "./result";

/**
 * The single mapper from a UQPAY error to an action result. Forms name their fields as UQPAY's
 * wire fields (first_name, residential_address.city), so missing_fields and the catalogue's
 * field hints land on the right input without a translation table.
 */
export function uqpayFailure(error: UqpayError, locale: GuidanceLocale): ActionFailure {
  const guidance = guidanceFor(error, locale);
  const fieldErrors: FieldErrors = {};
  for (const name of guidance.missingFields ?? []) fieldErrors[name] = ["required"];
  const field = guidance.wirePath ?? guidance.fieldPath;
  if (field && !fieldErrors[field]) fieldErrors[field] = [guidance.explanation];
  return {
    ok: false,
    code: error.code,
    message: guidance.explanation,
    guidance: { explanation: guidance.explanation, action: guidance.action },
    outcome: error.outcome,
    upstream: { httpStatus: error.httpStatus, type: error.type, message: error.message },
    ...(Object.keys(fieldErrors).length > 0 ? { fieldErrors } : {}),
  };
}
