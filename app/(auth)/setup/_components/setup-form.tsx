"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { describedBy, FormField } from "@/components/form-field";
import { FormError } from "@/components/form-error";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { applyFieldErrors } from "@/lib/actions/apply-field-errors";
import { setupSchema, type SetupInput } from "@/lib/schemas/auth";
import { createFirstAdministrator } from "../actions";

export function SetupForm() {
  const t = useTranslations();
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<SetupInput>({
    resolver: zodResolver(setupSchema),
    defaultValues: { name: "", email: "", password: "", confirmPassword: "" },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await createFirstAdministrator(values);
    if (result.ok) return router.replace("/login?setup=done");
    if (!applyFieldErrors(result, form.setError)) setFormError(result.message);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4">
      <FormError message={formError} />
      <FormField id="name" label={t("common.name")} error={errors.name?.message}>
        <Input autoComplete="name" autoFocus {...describedBy("name", errors.name?.message)} {...form.register("name")} />
      </FormField>
      <FormField id="email" label={t("common.email")} error={errors.email?.message}>
        <Input type="email" autoComplete="username" {...describedBy("email", errors.email?.message)} {...form.register("email")} />
      </FormField>
      <FormField id="password" label={t("common.password")} error={errors.password?.message} hint={t("auth.passwordHint")}>
        <Input type="password" autoComplete="new-password" {...describedBy("password", errors.password?.message, true)} {...form.register("password")} />
      </FormField>
      <FormField id="confirmPassword" label={t("auth.confirmPassword")} error={errors.confirmPassword?.message}>
        <Input type="password" autoComplete="new-password" {...describedBy("confirmPassword", errors.confirmPassword?.message)} {...form.register("confirmPassword")} />
      </FormField>
      <Button type="submit" disabled={isSubmitting}>
        {t("auth.setupSubmit")}
      </Button>
    </form>
  );
}
