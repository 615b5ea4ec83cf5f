"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { CardholderOption } from "@/lib/data/card-issuing";
import { cardKeys, fetchCardholderOptions } from "@/lib/query/cards";
import type { IssueCardInput } from "@/lib/schemas/cards";
import { useCardErrors } from "../../_components/use-card-errors";

/** Finds a cardholder by email or name and puts its id in the form's cardholder_id. */
export function CardholderPicker({ initial }: { initial: CardholderOption | null }) {
  const t = useTranslations("cards.picker");
  const tr = useCardErrors();
  const form = useFormContext<IssueCardInput>();
  const chosenId = useWatch({ control: form.control, name: "cardholder_id" });
  const [chosen, setChosen] = useState<CardholderOption | null>(initial);
  const [term, setTerm] = useState("");
  const [q, setQ] = useState<string | null>(null);
  useEffect(() => {
    if (term.trim().length < 2) return;
    const id = setTimeout(() => setQ(term.trim()), 300);
    return () => clearTimeout(id);
  }, [term]);
  const results = useQuery({
    queryKey: cardKeys.cardholders(q ?? ""),
    queryFn: ({ signal }) => fetchCardholderOptions(q ?? "", signal),
    enabled: q !== null,
  });
  const error = tr(form.formState.errors.cardholder_id?.message);
  const pick = (c: CardholderOption) => {
    setChosen(c);
    form.setValue("cardholder_id", c.id, { shouldValidate: true });
  };

  return (
    <div className="grid gap-3">
      {chosen && chosenId === chosen.id ? (
        <p className="rounded-md border bg-muted/40 p-3 text-sm" data-testid="chosen-cardholder">
          {t("chosen", { name: chosen.name, email: chosen.email ?? "—" })}
        </p>
      ) : null}
      <div className="grid gap-1.5">
        <Label htmlFor="cardholder-search">{t("search")}</Label>
        <Input
          id="cardholder-search"
          type="search"
          value={term}
          onChange={(e) => setTerm(e.target.value)}
          placeholder={t("placeholder")}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "cardholder-search-error" : undefined}
        />
        {error ? (
          <p id="cardholder-search-error" className="text-xs text-destructive">
            {error}
          </p>
        ) : null}
      </div>
      {results.isFetching ? <p className="text-sm text-muted-foreground">{t("searching")}</p> : null}
      {results.isError ? <p className="text-sm text-destructive">{t("failed")}</p> : null}
      {results.data && results.data.length === 0 ? <p className="text-sm text-muted-foreground">{t("none")}</p> : null}
      {results.data && results.data.length > 0 ? (
        <ul className="grid gap-1" aria-label={t("results")}>
          {results.data.map((c) => (
            <li key={c.id} className="flex items-center justify-between gap-2 rounded-md border px-3 py-2 text-sm">
              <span>
                {c.name} <span className="text-muted-foreground">{c.email}</span> {c.status ? <span className="text-xs">({c.status})</span> : null}
              </span>
              <Button type="button" size="sm" variant={chosenId === c.id ? "secondary" : "outline"} onClick={() => pick(c)} aria-label={t("pick", { name: c.email ?? c.name })}>
                {chosenId === c.id ? t("picked") : t("select")}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
