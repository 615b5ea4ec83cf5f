import type { Metadata } from "next";
import { Link } from "@/components/link";
import { getTranslations } from "next-intl/server";
import { FilterBar } from "@/components/filter-bar";
import { PageHeader } from "@/components/page-header";
import { Pending } from "@/components/pending";
import { Pager } from "@/components/pager";
import { ReadFailurePanel } from "@/components/read-failure";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { roleAllows } from "@/lib/auth/roles";
import { requirePageRole } from "@/lib/auth/session";
import { readFailureOf } from "@/lib/data/failure";
import { listPaymentIntents } from "@/lib/payments/data";
import { pageNumberSchema } from "@/lib/schemas/audit";
import { INTENT_STATUS_FILTERS, paymentFiltersSchema, type PaymentFilters } from "@/lib/schemas/payments";
import { PaymentsTable } from "./_components/payments-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("payments"))("title") };
}

export default async function PaymentsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requirePageRole("viewer");
  const params = await searchParams;
  const filters = paymentFiltersSchema.parse(params);
  const page = pageNumberSchema.parse(params.page);
  const t = await getTranslations("payments");
  const newButton = roleAllows(user.role, "operator") ? (
    <Button asChild>
      <Link href="/payments/new">{t("new.title")}</Link>
    </Button>
  ) : null;
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} actions={newButton} />
      <FilterBar
        action="/payments"
        label={t("list.filters")}
        values={filters}
        fields={[
          { name: "status", label: t("fields.status"), kind: "select", options: INTENT_STATUS_FILTERS.map((s) => ({ value: s, label: s })) },
          { name: "order", label: t("fields.merchantOrderId"), kind: "text", placeholder: "order-001" },
          { name: "from", label: t("list.from"), kind: "date" },
          { name: "to", label: t("list.to"), kind: "date" },
        ]}
      />
      <Pending skeleton="mt-4 h-64">
        <Payments filters={filters} page={page} />
      </Pending>
    </>
  );
}

async function Payments({ filters, page }: { filters: PaymentFilters; page: number }) {
  const t = await getTranslations("payments");
  const result = await listPaymentIntents(filters, page).catch((error: unknown) => ({ error }));
  return "error" in result ? (
    <div className="mt-4">
      <ReadFailurePanel title={t("list.loadFailed")} failure={await readFailureOf(result.error)} />
    </div>
  ) : (
    <>
      <Card className="mt-4">
        <PaymentsTable items={result.items} filtered={Object.values(filters).some(Boolean)} />
      </Card>
      <Pager pathname="/payments" searchParams={{ ...filters }} page={page} totalPages={result.totalPages} totalItems={result.totalItems} />
    </>
  );
}
