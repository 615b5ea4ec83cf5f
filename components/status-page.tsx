import { getTranslations } from "next-intl/server";
import { buttonVariants } from "@/components/ui/button-variants";

/**
 * The full-page answer for an HTTP status the console renders itself (403, 404). Its way home is a
 * plain link: with next/link here, every route's first load would carry a second copy of the link
 * runtime (this page's chunks sit beside the console layout's, not above them).
 */
export async function StatusPage({ code, title, description }: { code: number; title: string; description: string }) {
  const t = await getTranslations("errors");
  return (
    <main className="mx-auto flex min-h-[60vh] max-w-md flex-col items-center justify-center gap-3 p-6 text-center">
      <p className="text-5xl font-semibold text-muted-foreground">{code}</p>
      <h1 className="text-xl font-semibold">{title}</h1>
      <p className="text-sm text-muted-foreground">{description}</p>
      {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a full load is wanted here (see above) */}
      <a href="/" className={buttonVariants({ variant: "outline" })}>
        {t("goHome")}
      </a>
    </main>
  );
}
