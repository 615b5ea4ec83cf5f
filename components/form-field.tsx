"use client";

import { useTranslations } from "next-intl";
import type { ComponentProps } from "react";
import { Field } from "@/components/plain-field";

export { describedBy } from "@/components/plain-field";

/** Field with its `error` translated when it is a validation key (forms inside NextIntlClientProvider). */
export function FormField({ error, ...props }: ComponentProps<typeof Field>) {
  const t = useTranslations("validation");
  return <Field {...props} error={error ? (t.has(error) ? t(error) : error) : undefined} />;
}
