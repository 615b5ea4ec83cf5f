import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { currentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { hasAnyUser } from "@/lib/team/members";
import { safeCallbackPath } from "@/lib/auth/callback-path";
import { LoginForm } from "./_components/login-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("signInTitle") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; setup?: string }> }) {
  if (!(await hasAnyUser(await getDb()))) redirect("/setup");
  const params = await searchParams;
  const callbackPath = safeCallbackPath(params.callbackUrl);
  if (await currentUser()) redirect(callbackPath);
  const t = await getTranslations("auth");
  return (
    <Card className="w-full max-w-sm">
      <CardHeader>
        <CardTitle as="h1" className="text-xl">
          {t("signInTitle")}
        </CardTitle>
        <CardDescription>{params.setup === "done" ? t("setupDone") : t("signInDescription")}</CardDescription>
      </CardHeader>
      <CardContent>
        <LoginForm callbackPath={callbackPath} />
      </CardContent>
    </Card>
  );
}
