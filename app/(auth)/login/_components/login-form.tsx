"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent, type ReactNode } from "react";
import { describedBy, Field } from "@/components/plain-field";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { formText } from "@/lib/actions/form-text";
import { useSchemaCheck } from "@/lib/actions/use-schema-check";
import type { SignInInput } from "@/lib/schemas/auth";
import { AuthFormError } from "../../_components/form-parts";
import { signInWithPassword } from "../actions";

// zod arrives with the first focus or submit, not with the page (issue #11); the action checks again.
const loadSchema = () => import("@/lib/schemas/auth").then((m) => m.signInSchema);
const valuesOf = (form: HTMLFormElement): SignInInput => formText(form, ["email", "password"]);

export type LoginText = Record<"email" | "password" | "signIn" | "signingIn", string>;

/** Words, validation messages and the error icon come from the server page: no client catalogue. */
export function LoginForm({ callbackPath, text, validation, errorIcon }: { callbackPath: string; text: LoginText; validation: Record<string, string>; errorIcon: ReactNode }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const check = useSchemaCheck<SignInInput>(loadSchema, (path) => path);
  const error = (field: keyof SignInInput) => {
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
      <AuthFormError message={formError} icon={errorIcon} />
      <Field id="email" label={text.email} error={error("email")}>
        <Input name="email" type="email" autoComplete="username" autoFocus {...describedBy("email", error("email"))} />
      </Field>
      <Field id="password" label={text.password} error={error("password")}>
        <Input name="password" type="password" autoComplete="current-password" {...describedBy("password", error("password"))} />
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? text.signingIn : text.signIn}
      </Button>
    </form>
  );
}
