import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page-header";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { requirePageRole } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { islandText } from "@/lib/i18n/island-text";
import { listMembers } from "@/lib/team/members";
import { AddMemberForm } from "./_components/islands";
import { MembersTable } from "./_components/members-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("team"))("title") };
}

export default async function TeamPage() {
  const user = await requirePageRole("viewer");
  const t = await getTranslations("team");
  const [members, text] = await Promise.all([listMembers(await getDb()), islandText(null, ["team", "roles", "validation", "common.name", "common.email", "common.role", "auth.passwordHint"])]);
  const isAdmin = user.role === "admin";
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="grid gap-6 xl:grid-cols-[1fr_22rem]">
        <MembersTable members={members} currentUserId={user.id} canManage={isAdmin} text={text} />
        {isAdmin ? (
          <Card>
            <CardHeader>
              <CardTitle>{t("addMember")}</CardTitle>
              <CardDescription>{t("addMemberDescription")}</CardDescription>
            </CardHeader>
            <CardContent>
              <AddMemberForm text={text} />
            </CardContent>
          </Card>
        ) : (
          <p className="text-sm text-muted-foreground">{t("adminOnly")}</p>
        )}
      </div>
    </>
  );
}
