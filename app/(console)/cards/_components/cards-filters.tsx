"use client";

import { Search } from "@/components/icons";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { EXPLAINED_STATUSES } from "@/lib/cards/status";
import type { CardFilters } from "@/lib/filters/cards";

export type ProductOption = { id: string; label: string; currencies: string[] };

/** Search box and filters; any change starts again at page 1. Keyed by the URL's text filters, so back/forward resets the inputs. */
export function CardsFilters({ filters, products, onChange }: { filters: CardFilters; products: ProductOption[]; onChange: (f: CardFilters) => void }) {
  const t = useTranslations("cards");
  const [q, setQ] = useState(filters.q ?? "");
  const [holder, setHolder] = useState(filters.cardholder_id ?? "");
  const currencies = [...new Set(products.flatMap((p) => p.currencies))].sort();
  const set = (patch: Partial<CardFilters>) => onChange({ ...filters, ...patch, page: 1 });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    set({ q: q.trim() || undefined, cardholder_id: /^[0-9a-f-]{36}$/i.test(holder.trim()) ? holder.trim() : undefined });
  };

  return (
    <form role="search" aria-label={t("list.searchLabel")} onSubmit={submit} className="grid gap-3 md:grid-cols-[2fr_1fr_1fr_1fr_1.5fr_auto] md:items-end">
      <div className="grid gap-1.5">
        <Label htmlFor="cards-q">{t("list.search")}</Label>
        <Input id="cards-q" type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder={t("list.searchPlaceholder")} />
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="cards-status">{t("fields.status")}</Label>
        <NativeSelect id="cards-status" value={filters.status ?? ""} onChange={(e) => set({ status: e.target.value || undefined })}>
          <option value="">{t("list.any")}</option>
          {EXPLAINED_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </NativeSelect>
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="cards-product">{t("fields.product")}</Label>
        <NativeSelect id="cards-product" value={filters.product_id ?? ""} onChange={(e) => set({ product_id: e.target.value || undefined })}>
          <option value="">{t("list.any")}</option>
          {products.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </NativeSelect>
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="cards-currency">{t("fields.currency")}</Label>
        <NativeSelect id="cards-currency" value={filters.currency ?? ""} onChange={(e) => set({ currency: e.target.value || undefined })}>
          <option value="">{t("list.any")}</option>
          {currencies.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </NativeSelect>
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="cards-holder">{t("fields.cardholderId")}</Label>
        <Input id="cards-holder" value={holder} onChange={(e) => setHolder(e.target.value)} autoComplete="off" />
      </div>
      <Button type="submit" variant="outline">
        <Search aria-hidden /> {t("list.apply")}
      </Button>
    </form>
  );
}
