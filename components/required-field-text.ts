import type { Translate } from "@/lib/i18n/fill";
import { phoneDigitsFor } from "@/lib/required-fields/phone";
import { humanize } from "@/lib/required-fields/rules";
import type { FieldDescriptor } from "@/lib/required-fields/types";

/**
 * Label, help and error text for a descriptor: catalogue first, then UQPAY's words, then the
 * humanised name. `t` reads island text holding requiredFields.* and validation.* (lib/i18n/fill).
 */
export function requiredFieldText(t: Translate) {
  return {
    label: (d: FieldDescriptor) =>
      t.has(`requiredFields.labels.${d.labelKey}`) ? t(`requiredFields.labels.${d.labelKey}`) : t.has(`requiredFields.labels.${d.name}`) ? t(`requiredFields.labels.${d.name}`) : humanize(d.name),
    hint: (d: FieldDescriptor) =>
      t.has(`requiredFields.hints.${d.labelKey}`) ? t(`requiredFields.hints.${d.labelKey}`) : t.has(`requiredFields.hints.${d.name}`) ? t(`requiredFields.hints.${d.name}`) : d.description,
    /** Zod codes become sentences; UQPAY's (already translated) guidance passes through. */
    error: (message: string | undefined, country?: unknown) =>
      !message
        ? undefined
        : t.has(`requiredFields.errors.${message}`)
          ? t(`requiredFields.errors.${message}`, { digits: phoneDigitsFor(typeof country === "string" ? country : undefined) ?? "" })
          : t.has(`validation.${message}`)
            ? t(`validation.${message}`)
            : message,
  };
}
