import type { ActionFailure } from "@/lib/actions/result";

/**
 * UQPAY names missing cardholder fields by their wire path inside cardholder_required_fields
 * ("email", "residential_address.city"); card fields keep their own names (`cardFields`, the
 * issue schema's keys). Splits an action's field errors between the card form and the
 * cardholder fields.
 */
export function splitFieldErrors(failure: ActionFailure, cardFields: ReadonlySet<string>): { card: ActionFailure; holder: ActionFailure } {
  const card: Record<string, string[]> = {};
  const holder: Record<string, string[]> = {};
  for (const [field, messages] of Object.entries(failure.fieldErrors ?? {})) {
    const top = field.split(".")[0];
    if (top === "cardholder_required_fields") holder[field.slice(top.length + 1)] = messages;
    else if (cardFields.has(top)) card[field] = messages;
    else holder[field] = messages;
  }
  return { card: { ...failure, fieldErrors: card }, holder: { ...failure, fieldErrors: holder } };
}
