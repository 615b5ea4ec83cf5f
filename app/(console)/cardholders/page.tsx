import { Plus } from "@/components/icons";
import type { Metadata } from "next";
import { Link } from "@/components/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page-header";
import { Pending } from "@/components/pending";
import { ReadFailurePanel } from "@/components/read-failure";
import { Button } from "@/components/ui/button";
import { roleAllows } from "@/lib/auth/roles";
import { requirePageRole } from "@/lib/auth/session";
import { listCardholders, parseCardholderFilters, type CardholderFilters } from "@/lib/data/cardholders";
import { readFailureOf } from "@/lib/data/failure";
import { CardholdersFilter } from "./_components/cardholders-filter";
import { CardholdersTable } from "./_components/cardholders-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("cardholders"))("title") };
}

export default async function CardholdersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageRole("viewer");
  const t = await getTranslations("cardholders");
  const filters = parseCardholderFilters(await searchParams);
  const canCreate = roleAllows(user.role, "operator");
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          canCreate ? (
            <Button asChild>
              <Link href="/cardholders/new">
                <Plus aria-hidden /> {t("new")}
              </Link>
            </Button>
          ) : null
        }
      />
      <CardholdersFilter status={filters.status} />
      <Pending>
        <Cardholders filters={filters} canCreate={canCreate} />
      </Pending>
    </>
  );
}

async function Cardholders({ filters, canCreate }: { filters: CardholderFilters; canCreate: boolean }) {
  const t = await getTranslations("cardholders");
  const result = await listCardholders(filters).then(
    (page) => ({ page }),
    async (error: unknown) => ({ failure: await readFailureOf(error) }),
  );
  return "failure" in result ? (
    <ReadFailurePanel title={t("load.title")} failure={result.failure} />
  ) : (
    <CardholdersTable page={result.page} filters={filters} canCreate={canCreate} />
  );
}
