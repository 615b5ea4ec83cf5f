import { Search } from "@/components/icons";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { EXPLAINED_STATUSES } from "@/lib/cards/status";
import type { CardFilters } from "@/lib/filters/cards";

export type ProductOption = { id: string; label: string; currencies: string[] };

export const CARDS_FILTERS_CLASS = "grid gap-3 md:grid-cols-[2fr_1fr_1fr_1fr_1.5fr_auto] md:items-end";

const LABEL = "text-sm font-medium leading-none";

/**
 * Search box and filters of the card list (the fields of its GET form, in an InPlaceList that
 * submits on every select change). No page field, so any change starts again at page 1.
 */
export function CardsFilters({ filters, products }: { filters: CardFilters; products: ProductOption[] }) {
  const t = useTranslations("cards");
  const currencies = [...new Set(products.flatMap((p) => p.currencies))].sort();
  return (
    <>
      <div className="grid gap-1.5">
        <label htmlFor="cards-q" className={LABEL}>
          {t("list.search")}
        </label>
        <Input id="cards-q" name="q" type="search" defaultValue={filters.q ?? ""} placeholder={t("list.searchPlaceholder")} />
      </div>
      <div className="grid gap-1.5">
        <label htmlFor="cards-status" className={LABEL}>
          {t("fields.status")}
        </label>
        <NativeSelect id="cards-status" name="status" defaultValue={filters.status ?? ""}>
          <option value="">{t("list.any")}</option>
          {EXPLAINED_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </NativeSelect>
      </div>
      <div className="grid gap-1.5">
        <label htmlFor="cards-product" className={LABEL}>
          {t("fields.product")}
        </label>
        <NativeSelect id="cards-product" name="product_id" defaultValue={filters.product_id ?? ""}>
          <option value="">{t("list.any")}</option>
          {products.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </NativeSelect>
      </div>
      <div className="grid gap-1.5">
        <label htmlFor="cards-currency" className={LABEL}>
          {t("fields.currency")}
        </label>
        <NativeSelect id="cards-currency" name="currency" defaultValue={filters.currency ?? ""}>
          <option value="">{t("list.any")}</option>
          {currencies.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </NativeSelect>
      </div>
      <div className="grid gap-1.5">
        <label htmlFor="cards-holder" className={LABEL}>
          {t("fields.cardholderId")}
        </label>
        <Input id="cards-holder" name="cardholder_id" defaultValue={filters.cardholder_id ?? ""} autoComplete="off" />
      </div>
      <Button type="submit" variant="outline">
        <Search aria-hidden /> {t("list.apply")}
      </Button>
    </>
  );
}
