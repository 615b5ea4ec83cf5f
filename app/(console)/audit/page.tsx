import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page-header";
import { Pager } from "@/components/pager";
import { Card } from "@/components/ui/card";
import { auditActions, listAudit } from "@/lib/audit/query";
import { requirePageRole } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { auditFiltersSchema, pageNumberSchema } from "@/lib/schemas/audit";
import { AuditFiltersForm } from "./_components/audit-filters-form";
import { AuditTable } from "./_components/audit-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("audit"))("title") };
}

type SearchParams = Promise<Record<string, string | undefined>>;

export default async function AuditPage({ searchParams }: { searchParams: SearchParams }) {
  await requirePageRole("viewer");
  const params = await searchParams;
  const filters = auditFiltersSchema.parse(params);
  const page = pageNumberSchema.parse(params.page);
  const db = await getDb();
  const t = await getTranslations("audit");
  const [result, actions] = await Promise.all([listAudit(db, filters, { size: 50, number: page }), auditActions(db)]);
  const exportQuery = new URLSearchParams(Object.entries(filters).filter((e): e is [string, string] => Boolean(e[1])));
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <AuditFiltersForm filters={filters} actions={actions} exportHref={`/api/audit/export?${exportQuery}`} />
      <Card className="mt-4">
        <AuditTable rows={result.rows} />
      </Card>
      <Pager pathname="/audit" searchParams={{ ...filters }} page={page} totalPages={result.totalPages} totalItems={result.totalItems} />
    </>
  );
}
