"use client";

import type { FormEvent } from "react";
import { toast } from "@/lib/toast";
import { FailureNotice } from "@/components/failure-notice";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { translator, type IslandText } from "@/lib/i18n/fill";
import { useHydrated } from "@/lib/use-hydrated";
import type { IntentView } from "@/lib/payments/view";
import { PAYMENT_METHOD_KINDS } from "@/lib/payments/kinds";
import type { CardPaymentInput, ConfirmPaymentIntentInput } from "@/lib/schemas/payments";
import { confirmPaymentIntent } from "../actions";
import { MethodFields } from "../../_components/method-fields";
import { browserInfo, formFieldErrors, type MethodFormValues, usePaymentValues } from "../../_components/payment-form-kit";
import { useFollowNextAction } from "../../_components/use-follow-next-action";
import { usePaymentAction } from "./use-payment-action";

type Values = Omit<ConfirmPaymentIntentInput, "card" | "payment_code" | "browser_info"> & MethodFormValues;

// zod and the schema arrive with the form's first focus or submit, not with the page (issue #11).
const loadSchema = () => import("@/lib/schemas/payments").then((m) => m.confirmPaymentIntentSchema);

/** Pays a REQUIRES_PAYMENT_METHOD intent: the first payment, or another try after a decline. */
export function ConfirmPaymentForm({ intent, initialCard, text }: { intent: IntentView; initialCard: CardPaymentInput; text: IslandText }) {
  const t = translator(text, "payments.");
  const confirm = usePaymentAction(confirmPaymentIntent);
  // The submit button waits for hydration: before then Enter or a click would post the page natively.
  const live = useHydrated();
  const follow = useFollowNextAction();
  const retry = Boolean(intent.latestAttempt);
  const form = usePaymentValues<Values>(
    () => ({
      operationId: confirm.operationId,
      payment_intent_id: intent.paymentIntentId,
      method: "card",
      card: initialCard,
      payment_code: "",
    }),
    loadSchema,
    "confirm",
  );

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const values = (await form.check.parse(form.current())) as Values | null;
    if (!values) return;
    const threeDs = values.method === "card" && values.card.three_ds_action === "enforce_3ds";
    const result = await confirm.run({ ...values, browser_info: threeDs ? browserInfo() : undefined });
    if (!result.ok) return void form.check.showFailure(formFieldErrors(result));
    if (follow(result.data.intent)) return;
    toast.success(t("confirm.done", { status: result.data.intent?.status ?? "" }));
  };

  return (
    <Card>
      <CardHeader>
        <CardTitle>{retry ? t("confirm.retryTitle") : t("confirm.title")}</CardTitle>
        <CardDescription>{retry ? t("confirm.retryDescription") : t("confirm.description")}</CardDescription>
      </CardHeader>
      <CardContent>
        <form onSubmit={onSubmit} onFocus={() => void loadSchema()} noValidate aria-label={t("confirm.title")} className="grid gap-4">
          <FailureNotice failure={confirm.failure} text={text} />
          <MethodFields idPrefix="confirm" kinds={PAYMENT_METHOD_KINDS} values={form.values} errors={form.check.errors} set={form.set} words={translator(text)} />
          <div className="flex justify-end">
            <Button type="submit" disabled={confirm.pending || !live}>
              {confirm.pending ? t("confirm.submitting") : t("confirm.submit")}
            </Button>
          </div>
        </form>
      </CardContent>
    </Card>
  );
}
