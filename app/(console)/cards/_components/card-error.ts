import type { Translate } from "@/lib/i18n/fill";

/** A card schema's error key in words: the cards wording, then the shared one; UQPAY's text passes through. */
export function cardError(t: Translate, key: string | undefined): string | undefined {
  if (!key) return undefined;
  return t.has(`cards.validation.${key}`) ? t(`cards.validation.${key}`) : t.has(`validation.${key}`) ? t(`validation.${key}`) : key;
}
