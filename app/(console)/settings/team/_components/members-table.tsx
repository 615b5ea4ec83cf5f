import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { IslandText } from "@/lib/i18n/fill";
import type { Member } from "@/lib/team/members";
import { MemberRoleSelect, MemberToggle } from "./islands";

const member = (m: Member) => ({ id: m.id, email: m.email, role: m.role, disabled: m.disabled });

export async function MembersTable({ members, currentUserId, canManage, text }: { members: Member[]; currentUserId: string; canManage: boolean; text: IslandText }) {
  const t = await getTranslations();
  const format = await getFormatter();
  return (
    <Card>
      <Table aria-label={t("team.title")}>
        <TableHeader>
          <TableRow>
            <TableHead>{t("common.name")}</TableHead>
            <TableHead>{t("common.email")}</TableHead>
            <TableHead>{t("common.role")}</TableHead>
            <TableHead>{t("common.status")}</TableHead>
            <TableHead>{t("team.lastLogin")}</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {members.map((m) => {
            const self = m.id === currentUserId;
            return (
              <TableRow key={m.id}>
                <TableCell className="font-medium">
                  {m.name} {self ? <span className="text-muted-foreground">({t("common.you")})</span> : null}
                </TableCell>
                <TableCell>{m.email}</TableCell>
                <TableCell>
                  {canManage && !self ? <MemberRoleSelect member={member(m)} text={text} /> : t(`roles.${m.role}`)}
                </TableCell>
                <TableCell className={canManage && !self ? "flex items-center gap-3" : undefined}>
                  <Badge tone={m.disabled ? "danger" : "success"}>{m.disabled ? t("team.disabled") : t("team.active")}</Badge>
                  {canManage && !self ? <MemberToggle member={member(m)} text={text} /> : null}
                </TableCell>
                <TableCell className="text-muted-foreground">
                  {m.lastLoginAt ? format.dateTime(m.lastLoginAt, { dateStyle: "medium", timeStyle: "short" }) : t("team.never")}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </Card>
  );
}
