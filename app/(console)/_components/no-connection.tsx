import { PlugZap } from "@/components/icons";
import { Link } from "@/components/link";
import { getTranslations } from "next-intl/server";
import { buttonVariants } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

/** The overview before any UQPAY connection is active: what is missing and who can add it. */
export async function NoConnection({ isAdmin }: { isAdmin: boolean }) {
  const t = await getTranslations("overview.noConnection");
  return (
    <Card aria-label={t("title")} className="grid justify-items-center gap-3 p-10 text-center">
      <PlugZap className="size-8 text-muted-foreground" aria-hidden />
      <h2 className="text-base font-semibold">{t("title")}</h2>
      <p className="max-w-md text-sm text-muted-foreground">{t(isAdmin ? "admin" : "member")}</p>
      {isAdmin ? (
        <Link href="/settings/connections" className={buttonVariants({ size: "sm" })}>
          {t("add")}
        </Link>
      ) : null}
    </Card>
  );
}
