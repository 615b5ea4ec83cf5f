import { z } from "zod";
import { emailField, nameField, passwordField, roleField } from "./auth";

export const addMemberSchema = z.object({ name: nameField, email: emailField, role: roleField, password: passwordField });
export type AddMemberInput = z.infer<typeof addMemberSchema>;

export const changeRoleSchema = z.object({ userId: z.uuid("invalid"), role: roleField });
export type ChangeRoleInput = z.infer<typeof changeRoleSchema>;

export const setDisabledSchema = z.object({ userId: z.uuid("invalid"), disabled: z.boolean("invalid") });
export type SetDisabledInput = z.infer<typeof setDisabledSchema>;
