import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FilterBar } from "@/components/filter-bar";
import { PageHeader } from "@/components/page-header";
import { ReadFailurePanel } from "@/components/read-failure";
import { requirePageRole } from "@/lib/auth/session";
import { readFailureOf } from "@/lib/data/failure";
import { listTransactions, SCAN_LIMIT } from "@/lib/data/transactions";
import { parseTransactionView, transactionQuery } from "@/lib/schemas/transactions";
import { TransactionsBrowser } from "./_components/transactions-browser";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("transactions"))("title") };
}

export default async function TransactionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePageRole("viewer");
  const { filters, page } = parseTransactionView(await searchParams);
  const t = await getTranslations("transactions");
  const result = await listTransactions(filters, page).catch(async (error: unknown) => ({ failure: await readFailureOf(error) }));
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      {"failure" in result ? (
        <>
          {/* A plain GET form: changing the card or dates reloads the page and tries UQPAY again. */}
          <FilterBar
            action="/transactions"
            label={t("filters")}
            values={filters}
            fields={[
              { name: "card", label: t("card"), kind: "text", placeholder: t("cardPlaceholder") },
              { name: "from", label: t("from"), kind: "date" },
              { name: "to", label: t("to"), kind: "date" },
            ]}
          />
          <div className="mt-4">
            <ReadFailurePanel title={t("loadFailed")} failure={result.failure} />
          </div>
        </>
      ) : (
        <TransactionsBrowser initialQuery={transactionQuery(filters, page)} initial={result} scanLimit={SCAN_LIMIT} />
      )}
    </>
  );
}
