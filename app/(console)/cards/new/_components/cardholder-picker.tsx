"use client";

import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import type { CardholderOption } from "@/lib/data/card-issuing";
import type { Translate } from "@/lib/i18n/fill";
import { getJson } from "@/lib/query/fetch-json";
import { cardError } from "../../_components/card-error";

type Search = { q: string; status: "loading" | "done" | "failed"; results: CardholderOption[] };

/** Finds a cardholder by email or name (300 ms after typing stops) and hands its id to the form. */
export function CardholderPicker({
  initial,
  chosenId,
  onPick,
  error: errorKey,
  t,
}: {
  initial: CardholderOption | null;
  chosenId: string;
  onPick: (id: string) => void;
  error: string | undefined;
  t: Translate;
}) {
  const [chosen, setChosen] = useState<CardholderOption | null>(initial);
  const [term, setTerm] = useState("");
  const [search, setSearch] = useState<Search | null>(null);
  useEffect(() => {
    const q = term.trim();
    if (q.length < 2) return;
    const abort = new AbortController();
    const timer = setTimeout(() => {
      setSearch((last) => ({ q, status: "loading", results: last?.results ?? [] }));
      // The route lib/query/cards reads for the cards pages; its module brings the list filters too.
      getJson<CardholderOption[]>(`/api/cards/cardholders?q=${encodeURIComponent(q)}`, abort.signal).then(
        (results) => setSearch({ q, status: "done", results }),
        () => abort.signal.aborted || setSearch({ q, status: "failed", results: [] }),
      );
    }, 300);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [term]);
  const error = cardError(t, errorKey);
  const pick = (c: CardholderOption) => {
    setChosen(c);
    onPick(c.id);
  };
  const results = search?.status === "done" ? search.results : null;

  return (
    <div className="grid gap-3">
      {chosen && chosenId === chosen.id ? (
        <p className="rounded-md border bg-muted/40 p-3 text-sm" data-testid="chosen-cardholder">
          {t("cards.picker.chosen", { name: chosen.name, email: chosen.email ?? "—" })}
        </p>
      ) : null}
      <div className="grid gap-1.5">
        <label htmlFor="cardholder-search" className="text-sm leading-none font-medium">
          {t("cards.picker.search")}
        </label>
        <Input
          id="cardholder-search"
          type="search"
          value={term}
          onChange={(e) => setTerm(e.target.value)}
          placeholder={t("cards.picker.placeholder")}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "cardholder-search-error" : undefined}
        />
        {error ? (
          <p id="cardholder-search-error" className="text-xs text-destructive">
            {error}
          </p>
        ) : null}
      </div>
      {search?.status === "loading" ? <p className="text-sm text-muted-foreground">{t("cards.picker.searching")}</p> : null}
      {search?.status === "failed" ? <p className="text-sm text-destructive">{t("cards.picker.failed")}</p> : null}
      {results && results.length === 0 ? <p className="text-sm text-muted-foreground">{t("cards.picker.none")}</p> : null}
      {results && results.length > 0 ? (
        <ul className="grid gap-1" aria-label={t("cards.picker.results")}>
          {results.map((c) => (
            <li key={c.id} className="flex items-center justify-between gap-2 rounded-md border px-3 py-2 text-sm">
              <span>
                {c.name} <span className="text-muted-foreground">{c.email}</span> {c.status ? <span className="text-xs">({c.status})</span> : null}
              </span>
              <Button type="button" size="sm" variant={chosenId === c.id ? "secondary" : "outline"} onClick={() => pick(c)} aria-label={t("cards.picker.pick", { name: c.email ?? c.name })}>
                {chosenId === c.id ? t("cards.picker.picked") : t("cards.picker.select")}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
