"use client";

import { useTranslations } from "next-intl";

/**
 * Card schemas report error keys ("amount_precision"); this turns a key into the cards wording.
 * Anything else (a common validation key, or UQPAY's explanation text) passes through to FormField.
 */
export function useCardErrors() {
  const t = useTranslations("cards.validation");
  return (key: string | undefined): string | undefined => (key && t.has(key) ? t(key) : key);
}
