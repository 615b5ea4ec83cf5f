import type { Metadata } from "next";
import { getTimeZone, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page-header";
import { roleAllows } from "@/lib/auth/roles";
import { requirePageRole } from "@/lib/auth/session";
import { consoleDb } from "@/lib/connections";
import { activeConnectionView } from "@/lib/connections/store";
import { loadOverview } from "@/lib/data/overview";
import { LatestDeclines, LatestTransactions } from "./_components/activity-tables";
import { BalancesSummary } from "./_components/balances-summary";
import { CardCounts } from "./_components/card-counts";
import { NoConnection } from "./_components/no-connection";
import { OverviewSection } from "./_components/overview-section";
import { QuickLinks } from "./_components/quick-links";
import { SpendCharts } from "./_components/spend-chart";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("overview"))("title") };
}

// The shell (header, quick links, section titles) is sent at once; every section streams in
// when its own UQPAY reads answer. All reads start here, in parallel (lib/data/overview.ts).
// Skeleton heights are the sections' usual heights at each width (measured with the demo data:
// two currencies, every card status, eight latest rows), so the page barely shifts as they arrive.
export default async function OverviewPage() {
  const user = await requirePageRole("viewer");
  const [t, timeZone, connection] = await Promise.all([getTranslations("overview"), getTimeZone(), consoleDb().then(activeConnectionView)]);
  const header = (
    <>
      <PageHeader title={t("title")} description={t("description", { name: user.name })} />
      <QuickLinks role={user.role} />
    </>
  );
  if (!connection) {
    return (
      <>
        {header}
        <NoConnection isAdmin={roleAllows(user.role, "admin")} />
      </>
    );
  }
  const data = loadOverview();
  return (
    <>
      {header}
      <div className="grid gap-6 lg:grid-cols-2">
        <OverviewSection title={t("balances.title")} link={{ href: "/balances", label: t("balances.viewAll") }} skeleton="h-50 sm:h-28">
          <BalancesSummary data={data.balances} />
        </OverviewSection>
        <OverviewSection title={t("cards.title")} link={{ href: "/cards", label: t("cards.viewAll") }} skeleton="h-72 sm:h-47">
          <CardCounts data={data.cards} canIssue={roleAllows(user.role, "operator")} />
        </OverviewSection>
        <OverviewSection title={t("spend.title")} description={t("spend.description", { timeZone })} skeleton="h-57" className="lg:col-span-2">
          <SpendCharts data={data.activity} />
        </OverviewSection>
        <OverviewSection title={t("latest.title")} link={{ href: "/transactions", label: t("latest.viewAll") }} skeleton="h-88">
          <LatestTransactions data={data.latest} />
        </OverviewSection>
        <OverviewSection title={t("declines.title")} link={{ href: "/transactions?status=DECLINED", label: t("declines.viewAll") }} skeleton="h-30">
          <LatestDeclines data={data.activity} />
        </OverviewSection>
      </div>
    </>
  );
}
