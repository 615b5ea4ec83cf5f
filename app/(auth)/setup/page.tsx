import { CircleAlert } from "@/components/icons";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { getDb } from "@/lib/db";
import { hasAnyUser } from "@/lib/team/members";
import { validationText } from "../_components/validation-text";
import { SetupForm } from "./_components/setup-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("setupTitle") };
}

// First run only: once any user exists this page is gone and the action refuses.
export default async function SetupPage() {
  if (await hasAnyUser(await getDb())) redirect("/login");
  const [t, common, validation] = await Promise.all([getTranslations("auth"), getTranslations("common"), validationText()]);
  return (
    <Card className="w-full max-w-md">
      <CardHeader>
        <CardTitle as="h1" className="text-xl">
          {t("setupTitle")}
        </CardTitle>
        <CardDescription>{t("setupDescription")}</CardDescription>
      </CardHeader>
      <CardContent>
        <SetupForm
          text={{
            name: common("name"),
            email: common("email"),
            password: common("password"),
            passwordHint: t("passwordHint"),
            confirmPassword: t("confirmPassword"),
            submit: t("setupSubmit"),
          }}
          validation={validation}
          errorIcon={<CircleAlert className="mt-0.5 size-4 shrink-0" />}
        />
      </CardContent>
    </Card>
  );
}
