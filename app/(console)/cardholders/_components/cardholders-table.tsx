import { Users } from "@/components/icons";
import { Link } from "@/components/link";
import { getTranslations } from "next-intl/server";
import { CardholderStatusBadge } from "@/components/cardholder-status-badge";
import { Pager } from "@/components/pager";
import { UqpayTime } from "@/components/uqpay-time";
import { Card } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { CardholderFilters, CardholderPage } from "@/lib/data/cardholders";

export async function CardholdersTable({ page, filters, canCreate }: { page: CardholderPage; filters: CardholderFilters; canCreate: boolean }) {
  const t = await getTranslations("cardholders");
  if (page.items.length === 0) {
    return (
      <Card className="flex flex-col items-center gap-2 p-10 text-center">
        <Users className="size-8 text-muted-foreground" aria-hidden />
        <p className="font-medium">{filters.status ? t("list.emptyFiltered") : t("list.empty")}</p>
        {!filters.status && canCreate ? <p className="text-sm text-muted-foreground">{t("list.emptyHint")}</p> : null}
      </Card>
    );
  }
  return (
    <Card>
      <Table aria-label={t("list.tableLabel")}>
        <TableHeader>
          <TableRow>
            <TableHead>{t("list.name")}</TableHead>
            <TableHead>{t("list.email")}</TableHead>
            <TableHead>{t("list.phone")}</TableHead>
            <TableHead>{t("list.status")}</TableHead>
            <TableHead className="text-right">{t("list.cards")}</TableHead>
            <TableHead>{t("list.created")}</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {page.items.map((c) => (
            <TableRow key={c.id}>
              <TableCell className="font-medium">
                <Link href={`/cardholders/${c.id}`} className="hover:underline">
                  {[c.firstName, c.lastName].filter(Boolean).join(" ") || c.id}
                </Link>
              </TableCell>
              <TableCell>{c.email ?? "—"}</TableCell>
              <TableCell className="tabular-nums">
                {c.countryCode ? <span className="text-muted-foreground">{c.countryCode} </span> : null}
                {c.phoneNumber ?? "—"}
              </TableCell>
              <TableCell>
                <CardholderStatusBadge status={c.status} />
              </TableCell>
              <TableCell className="text-right tabular-nums">{c.numberOfCards ?? "—"}</TableCell>
              <TableCell className="text-muted-foreground">
                <UqpayTime value={c.createTime} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <div className="px-4 pb-3">
        <Pager pathname="/cardholders" searchParams={{ status: filters.status }} page={page.page} totalPages={Math.max(page.totalPages, 1)} totalItems={page.totalItems} />
      </div>
    </Card>
  );
}
