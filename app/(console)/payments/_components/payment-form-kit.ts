"use client";

import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import type { ZodType } from "zod";
import type { ActionFailure } from "@/lib/actions/result";
import { useSchemaCheck } from "@/lib/actions/use-schema-check";
import type { BrowserInfo, CardPaymentInput } from "@/lib/schemas/payments";

/** The payment-method part every payment form shares (create, confirm). */
export type MethodFormValues = { method: string; card: CardPaymentInput; payment_code: string };

// Seed 003's direct-payment example. The seed's e-mail address reached us obfuscated, so an
// example.com address stands in for it.
export const SEED_TEST_CARD: CardPaymentInput = {
  card_name: "UQPAY",
  card_number: "5346930100108117",
  expiry_month: "12",
  expiry_year: "2026",
  cvc: "811",
  network: "mastercard",
  billing: {
    first_name: "UQPAY",
    last_name: "ACQ",
    email: "acq@example.com",
    phone_number: "0524-91353515",
    address: { country_code: "SG", state: "Singapore", city: "Singapore", street: "444 Orchard Rd, Midpoint Orchard, Singapore", postcode: "924011" },
  },
  auto_capture: true,
  authorization_type: "authorization",
  three_ds_action: "skip_3ds",
};

export const EMPTY_CARD: CardPaymentInput = {
  card_name: "",
  card_number: "",
  expiry_month: "",
  expiry_year: "",
  cvc: "",
  network: "mastercard",
  billing: { first_name: "", last_name: "", email: "", phone_number: "", address: { country_code: "", state: "", city: "", street: "", postcode: "" } },
  auto_capture: true,
  authorization_type: "authorization",
  three_ds_action: "skip_3ds",
};

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

/** Translates a schema's error key: this feature's catalogue first, then the shared one (FormField). */
export function usePaymentErrors() {
  const t = useTranslations("payments.validation");
  return (key: string | undefined, values?: Record<string, string>) => (key && t.has(key) ? t(key, values) : key);
}

/** UQPAY names card fields by their wire path (payment_method.card.cvc); the forms call them card.cvc. */
export function formFieldErrors(failure: ActionFailure): ActionFailure {
  if (!failure.fieldErrors) return failure;
  const rename = (key: string) => key.replace(/^payment_method\.card\./, "card.").replace(/^payment_method\.\w+\.payment_code$/, "payment_code");
  return { ...failure, fieldErrors: Object.fromEntries(Object.entries(failure.fieldErrors).map(([k, v]) => [rename(k), v])) };
}

/** `values` with the field at a dotted path replaced (the forms keep nested values in React state). */
export function withValue<T extends object>(values: T, path: string, value: unknown): T {
  const [head, ...rest] = path.split(".");
  const record = values as Record<string, unknown>;
  return { ...values, [head]: rest.length ? withValue((record[head] ?? {}) as object, rest.join("."), value) : value } as T;
}

/** The payment forms' element ids: `pi-card-billing-email` for card.billing.email. */
export const paymentFieldId = (idPrefix: string) => (path: string) => `${idPrefix}-${path.replaceAll(".", "-")}`;

/**
 * A payment form's values in React state and its schema imported on the first focus or submit:
 * react-hook-form and zod (~45 kB gzip) stay out of the page's first load (issue #11). Errors show
 * on submit, then follow each change; the first field in error takes focus.
 */
export function usePaymentValues<V extends object>(initial: () => V, loadSchema: () => Promise<ZodType>, idPrefix: string) {
  const [values, setValues] = useState(initial);
  const latest = useRef(values);
  const check = useSchemaCheck<V>(loadSchema, paymentFieldId(idPrefix));
  const set = (path: string, value: unknown) => {
    latest.current = withValue(latest.current, path, value);
    setValues(latest.current);
    check.revalidate(latest.current);
  };
  return { values, set, check, current: () => latest.current };
}
