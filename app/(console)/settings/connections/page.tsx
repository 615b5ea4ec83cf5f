import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page-header";
import { requirePageRole } from "@/lib/auth/session";
import { consoleDb } from "@/lib/connections";
import { listConnections } from "@/lib/connections/store";
import { ConnectionCard } from "./_components/connection-card";
import { AddConnectionButton } from "./_components/add-connection-button";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("connections"))("title") };
}

export default async function ConnectionsPage() {
  await requirePageRole("admin");
  const t = await getTranslations("connections");
  const connections = await listConnections(await consoleDb());
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={<AddConnectionButton label={t("add")} />}
      />
      {connections.length === 0 ? <p className="text-sm text-muted-foreground">{t("empty")}</p> : null}
      <div className="grid gap-4 lg:grid-cols-2">
        {connections.map((c) => (
          <ConnectionCard key={c.id} connection={c} />
        ))}
      </div>
    </>
  );
}
