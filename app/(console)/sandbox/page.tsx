import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EnvironmentBadge } from "@/components/environment-badge";
import { IslandMessages } from "@/components/island-messages";
import { LiveWatch } from "@/components/live-watch";
import { PageHeader } from "@/components/page-header";
import { Card, CardContent } from "@/components/ui/card";
import { requirePageRole } from "@/lib/auth/session";
import { consoleDb } from "@/lib/connections";
import { activeConnectionView } from "@/lib/connections/store";
import { jsonDigest } from "@/lib/query/digest";
import { initialEmulatorStatus } from "@/lib/sandbox/emulator-status";
import { getRun, listRuns } from "@/lib/sandbox/runs";
import { isProductionBaseUrl } from "@/lib/uqpay";
import { SCENARIOS } from "@/scenarios";
import { EmulatorControls, ScenarioList } from "./_components/islands";
import { RunHistory } from "./_components/run-history";
import { RunView } from "./_components/run-view";
import type { ScenarioSummary } from "./_components/scenario-list";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("sandbox"))("title") };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
// A running scenario's steps land every few hundred milliseconds.
const RUN_POLL_MS = 700;

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
  const isEmulator = connection.environment === "emulator";
  const [runs, shown, status] = await Promise.all([
    listRuns(db, 15),
    run && UUID.test(run) ? getRun(db, run) : undefined,
    isEmulator ? initialEmulatorStatus() : undefined,
  ]);
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
    <IslandMessages namespaces={["sandbox.scenarios", "sandbox.controls", "sandbox.clock", "sandbox.faults", "sandbox.webhooks", "sandbox.deliveries", "sandbox.reset"]}>
      <PageHeader title={t("title")} description={t("description")} actions={<EnvironmentBadge environment={connection.environment} />} />
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6 xl:grid-cols-[minmax(0,1fr)_28rem]">
        <div className="grid min-w-0 grid-cols-[minmax(0,1fr)] content-start gap-6">
          {shown !== undefined ? <RunView run={shown} titles={titles} /> : null}
          <ScenarioList scenarios={scenarios} isEmulator={isEmulator} />
          <RunHistory runs={runs} titles={titles} />
        </div>
        <div className="grid min-w-0 grid-cols-[minmax(0,1fr)] content-start gap-6">
          {isEmulator ? (
            <EmulatorControls initial={status} />
          ) : (
            <Card>
              <CardContent className="pt-6 text-sm text-muted-foreground">{t("controls.emulatorOnly")}</CardContent>
            </Card>
          )}
        </div>
      </div>
      {shown?.status === "running" ? <LiveWatch everyMs={RUN_POLL_MS} watch={{ url: `/api/sandbox/runs/${shown.id}`, version: jsonDigest(shown) }} /> : null}
    </IslandMessages>
  );
}
