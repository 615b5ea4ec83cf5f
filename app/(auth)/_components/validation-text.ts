import "server-only";
import { getTranslations } from "next-intl/server";

// The validation keys the sign-in and setup schemas (lib/schemas/auth.ts) and the actions' plain-text
// check (lib/actions/text-guard.ts) can answer with.
const KEYS = ["required", "too_long", "email", "password_short", "password_long", "passwords_differ", "markup_not_allowed", "invalid_characters"] as const;

/** Those messages translated, for a form that shows them without the client-side catalogue. */
export async function validationText(): Promise<Record<string, string>> {
  const t = await getTranslations("validation");
  return Object.fromEntries(KEYS.map((key) => [key, t(key)]));
}
