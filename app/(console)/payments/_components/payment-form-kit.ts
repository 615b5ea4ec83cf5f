"use client";

import type { ZodType } from "zod";
import type { ActionFailure } from "@/lib/actions/result";
import type { Translate } from "@/lib/i18n/fill";
import { useFormValues } from "@/lib/actions/use-form-values";
import type { BrowserInfo, CardPaymentInput } from "@/lib/schemas/payments";

/** The payment-method part every payment form shares (create, confirm). */
export type MethodFormValues = { method: string; card: CardPaymentInput; payment_code: string };

/** What 3DS needs to know about the payer's browser, read from this browser (api-reference §4.2). */
export function browserInfo(): BrowserInfo {
  return {
    accept_header: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
    language: navigator.language.slice(0, 35),
    screen_color_depth: Math.min(48, Math.max(1, screen.colorDepth || 24)),
    screen_height: screen.height || 1,
    screen_width: screen.width || 1,
    timezone: String(new Date().getTimezoneOffset()),
    browser: { java_enabled: false, javascript_enabled: true, user_agent: navigator.userAgent.slice(0, 1000) },
  };
}

/** Translates a schema's error key: this feature's catalogue first, then the shared one; `t` reads the page's island text. */
export function paymentErrors(t: Translate) {
  return (key: string | undefined, values?: Record<string, string>) =>
    !key ? key : t.has(`payments.validation.${key}`) ? t(`payments.validation.${key}`, values) : t.has(`validation.${key}`) ? t(`validation.${key}`) : key;
}

/** UQPAY names card fields by their wire path (payment_method.card.cvc); the forms call them card.cvc. */
export function formFieldErrors(failure: ActionFailure): ActionFailure {
  if (!failure.fieldErrors) return failure;
  const rename = (key: string) => key.replace(/^payment_method\.card\./, "card.").replace(/^payment_method\.\w+\.payment_code$/, "payment_code");
  return { ...failure, fieldErrors: Object.fromEntries(Object.entries(failure.fieldErrors).map(([k, v]) => [rename(k), v])) };
}

/** The payment forms' element ids: `pi-card-billing-email` for card.billing.email. */
export const paymentFieldId = (idPrefix: string) => (path: string) => `${idPrefix}-${path.replaceAll(".", "-")}`;

/** A payment form's values in React state, its schema imported on the first focus or submit (lib/actions/use-form-values). */
export function usePaymentValues<V extends object>(initial: () => V, loadSchema: () => Promise<ZodType>, idPrefix: string) {
  return useFormValues(initial, loadSchema, paymentFieldId(idPrefix));
}
