import { LogOut } from "@/components/icons";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { CurrentUser } from "@/lib/auth/session";
import type { ConnectionView } from "@/lib/connections/store";
import { EnvironmentBadge } from "@/components/environment-badge";
import { signOutCurrentUser } from "@/app/(console)/actions";
import { LanguageSwitch } from "./language-switch";
import { PhoneMenu } from "./sidebar";
import { ThemeToggle } from "./theme-toggle";

export async function Header({ user, connection }: { user: CurrentUser; connection: ConnectionView | null }) {
  const t = await getTranslations();
  return (
    // On a phone it wraps onto a second line rather than run off the screen; the words the icons
    // and badges make plain are left to screen readers there.
    <header className="flex min-h-14 flex-wrap items-center justify-end gap-x-3 gap-y-2 border-b bg-card px-4 py-1.5">
      <PhoneMenu role={user.role} />
      <div className="mr-auto flex items-center gap-2 text-sm" data-testid="active-connection">
        <span className="sr-only text-muted-foreground xl:not-sr-only">{t("connections.activeConnection")}:</span>
        {connection ? (
          <>
            <span className="font-medium">{connection.name}</span>
            <EnvironmentBadge environment={connection.environment} className={connection.environment === "production" ? "uppercase" : undefined} />
          </>
        ) : (
          <span className="text-warning">{t("connections.none")}</span>
        )}
      </div>
      <LanguageSwitch />
      <ThemeToggle />
      <div className="flex items-center gap-2 border-l pl-3 text-sm" data-testid="current-user">
        <span className="font-medium">{user.name}</span>
        <Badge tone={user.role === "admin" ? "info" : "neutral"}>{t(`roles.${user.role}`)}</Badge>
      </div>
      <form action={signOutCurrentUser}>
        <Button type="submit" variant="ghost" size="sm">
          <LogOut aria-hidden />
          <span className="sr-only sm:not-sr-only">{t("nav.signOut")}</span>
        </Button>
      </form>
    </header>
  );
}
