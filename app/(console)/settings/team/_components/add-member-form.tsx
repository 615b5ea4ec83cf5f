"use client";

import { useState, type FormEvent } from "react";
import { toast } from "@/lib/toast";
import { describedBy, Field } from "@/components/plain-field";
import { FormError } from "@/components/form-error";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { formText } from "@/lib/actions/form-text";
import { translator, type IslandText } from "@/lib/i18n/fill";
import { useSchemaCheck } from "@/lib/actions/use-schema-check";
import { ROLES } from "@/lib/auth/roles";
import type { AddMemberInput } from "@/lib/schemas/team";
import { addTeamMember } from "../actions";

// zod arrives with the first focus or submit, not with the page (issue #11); the action checks again.
const loadSchema = () => import("@/lib/schemas/team").then((m) => m.addMemberSchema);
const valuesOf = (form: HTMLFormElement) => formText(form, ["name", "email", "role", "password"]) as AddMemberInput;
const fieldId = (path: string) => `member-${path}`;

/** The form of the page's "Add member" card; `text`: the team, roles, validation and field words (the page's islandText). */
export function AddMemberForm({ text }: { text: IslandText }) {
  const t = translator(text);
  const say = (key: string | undefined) => (key && t.has(`validation.${key}`) ? t(`validation.${key}`) : key);
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const check = useSchemaCheck<AddMemberInput>(loadSchema, fieldId);
  const errors = Object.fromEntries(Object.entries(check.errors).map(([path, key]) => [path, say(key)]));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const values = valuesOf(form);
    setFormError(null);
    setPending(true);
    try {
      if (!(await check.validate(values))) return;
      const result = await addTeamMember(values);
      if (result.ok) {
        toast.success(t("team.added", { email: result.data.email, role: t(`roles.${result.data.role}`) }));
        form.reset();
        check.reset();
      } else if (result.fieldErrors) check.showFailure(result, true);
      else setFormError(result.message);
    } finally {
      setPending(false);
    }
  };

  return (
    <form
      onSubmit={onSubmit}
      onFocus={() => void loadSchema()}
      onChange={(event) => check.revalidate(valuesOf(event.currentTarget))}
      noValidate
      className="grid gap-4"
      aria-label={t("team.addMember")}
    >
      <FormError message={formError} />
      <Field id="member-name" label={t("common.name")} error={errors.name}>
        <Input name="name" {...describedBy("member-name", errors.name)} />
      </Field>
      <Field id="member-email" label={t("common.email")} error={errors.email}>
        <Input name="email" type="email" autoComplete="off" {...describedBy("member-email", errors.email)} />
      </Field>
      <Field id="member-role" label={t("common.role")} error={errors.role} hint={t("team.roleHelp")}>
        <NativeSelect name="role" defaultValue="viewer" {...describedBy("member-role", errors.role, true)}>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`roles.${role}`)}
            </option>
          ))}
        </NativeSelect>
      </Field>
      <Field id="member-password" label={t("team.initialPassword")} error={errors.password} hint={t("auth.passwordHint")}>
        <Input name="password" type="password" autoComplete="new-password" {...describedBy("member-password", errors.password, true)} />
      </Field>
      <Button type="submit" disabled={pending}>
        {t("team.addMember")}
      </Button>
    </form>
  );
}
