"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "@/lib/toast";
import { describedBy, FormField } from "@/components/form-field";
import { FormError } from "@/components/form-error";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { applyFieldErrors } from "@/lib/actions/apply-field-errors";
import { ROLES } from "@/lib/auth/roles";
import { addMemberSchema, type AddMemberInput } from "@/lib/schemas/team";
import { addTeamMember } from "../actions";

export function AddMemberForm() {
  const t = useTranslations();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<AddMemberInput>({
    resolver: zodResolver(addMemberSchema),
    defaultValues: { name: "", email: "", role: "viewer", password: "" },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await addTeamMember(values);
    if (result.ok) {
      toast.success(t("team.added", { email: result.data.email, role: t(`roles.${result.data.role}`) }));
      form.reset();
      return;
    }
    if (!applyFieldErrors(result, form.setError)) setFormError(result.message);
  });

  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("team.addMember")}</CardTitle>
        <CardDescription>{t("team.addMemberDescription")}</CardDescription>
      </CardHeader>
      <CardContent>
        <form onSubmit={onSubmit} noValidate className="grid gap-4" aria-label={t("team.addMember")}>
          <FormError message={formError} />
          <FormField id="member-name" label={t("common.name")} error={errors.name?.message}>
            <Input {...describedBy("member-name", errors.name?.message)} {...form.register("name")} />
          </FormField>
          <FormField id="member-email" label={t("common.email")} error={errors.email?.message}>
            <Input type="email" autoComplete="off" {...describedBy("member-email", errors.email?.message)} {...form.register("email")} />
          </FormField>
          <FormField id="member-role" label={t("common.role")} error={errors.role?.message} hint={t("team.roleHelp")}>
            <NativeSelect {...describedBy("member-role", errors.role?.message, true)} {...form.register("role")}>
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {t(`roles.${role}`)}
                </option>
              ))}
            </NativeSelect>
          </FormField>
          <FormField id="member-password" label={t("team.initialPassword")} error={errors.password?.message} hint={t("auth.passwordHint")}>
            <Input type="password" autoComplete="new-password" {...describedBy("member-password", errors.password?.message, true)} {...form.register("password")} />
          </FormField>
          <Button type="submit" disabled={isSubmitting}>
            {t("team.addMember")}
          </Button>
        </form>
      </CardContent>
    </Card>
  );
}
