import { ChevronDown, ChevronRight, PackageOpen } from "@/components/icons";
import { getLocale, getTranslations } from "next-intl/server";
import { RequiredFieldsTree } from "@/components/required-fields-tree";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { ProductView } from "@/lib/data/products";
import { formatAmount, isAmount } from "@/lib/money";
import { ExpandableRow } from "./expandable-row";

const COLUMNS = ["product", "mode", "forms", "currencies", "kycLevel", "status", "quota", "fields"] as const;

export async function ProductsTable({ products }: { products: ProductView[] }) {
  const t = await getTranslations("products");
  const locale = await getLocale();
  // Enum values UQPAY adds later are shown as sent.
  const icons = { open: <ChevronDown aria-hidden />, closed: <ChevronRight aria-hidden /> };
  const word = (group: string, value: string | null) => (value ? (t.has(`${group}.${value}`) ? t(`${group}.${value}`) : value) : "—");
  if (products.length === 0) {
    return (
      <Card className="flex flex-col items-center gap-2 p-10 text-center">
        <PackageOpen className="size-8 text-muted-foreground" aria-hidden />
        <p className="font-medium">{t("empty")}</p>
        <p className="text-sm text-muted-foreground">{t("emptyHint")}</p>
      </Card>
    );
  }
  return (
    <Card>
      <Table aria-label={t("tableLabel")}>
        <TableHeader>
          <TableRow>
            {COLUMNS.map((c) => (
              <TableHead key={c} className={c === "quota" ? "text-right" : undefined}>
                {t(`columns.${c}`)}
              </TableHead>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {products.map((p) => {
            const name = [p.scheme, p.cardBin].filter(Boolean).join(" ");
            const noPin = p.noPinPaymentAmounts
              .filter((a) => a.amount && a.currency && isAmount(a.amount))
              .map((a) => formatAmount(a.amount!, a.currency!, locale))
              .join(", ");
            return (
              <ExpandableRow
                key={p.productId}
                colSpan={COLUMNS.length}
                showLabel={t("showFields", { count: p.requiredFields.length })}
                hideLabel={t("hideFields")}
                icons={icons}
                cells={
                  <>
                    <TableCell>
                      <div className="flex flex-wrap items-center gap-2 font-medium">
                        {name || p.productId}
                        {p.simulator ? (
                          <Badge tone="info" title={t("simulatorHint")}>
                            {t("simulator")}
                          </Badge>
                        ) : null}
                      </div>
                      <div className="font-mono text-xs text-muted-foreground">{p.productId}</div>
                    </TableCell>
                    <TableCell>{word("mode", p.mode)}</TableCell>
                    <TableCell>{p.forms.map((f) => word("form", f)).join(", ") || "—"}</TableCell>
                    <TableCell>{p.currencies.join(", ") || "—"}</TableCell>
                    <TableCell>{word("kycLevel", p.kycLevel)}</TableCell>
                    <TableCell>
                      <Badge tone={p.status === "ENABLED" ? "success" : "neutral"}>{word("status", p.status)}</Badge>
                    </TableCell>
                    <TableCell className="text-right tabular-nums">{p.maxCardQuota ?? "—"}</TableCell>
                  </>
                }
                detail={
                  <div className="grid gap-3">
                    {noPin ? (
                      <p className="text-xs text-muted-foreground">
                        {t("noPin")}: {noPin}
                      </p>
                    ) : null}
                    {p.requiredFields.length > 0 ? (
                      <RequiredFieldsTree fields={p.requiredFields} label={t("fieldsOf", { product: name || p.productId })} />
                    ) : (
                      <p className="text-sm text-muted-foreground">{t("noFields")}</p>
                    )}
                  </div>
                }
              />
            );
          })}
        </TableBody>
      </Table>
    </Card>
  );
}
