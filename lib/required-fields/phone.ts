// Cardholder phone numbers are national digits without the country's calling code (seed 000:
// SG "91234567"). UQPAY validates the length per country ("Phone Number Validation Rules for
// Cardholder"); the rules below are the ones we can state with confidence — Singapore's comes from
// UQPAY's own SDK fixtures — and every other country gets E.164's bounds, leaving the exact check
// to UQPAY, whose invalid_phone_number then lands on the field.
const RULES: Record<string, { pattern: RegExp; digits: string }> = {
  SG: { pattern: /^[89]\d{7}$/, digits: "8" },
  HK: { pattern: /^\d{8}$/, digits: "8" },
  MO: { pattern: /^\d{8}$/, digits: "8" },
  CN: { pattern: /^1\d{10}$/, digits: "11" },
  US: { pattern: /^\d{10}$/, digits: "10" },
  CA: { pattern: /^\d{10}$/, digits: "10" },
};

const DIGITS = /^\d+$/;

export type PhoneProblem = "phone_digits" | "phone_country";

/** Why a national phone number is wrong for a country, or null when it looks right. */
export function phoneProblem(phone: string, countryCode?: string): PhoneProblem | null {
  if (!DIGITS.test(phone) || phone.length < 6 || phone.length > 15) return "phone_digits";
  const rule = countryCode ? RULES[countryCode] : undefined;
  if (rule && !rule.pattern.test(phone)) return "phone_country";
  return null;
}

/** The expected digit count for a country, for the error text ("8 digits for SG"). */
export function phoneDigitsFor(countryCode?: string): string | null {
  return (countryCode && RULES[countryCode]?.digits) || null;
}
