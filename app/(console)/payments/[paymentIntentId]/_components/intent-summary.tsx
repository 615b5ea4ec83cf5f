import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { IntentStatusBadge } from "@/components/intent-status-badge";
import { Money } from "@/components/money";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { PaymentDetail } from "@/lib/payments/data";
import { When } from "../../_components/when";

function Row({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div className="grid gap-0.5">
      <dt className="text-xs text-muted-foreground">{label}</dt>
      <dd className="text-sm" data-testid={testId}>
        {children}
      </dd>
    </div>
  );
}

/** Amounts, status (with what it means, from seed 003's table), order details and the latest attempt. */
export function IntentSummary({ detail }: { detail: PaymentDetail }) {
  const t = useTranslations("payments");
  const { intent } = detail;
  const attempt = intent.latestAttempt;
  const status = intent.status ?? "UNKNOWN";
  return (
    <Card>
      <CardHeader className="flex flex-row flex-wrap items-center gap-3">
        <CardTitle>{t("detail.summary")}</CardTitle>
        <IntentStatusBadge status={intent.status} />
      </CardHeader>
      <CardContent className="grid gap-4">
        <p className="text-sm text-muted-foreground" data-testid="status-help">
          {t.has(`statusHelp.${status}`) ? t(`statusHelp.${status}`) : status}
        </p>
        <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <Row label={t("fields.amount")} testId="amount"><Money amount={intent.amount} currency={intent.currency} /></Row>
          <Row label={t("fields.captured")} testId="captured"><Money amount={intent.capturedAmount} currency={intent.currency} /></Row>
          <Row label={t("fields.refunded")} testId="refunded"><Money amount={detail.refunded} currency={intent.currency} /></Row>
          <Row label={t("fields.refundable")} testId="refundable"><Money amount={detail.refundable} currency={intent.currency} /></Row>
          <Row label={t("fields.merchantOrderId")}>{intent.merchantOrderId ?? "—"}</Row>
          <Row label={t("fields.created")}><When value={intent.createTime} /></Row>
          <Row label={t("fields.completed")}><When value={intent.completeTime} /></Row>
          {intent.cancellationReason ? <Row label={t("fields.cancellationReason")}>{t.has(`cancel.reasons.${intent.cancellationReason}`) ? t(`cancel.reasons.${intent.cancellationReason}`) : intent.cancellationReason}</Row> : null}
        </dl>
        <section aria-label={t("detail.latestAttempt")} className="grid gap-2 rounded-md border p-3">
          <h3 className="text-sm font-medium">{t("detail.latestAttempt")}</h3>
          {attempt ? (
            <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
              <Row label={t("fields.attemptStatus")} testId="attempt-status">{attempt.status ?? "—"}</Row>
              <Row label={t("fields.failureCode")} testId="failure-code">{attempt.failureCode ?? "—"}</Row>
              <Row label={t("fields.authCode")}>{attempt.authCode ?? "—"}</Row>
              <Row label={t("fields.paymentMethod")}>{methodLabel(attempt.method)}</Row>
            </dl>
          ) : (
            <p className="text-sm text-muted-foreground">{t("detail.noAttempt")}</p>
          )}
        </section>
        {intent.metadata && Object.keys(intent.metadata).length > 0 ? (
          <section aria-label={t("fields.metadata")}>
            <h3 className="mb-1 text-sm font-medium">{t("fields.metadata")}</h3>
            <pre className="overflow-x-auto rounded-md bg-muted p-3 font-mono text-xs">{JSON.stringify(intent.metadata, null, 2)}</pre>
          </section>
        ) : null}
      </CardContent>
    </Card>
  );
}

export function methodLabel(method: { type: string; brand: string | null; last4: string | null; flow: string | null } | null): string {
  if (!method) return "—";
  if (method.type === "card") return `${method.brand ?? "card"} •••• ${method.last4 ?? "????"}`;
  return method.flow ? `${method.type} (${method.flow})` : method.type;
}
