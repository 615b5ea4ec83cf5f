import { Link } from "@/components/link";
import { getTranslations } from "next-intl/server";
import { Suspense, type ReactNode } from "react";
import { PendingSkeleton } from "@/components/pending";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { cn } from "@/lib/utils";

/**
 * One overview section: its title and link are sent with the page shell at once; the content
 * streams in when its UQPAY reads answer, behind a skeleton of about its final size.
 */
export function OverviewSection({
  title,
  description,
  link,
  skeleton,
  className,
  children,
}: {
  title: string;
  description?: string;
  link?: { href: string; label: string };
  /** Height classes of the loading skeleton: the section's usual height at each width. */
  skeleton: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <Card aria-label={title} className={cn("min-w-0", className)}>
      <CardHeader className="flex-row items-start justify-between gap-3">
        <div className="grid gap-1">
          <CardTitle>{title}</CardTitle>
          {description ? <CardDescription>{description}</CardDescription> : null}
        </div>
        {link ? (
          <Link href={link.href} className="shrink-0 text-sm text-primary underline-offset-2 hover:underline">
            {link.label}
          </Link>
        ) : null}
      </CardHeader>
      <CardContent>
        <Suspense fallback={<SectionSkeleton section={title} className={skeleton} />}>{children}</Suspense>
      </CardContent>
    </Card>
  );
}

async function SectionSkeleton({ section, className }: { section: string; className: string }) {
  const t = await getTranslations("overview");
  return <PendingSkeleton className={cn("rounded-md", className)} label={t("loading", { section })} />;
}
