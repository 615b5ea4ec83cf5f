"use server";

import { revalidatePath } from "next/cache";
import { ActionError, serverAction } from "@/lib/actions/server-action";
import { writeAudit } from "@/lib/audit/write";
import { addMemberSchema, changeRoleSchema, setDisabledSchema } from "@/lib/schemas/team";
import { addMember, MemberError, updateMember } from "@/lib/team/members";

const TEAM_PATH = "/settings/team";

function asActionError(error: unknown): never {
  if (error instanceof MemberError) throw new ActionError(error.code, error.code === "email_taken" ? { email: ["email_taken"] } : undefined);
  throw error;
}

export const addTeamMember = serverAction({ name: "team.add_member", role: "admin", schema: addMemberSchema }, async (input, { user, db }) => {
  const member = await addMember(db, input).catch(asActionError);
  await writeAudit(db, { actor: user, action: "team.add_member", target: member.email, outcome: "success", details: { role: member.role } });
  revalidatePath(TEAM_PATH);
  return { email: member.email, role: member.role };
});

export const changeMemberRole = serverAction({ name: "team.change_role", role: "admin", schema: changeRoleSchema }, async (input, { user, db }) => {
  if (input.userId === user.id) throw new ActionError("self_change");
  const member = await updateMember(db, input.userId, { role: input.role }).catch(asActionError);
  await writeAudit(db, { actor: user, action: "team.change_role", target: member.email, outcome: "success", details: { role: member.role } });
  revalidatePath(TEAM_PATH);
  return { email: member.email, role: member.role };
});

export const setMemberDisabled = serverAction({ name: "team.set_disabled", role: "admin", schema: setDisabledSchema }, async (input, { user, db }) => {
  if (input.userId === user.id) throw new ActionError("self_change");
  const member = await updateMember(db, input.userId, { disabled: input.disabled }).catch(asActionError);
  await writeAudit(db, {
    actor: user,
    action: input.disabled ? "team.disable_member" : "team.enable_member",
    target: member.email,
    outcome: "success",
  });
  revalidatePath(TEAM_PATH);
  return { email: member.email, disabled: member.disabled };
});
