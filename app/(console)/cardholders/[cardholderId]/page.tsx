import { CreditCard, Pencil } from "@/components/icons";
import type { Metadata } from "next";
import { Link } from "@/components/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CardholderStatusBadge } from "@/components/cardholder-status-badge";
import { PageHeader } from "@/components/page-header";
import { ReadFailurePanel } from "@/components/read-failure";
import { Button } from "@/components/ui/button";
import { roleAllows } from "@/lib/auth/roles";
import { requirePageRole } from "@/lib/auth/session";
import { getCardholder, listCardholderCards } from "@/lib/data/cardholders";
import { readFailureOf, settle } from "@/lib/data/failure";
import { CardholderCards } from "../_components/cardholder-cards";
import { CardholderKyc } from "../_components/cardholder-kyc";
import { CardholderProfile } from "../_components/cardholder-profile";

type Props = { params: Promise<{ cardholderId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("cardholders"))("title") };
}

export default async function CardholderPage({ params }: Props) {
  const user = await requirePageRole("viewer");
  const { cardholderId } = await params;
  const t = await getTranslations("cardholders");
  // Cards that cannot be read say so in their section (CardholderCards); the cardholder is shown.
  const [result, cards] = await Promise.all([
    getCardholder(cardholderId).then(
      (cardholder) => ({ cardholder }),
      async (error: unknown) => ({ failure: await readFailureOf(error) }),
    ),
    settle(listCardholderCards(cardholderId)),
  ]);
  const back = (
    <Link href="/cardholders" className="mb-2 inline-block text-sm text-muted-foreground hover:underline">
      ← {t("detail.back")}
    </Link>
  );
  if ("failure" in result) {
    return (
      <>
        {back}
        <ReadFailurePanel title={t("load.detailTitle")} failure={result.failure} />
      </>
    );
  }
  const { cardholder } = result;
  if (!cardholder) notFound();
  const name = [cardholder.firstName, cardholder.lastName].filter(Boolean).join(" ") || cardholder.id;
  const canOperate = roleAllows(user.role, "operator");
  return (
    <>
      {back}
      <PageHeader
        title={name}
        description={cardholder.email ?? undefined}
        actions={
          <>
            <CardholderStatusBadge status={cardholder.status} />
            {canOperate ? (
              <>
                <Button asChild variant="outline">
                  <Link href={`/cardholders/${cardholder.id}/edit`}>
                    <Pencil aria-hidden /> {t("detail.edit")}
                  </Link>
                </Button>
                <Button asChild>
                  <Link href={`/cards/new?cardholder_id=${encodeURIComponent(cardholder.id)}`}>
                    <CreditCard aria-hidden /> {t("detail.issueCard")}
                  </Link>
                </Button>
              </>
            ) : null}
          </>
        }
      />
      <div className="grid gap-6 xl:grid-cols-2">
        <CardholderProfile cardholder={cardholder} />
        <CardholderKyc cardholder={cardholder} />
      </div>
      <CardholderCards cards={cards} />
    </>
  );
}
