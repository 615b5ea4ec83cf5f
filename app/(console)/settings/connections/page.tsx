import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Activity, Pencil, Plus, Trash2 } from "@/components/icons";
import { PageHeader } from "@/components/page-header";
import { requirePageRole } from "@/lib/auth/session";
import { consoleDb } from "@/lib/connections";
import { listConnections } from "@/lib/connections/store";
import { islandText } from "@/lib/i18n/island-text";
import { ConnectionCard } from "./_components/connection-card";
import { AddConnectionButton } from "./_components/islands";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("connections"))("title") };
}

export default async function ConnectionsPage() {
  await requirePageRole("admin");
  const t = await getTranslations("connections");
  const [connections, text] = await Promise.all([
    listConnections(await consoleDb()),
    islandText(null, ["connections", "common.name", "common.close", "common.cancel", "common.save", "validation", "guidance"]),
  ]);
  const icons = { test: <Activity aria-hidden />, edit: <Pencil aria-hidden />, delete: <Trash2 aria-hidden /> };
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={<AddConnectionButton label={t("add")} icon={<Plus aria-hidden />} text={text} />}
      />
      {connections.length === 0 ? <p className="text-sm text-muted-foreground">{t("empty")}</p> : null}
      <div className="grid gap-4 lg:grid-cols-2">
        {connections.map((c) => (
          <ConnectionCard key={c.id} connection={c} text={text} icons={icons} />
        ))}
      </div>
    </>
  );
}
