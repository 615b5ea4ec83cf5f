import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page-header";
import { Pending } from "@/components/pending";
import { ReadFailurePanel } from "@/components/read-failure";
import { requirePageRole } from "@/lib/auth/session";
import { readFailureOf } from "@/lib/data/failure";
import { listProducts } from "@/lib/data/products";
import { ProductsTable } from "./_components/products-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("products"))("title") };
}

/** Read-only for every role: products are configured by UQPAY, not in the console. */
export default async function ProductsPage() {
  await requirePageRole("viewer");
  const t = await getTranslations("products");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <Pending>
        <Products />
      </Pending>
    </>
  );
}

async function Products() {
  const [t, format] = await Promise.all([getTranslations("products"), getFormatter()]);
  const result = await listProducts().then(
    (list) => ({ list }),
    async (error: unknown) => ({ failure: await readFailureOf(error) }),
  );
  return "failure" in result ? (
    <ReadFailurePanel title={t("loadFailed")} failure={result.failure} />
  ) : (
    <>
      <ProductsTable products={result.list.products} />
      <p className="mt-2 text-xs text-muted-foreground">{t("fetchedAt", { time: format.dateTime(result.list.fetchedAt, { timeStyle: "medium" }) })}</p>
    </>
  );
}
