"use client";

import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { toast } from "@/lib/toast";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { NativeSelect } from "@/components/ui/native-select";
import { TableCell } from "@/components/ui/table";
import { ROLES, type Role } from "@/lib/auth/roles";
import { changeMemberRole, setMemberDisabled } from "../actions";

type Props = { member: { id: string; email: string; role: Role; disabled: boolean } };

/** The role and status cells of one member's row, editable by an admin. */
export function MemberControls({ member }: Props) {
  const t = useTranslations();
  const [pending, startTransition] = useTransition();

  const changeRole = (role: Role) =>
    startTransition(async () => {
      const result = await changeMemberRole({ userId: member.id, role });
      if (result.ok) toast.success(t("team.roleChanged", { email: result.data.email, role: t(`roles.${result.data.role}`) }));
      else toast.error(result.message);
    });

  const toggleDisabled = () =>
    startTransition(async () => {
      const result = await setMemberDisabled({ userId: member.id, disabled: !member.disabled });
      if (!result.ok) toast.error(result.message);
      else toast.success(t(result.data.disabled ? "team.memberDisabled" : "team.memberEnabled", { email: result.data.email }));
    });

  return (
    <>
      <TableCell>
        <NativeSelect
        aria-label={t("team.changeRoleFor", { email: member.email })}
        className="h-8 w-32"
        defaultValue={member.role}
        disabled={pending}
        onChange={(e) => changeRole(e.target.value as Role)}
      >
        {ROLES.map((role) => (
          <option key={role} value={role}>
            {t(`roles.${role}`)}
          </option>
        ))}
        </NativeSelect>
      </TableCell>
      <TableCell className="flex items-center gap-3">
        <Badge tone={member.disabled ? "danger" : "success"}>{member.disabled ? t("team.disabled") : t("team.active")}</Badge>
      <Button variant="outline" size="sm" disabled={pending} onClick={toggleDisabled} aria-label={`${member.disabled ? t("team.enable") : t("team.disable")} ${member.email}`}>
        {member.disabled ? t("team.enable") : t("team.disable")}
        </Button>
      </TableCell>
    </>
  );
}
