"use client";

import { useTranslations } from "next-intl";
import { phoneDigitsFor } from "@/lib/required-fields/phone";
import { humanize } from "@/lib/required-fields/rules";
import type { FieldDescriptor } from "@/lib/required-fields/types";

/** Label, help and error text for a descriptor: catalogue first, then UQPAY's words, then the humanised name. */
export function useRequiredFieldText() {
  const t = useTranslations("requiredFields");
  return {
    label: (d: FieldDescriptor) =>
      t.has(`labels.${d.labelKey}`) ? t(`labels.${d.labelKey}`) : t.has(`labels.${d.name}`) ? t(`labels.${d.name}`) : humanize(d.name),
    hint: (d: FieldDescriptor) =>
      t.has(`hints.${d.labelKey}`) ? t(`hints.${d.labelKey}`) : t.has(`hints.${d.name}`) ? t(`hints.${d.name}`) : d.description,
    /** Zod codes become sentences; UQPAY's (already translated) guidance passes through. */
    error: (message: string | undefined, country?: unknown) =>
      message && t.has(`errors.${message}`)
        ? t(`errors.${message}`, { digits: phoneDigitsFor(typeof country === "string" ? country : undefined) ?? "" })
        : message,
  };
}
