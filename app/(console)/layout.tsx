import { TriangleAlert } from "@/components/icons";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { ErrorStringsProvider } from "@/components/error-strings";
import { IdleNavigationProgress } from "@/components/idle-navigation-progress";
import { Header } from "@/components/shell/header";
import { Sidebar } from "@/components/shell/sidebar";
import { currentUser } from "@/lib/auth/session";
import { consoleDb } from "@/lib/connections";
import { activeConnectionView } from "@/lib/connections/store";

export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  // A disabled member, or one whose account was removed, is sent back to sign-in on the next page.
  const user = await currentUser();
  if (!user) redirect("/login");
  const [connection, t] = await Promise.all([consoleDb().then(activeConnectionView), getTranslations()]);
  return (
    <ErrorStringsProvider
      value={{ title: t("errors.pageTitle"), body: t("errors.unexpected"), retry: t("common.retry"), icon: <TriangleAlert className="size-8 text-warning" aria-hidden /> }}
    >
      <IdleNavigationProgress label={t("common.loadingPage")} />
      <div className="flex min-h-screen">
        <Sidebar role={user.role} />
        <div className="flex min-w-0 flex-1 flex-col">
          <Header user={user} connection={connection} />
          <main className="flex-1 p-6">{children}</main>
        </div>
      </div>
    </ErrorStringsProvider>
  );
}
