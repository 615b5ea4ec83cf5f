"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent, type ReactNode } from "react";
import { describedBy, Field } from "@/components/plain-field";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { formText } from "@/lib/actions/form-text";
import { useSchemaCheck } from "@/lib/actions/use-schema-check";
import type { SetupInput } from "@/lib/schemas/auth";
import { AuthFormError } from "../../_components/form-parts";
import { createFirstAdministrator } from "../actions";

// zod arrives with the first focus or submit, not with the page (issue #11); the action checks again.
const loadSchema = () => import("@/lib/schemas/auth").then((m) => m.setupSchema);
const valuesOf = (form: HTMLFormElement): SetupInput => formText(form, ["name", "email", "password", "confirmPassword"]);

export type SetupText = Record<"name" | "email" | "password" | "passwordHint" | "confirmPassword" | "submit", string>;

/** Words, validation messages and the error icon come from the server page: no client catalogue. */
export function SetupForm({ text, validation, errorIcon }: { text: SetupText; validation: Record<string, string>; errorIcon: ReactNode }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const check = useSchemaCheck<SetupInput>(loadSchema, (path) => path);
  const error = (field: keyof SetupInput) => {
    const key = check.errors[field];
    return key && (validation[key] ?? key);
  };

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
      <AuthFormError message={formError} icon={errorIcon} />
      <Field id="name" label={text.name} error={error("name")}>
        <Input name="name" autoComplete="name" autoFocus {...describedBy("name", error("name"))} />
      </Field>
      <Field id="email" label={text.email} error={error("email")}>
        <Input name="email" type="email" autoComplete="username" {...describedBy("email", error("email"))} />
      </Field>
      <Field id="password" label={text.password} error={error("password")} hint={text.passwordHint}>
        <Input name="password" type="password" autoComplete="new-password" {...describedBy("password", error("password"), true)} />
      </Field>
      <Field id="confirmPassword" label={text.confirmPassword} error={error("confirmPassword")}>
        <Input name="confirmPassword" type="password" autoComplete="new-password" {...describedBy("confirmPassword", error("confirmPassword"))} />
      </Field>
      <Button type="submit" disabled={pending}>
        {text.submit}
      </Button>
    </form>
  );
}
