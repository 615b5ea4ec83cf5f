import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page-header";
import { ReadFailurePanel } from "@/components/read-failure";
import { requirePageRole } from "@/lib/auth/session";
import { listBalances, listMovements } from "@/lib/data/balances";
import { readFailureOf } from "@/lib/data/failure";
import { balanceMovementQuery, parseBalanceMovementQuery } from "@/lib/schemas/balances";
import { BalanceCards } from "./_components/balance-cards";
import { MovementsBrowser } from "./_components/movements-browser";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("balances"))("title") };
}

export default async function BalancesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePageRole("viewer");
  const { filters, page } = parseBalanceMovementQuery(await searchParams);
  const t = await getTranslations("balances");
  // Independent reads, in parallel: a failure of one still shows the other.
  const [balances, movements] = await Promise.allSettled([listBalances(), listMovements(filters, page)]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      {balances.status === "fulfilled" ? <BalanceCards balances={balances.value} /> : <ReadFailurePanel title={t("loadFailed")} failure={await readFailureOf(balances.reason)} />}
      <h2 className="mb-3 mt-8 text-lg font-semibold">{t("movements")}</h2>
      {movements.status === "fulfilled" ? (
        <MovementsBrowser
          initialQuery={balanceMovementQuery(filters, page)}
          initial={movements.value}
          currencies={balances.status === "fulfilled" ? balances.value.map((b) => b.currency) : []}
        />
      ) : (
        <ReadFailurePanel title={t("loadFailed")} failure={await readFailureOf(movements.reason)} />
      )}
    </>
  );
}
