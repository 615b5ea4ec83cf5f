import { CircleAlert } from "@/components/icons";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { currentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { hasAnyUser } from "@/lib/team/members";
import { safeCallbackPath } from "@/lib/auth/callback-path";
import { validationText } from "../_components/validation-text";
import { LoginForm } from "./_components/login-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("signInTitle") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; setup?: string }> }) {
  if (!(await hasAnyUser(await getDb()))) redirect("/setup");
  const params = await searchParams;
  const callbackPath = safeCallbackPath(params.callbackUrl);
  if (await currentUser()) redirect(callbackPath);
  const [t, common, validation] = await Promise.all([getTranslations("auth"), getTranslations("common"), validationText()]);
  return (
    <Card className="w-full max-w-sm">
      <CardHeader>
        <CardTitle as="h1" className="text-xl">
          {t("signInTitle")}
        </CardTitle>
        <CardDescription>{params.setup === "done" ? t("setupDone") : t("signInDescription")}</CardDescription>
      </CardHeader>
      <CardContent>
        <LoginForm
          callbackPath={callbackPath}
          text={{ email: common("email"), password: common("password"), signIn: t("signIn"), signingIn: t("signingIn") }}
          validation={validation}
          errorIcon={<CircleAlert className="mt-0.5 size-4 shrink-0" />}
        />
      </CardContent>
    </Card>
  );
}
