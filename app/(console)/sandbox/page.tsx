import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EnvironmentBadge } from "@/components/environment-badge";
import { PageHeader } from "@/components/page-header";
import { Card, CardContent } from "@/components/ui/card";
import { requirePageRole } from "@/lib/auth/session";
import { consoleDb } from "@/lib/connections";
import { activeConnectionView } from "@/lib/connections/store";
import { listRuns } from "@/lib/sandbox/runs";
import { isProductionBaseUrl } from "@/lib/uqpay";
import { SCENARIOS } from "@/scenarios";
import { EmulatorControls } from "./_components/emulator-controls";
import { RunHistory } from "./_components/run-history";
import { RunView } from "./_components/run-view";
import { ScenarioList, type ScenarioSummary } from "./_components/scenario-list";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("sandbox"))("title") };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export default async function SandboxPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requirePageRole("operator");
  const t = await getTranslations("sandbox");
  const db = await consoleDb();
  const connection = await activeConnectionView(db);
  if (!connection) return <PageHeader title={t("title")} description={t("noConnection")} />;
  // Nothing of the workbench is reachable on a production connection, not even the scenario list.
  if (connection.environment === "production" || isProductionBaseUrl(connection.baseUrl)) {
    return <PageHeader title={t("title")} description={t("productionRefused")} />;
  }
  const { run } = await searchParams;
  const runs = await listRuns(db, 15);
  const isEmulator = connection.environment === "emulator";
  const scenarios: ScenarioSummary[] = SCENARIOS.map((s) => ({
    name: s.name,
    title: s.title,
    seed: s.seed ?? null,
    description: s.description,
    steps: s.steps.length,
    sandboxSafe: s.steps.filter((step) => step.sandboxSafe).length,
  }));
  const titles = Object.fromEntries(scenarios.map((s) => [s.name, s.title]));
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} actions={<EnvironmentBadge environment={connection.environment} />} />
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6 xl:grid-cols-[minmax(0,1fr)_28rem]">
        <div className="grid min-w-0 grid-cols-[minmax(0,1fr)] content-start gap-6">
          {run && UUID.test(run) ? <RunView key={run} runId={run} titles={titles} /> : null}
          <ScenarioList scenarios={scenarios} isEmulator={isEmulator} />
          <RunHistory runs={runs} titles={titles} />
        </div>
        <div className="grid min-w-0 grid-cols-[minmax(0,1fr)] content-start gap-6">
          {isEmulator ? (
            <EmulatorControls />
          ) : (
            <Card>
              <CardContent className="pt-6 text-sm text-muted-foreground">{t("controls.emulatorOnly")}</CardContent>
            </Card>
          )}
        </div>
      </div>
    </>
  );
}
