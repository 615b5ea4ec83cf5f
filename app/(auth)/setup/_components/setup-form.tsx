"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { describedBy, FormField } from "@/components/form-field";
import { FormError } from "@/components/form-error";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { formText } from "@/lib/actions/form-text";
import { useSchemaCheck } from "@/lib/actions/use-schema-check";
import type { SetupInput } from "@/lib/schemas/auth";
import { createFirstAdministrator } from "../actions";

// zod arrives with the first focus or submit, not with the page (issue #11); the action checks again.
const loadSchema = () => import("@/lib/schemas/auth").then((m) => m.setupSchema);
const valuesOf = (form: HTMLFormElement): SetupInput => formText(form, ["name", "email", "password", "confirmPassword"]);

export function SetupForm() {
  const t = useTranslations();
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const check = useSchemaCheck<SetupInput>(loadSchema, (path) => path);
  const { errors } = check;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const values = valuesOf(event.currentTarget);
    setFormError(null);
    setPending(true);
    try {
      if (!(await check.validate(values))) return;
      const result = await createFirstAdministrator(values);
      if (result.ok) router.replace("/login?setup=done");
      else if (result.fieldErrors) check.showFailure(result, true);
      else setFormError(result.message);
    } finally {
      setPending(false);
    }
  };

  return (
    <form onSubmit={onSubmit} onFocus={() => void loadSchema()} onChange={(event) => check.revalidate(valuesOf(event.currentTarget))} noValidate className="grid gap-4">
      <FormError message={formError} />
      <FormField id="name" label={t("common.name")} error={errors.name}>
        <Input name="name" autoComplete="name" autoFocus {...describedBy("name", errors.name)} />
      </FormField>
      <FormField id="email" label={t("common.email")} error={errors.email}>
        <Input name="email" type="email" autoComplete="username" {...describedBy("email", errors.email)} />
      </FormField>
      <FormField id="password" label={t("common.password")} error={errors.password} hint={t("auth.passwordHint")}>
        <Input name="password" type="password" autoComplete="new-password" {...describedBy("password", errors.password, true)} />
      </FormField>
      <FormField id="confirmPassword" label={t("auth.confirmPassword")} error={errors.confirmPassword}>
        <Input name="confirmPassword" type="password" autoComplete="new-password" {...describedBy("confirmPassword", errors.confirmPassword)} />
      </FormField>
      <Button type="submit" disabled={pending}>
        {t("auth.setupSubmit")}
      </Button>
    </form>
  );
}
