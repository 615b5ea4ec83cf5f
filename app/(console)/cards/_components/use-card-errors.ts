"use client";

import { useTranslations } from "next-intl";
import type { Translate } from "@/lib/i18n/fill";
import { cardError } from "./card-error";

/** cardError over the page's catalogue: card schemas report error keys ("amount_precision"), UQPAY its own text. */
export function useCardErrors() {
  const t: Translate = useTranslations();
  return (key: string | undefined) => cardError(t, key);
}
