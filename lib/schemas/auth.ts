import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";

// Error messages are keys of the "validation" catalogue; forms translate them when shown.
export const emailField = z.string().trim().toLowerCase().min(1, "required").max(320, "too_long").pipe(z.email("email"));
export const passwordField = z.string().min(12, "password_short").max(256, "password_long");
export const nameField = z.string().trim().min(1, "required").max(120, "too_long");

export const signInSchema = z.object({
  email: z.string().trim().min(1, "required").max(320, "too_long"),
  password: z.string().min(1, "required").max(1024, "too_long"),
});
export type SignInInput = z.infer<typeof signInSchema>;

export const setupSchema = z
  .object({ name: nameField, email: emailField, password: passwordField, confirmPassword: z.string() })
  .refine((v) => v.password === v.confirmPassword, { path: ["confirmPassword"], message: "passwords_differ" });
export type SetupInput = z.infer<typeof setupSchema>;

export const roleField = z.enum(ROLES, "invalid");
