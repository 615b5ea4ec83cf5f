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
import { signInSchema, type SignInInput } from "@/lib/schemas/auth";
import { signInWithPassword } from "../actions";

export function LoginForm({ callbackPath }: { callbackPath: string }) {
  const t = useTranslations();
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<SignInInput>({ resolver: zodResolver(signInSchema), defaultValues: { email: "", password: "" } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await signInWithPassword(values);
    if (result.ok) {
      router.replace(callbackPath);
      router.refresh();
      return;
    }
    if (!applyFieldErrors(result, form.setError)) setFormError(result.message);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4">
      <FormError message={formError} />
      <FormField id="email" label={t("common.email")} error={errors.email?.message}>
        <Input type="email" autoComplete="username" autoFocus {...describedBy("email", errors.email?.message)} {...form.register("email")} />
      </FormField>
      <FormField id="password" label={t("common.password")} error={errors.password?.message}>
        <Input type="password" autoComplete="current-password" {...describedBy("password", errors.password?.message)} {...form.register("password")} />
      </FormField>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("auth.signingIn") : t("auth.signIn")}
      </Button>
    </form>
  );
}
