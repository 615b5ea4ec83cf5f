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
import type { SignInInput } from "@/lib/schemas/auth";
import { signInWithPassword } from "../actions";

// zod arrives with the first focus or submit, not with the page (issue #11); the action checks again.
const loadSchema = () => import("@/lib/schemas/auth").then((m) => m.signInSchema);
const valuesOf = (form: HTMLFormElement): SignInInput => formText(form, ["email", "password"]);

export function LoginForm({ callbackPath }: { callbackPath: string }) {
  const t = useTranslations();
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const check = useSchemaCheck<SignInInput>(loadSchema, (path) => path);
  const { errors } = check;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const values = valuesOf(event.currentTarget);
    setFormError(null);
    setPending(true);
    try {
      if (!(await check.validate(values))) return;
      const result = await signInWithPassword(values);
      if (result.ok) {
        router.replace(callbackPath);
        router.refresh();
      } else if (result.fieldErrors) check.showFailure(result, true);
      else setFormError(result.message);
    } finally {
      setPending(false);
    }
  };

  return (
    <form onSubmit={onSubmit} onFocus={() => void loadSchema()} onChange={(event) => check.revalidate(valuesOf(event.currentTarget))} noValidate className="grid gap-4">
      <FormError message={formError} />
      <FormField id="email" label={t("common.email")} error={errors.email}>
        <Input name="email" type="email" autoComplete="username" autoFocus {...describedBy("email", errors.email)} />
      </FormField>
      <FormField id="password" label={t("common.password")} error={errors.password}>
        <Input name="password" type="password" autoComplete="current-password" {...describedBy("password", errors.password)} />
      </FormField>
      <Button type="submit" disabled={pending}>
        {pending ? t("auth.signingIn") : t("auth.signIn")}
      </Button>
    </form>
  );
}
