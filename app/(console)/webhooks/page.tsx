import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FilterBar } from "@/components/filter-bar";
import { PageHeader } from "@/components/page-header";
import { Pager } from "@/components/pager";
import { Card } from "@/components/ui/card";
import { requirePageRole } from "@/lib/auth/session";
import { activeConnectionView } from "@/lib/connections/store";
import { consoleDb } from "@/lib/connections";
import { pageNumberSchema } from "@/lib/schemas/audit";
import { webhookFiltersSchema } from "@/lib/schemas/webhooks";
import { listWebhooks, webhookTypes } from "@/lib/webhooks/query";
import { WebhookTable } from "./_components/webhook-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("webhooks"))("title") };
}

export default async function WebhooksPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requirePageRole("viewer");
  const params = await searchParams;
  const filters = webhookFiltersSchema.parse(params);
  const page = pageNumberSchema.parse(params.page);
  const t = await getTranslations("webhooks");
  const db = await consoleDb();
  const connection = await activeConnectionView(db);
  if (!connection) return <PageHeader title={t("title")} description={t("noConnection")} />;
  const [result, types] = await Promise.all([listWebhooks(db, connection.id, filters, { size: 50, number: page }), webhookTypes(db, connection.id)]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description", { url: `/api/webhooks/uqpay/${connection.id}` })} />
      <FilterBar
        action="/webhooks"
        label={t("filters")}
        values={filters}
        fields={[
          { name: "type", label: t("type"), kind: "select", options: types.map((v) => ({ value: v, label: v })) },
          { name: "status", label: t("status"), kind: "select", options: (["accepted", "rejected", "duplicate"] as const).map((s) => ({ value: s, label: t(`statuses.${s}`) })) },
          { name: "card", label: t("card"), kind: "text", placeholder: t("cardPlaceholder") },
          { name: "from", label: t("from"), kind: "date" },
          { name: "to", label: t("to"), kind: "date" },
        ]}
      />
      <Card className="mt-4">
        <WebhookTable rows={result.rows} canApply={user.role === "admin"} />
      </Card>
      <Pager pathname="/webhooks" searchParams={{ ...filters }} page={page} totalPages={result.totalPages} totalItems={result.totalItems} />
    </>
  );
}
