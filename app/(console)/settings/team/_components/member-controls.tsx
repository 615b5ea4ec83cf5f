"use client";

import { useTransition } from "react";
import { toast } from "@/lib/toast";
import { Button } from "@/components/ui/button";
import { NativeSelect } from "@/components/ui/native-select";
import { ROLES, type Role } from "@/lib/auth/roles";
import { translator, type IslandText } from "@/lib/i18n/fill";
import { changeMemberRole, setMemberDisabled } from "../actions";

type Props = { member: { id: string; email: string; role: Role; disabled: boolean }; text: IslandText };

/** One member's role, changeable by an admin; the table renders again from the server after the action. */
export function MemberRoleSelect({ member, text }: Props) {
  const t = translator(text);
  const [pending, startTransition] = useTransition();
  const changeRole = (role: Role) =>
    startTransition(async () => {
      const result = await changeMemberRole({ userId: member.id, role });
      if (result.ok) toast.success(t("team.roleChanged", { email: result.data.email, role: t(`roles.${result.data.role}`) }));
      else toast.error(result.message);
    });
  return (
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
  );
}

/** Disables or enables one member's sign-in. */
export function MemberToggle({ member, text }: Props) {
  const t = translator(text);
  const [pending, startTransition] = useTransition();
  const toggleDisabled = () =>
    startTransition(async () => {
      const result = await setMemberDisabled({ userId: member.id, disabled: !member.disabled });
      if (!result.ok) toast.error(result.message);
      else toast.success(t(result.data.disabled ? "team.memberDisabled" : "team.memberEnabled", { email: result.data.email }));
    });
  const label = member.disabled ? t("team.enable") : t("team.disable");
  return (
    <Button variant="outline" size="sm" disabled={pending} onClick={toggleDisabled} aria-label={`${label} ${member.email}`}>
      {label}
    </Button>
  );
}
