"use client";

import { Download, X } from "@/components/icons";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";

type ExportState =
  | { phase: "idle" }
  | { phase: "running"; rows: number; scanTotal: number | null }
  | { phase: "done"; rows: number }
  | { phase: "failed"; rows: number };

/** Counts CSV records in a stream of text, across chunk boundaries (a quoted field may hold a newline). */
export function csvRecordCounter() {
  let quoted = false;
  let records = 0;
  return (chunk: string): number => {
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (c === 34) quoted = !quoted;
      else if (c === 10 && !quoted) records++;
    }
    return records;
  };
}

/**
 * Downloads the whole filtered set as CSV from the streaming export route, counting rows as they
 * arrive so a long export shows its progress (against the window's transaction count) and can be
 * cancelled.
 */
export function ExportButton({ query }: { query: string }) {
  const t = useTranslations("transactions.export");
  const [state, setState] = useState<ExportState>({ phase: "idle" });
  const abort = useRef<AbortController | null>(null);

  async function run() {
    const controller = new AbortController();
    abort.current = controller;
    setState({ phase: "running", rows: 0, scanTotal: null });
    let rows = 0;
    try {
      const response = await fetch(`/api/transactions/export${query ? `?${query}` : ""}`, { signal: controller.signal, cache: "no-store" });
      if (!response.ok || !response.body) throw new Error(String(response.status));
      const scanTotal = Number(response.headers.get("x-export-scan-total") ?? NaN);
      const name = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? "transactions.csv";
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      const count = csvRecordCounter();
      const parts: string[] = [];
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        parts.push(value);
        // The header line is not a row.
        rows = Math.max(0, count(value) - 1);
        setState({ phase: "running", rows, scanTotal: Number.isFinite(scanTotal) ? scanTotal : null });
      }
      const url = URL.createObjectURL(new Blob(parts, { type: "text/csv;charset=utf-8" }));
      const link = Object.assign(document.createElement("a"), { href: url, download: name });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setState({ phase: "done", rows });
    } catch {
      setState(controller.signal.aborted ? { phase: "idle" } : { phase: "failed", rows });
    } finally {
      abort.current = null;
    }
  }

  if (state.phase === "running") {
    return (
      <div className="flex min-w-56 items-center gap-2" role="status" aria-live="polite">
        <div className="grid flex-1 gap-1 text-xs">
          <span>{state.scanTotal !== null ? t("progressOf", { rows: state.rows, total: state.scanTotal }) : t("progress", { rows: state.rows })}</span>
          <progress className="h-1.5 w-full accent-primary" max={state.scanTotal || undefined} value={state.scanTotal ? state.rows : undefined} aria-label={t("progressLabel")} />
        </div>
        <Button type="button" variant="ghost" size="sm" onClick={() => abort.current?.abort()} aria-label={t("cancel")}>
          <X aria-hidden />
        </Button>
      </div>
    );
  }
  return (
    <div className="flex items-center gap-2">
      <Button type="button" variant="outline" onClick={run}>
        <Download aria-hidden /> {t("button")}
      </Button>
      {state.phase === "done" ? (
        <span role="status" className="text-xs text-muted-foreground">
          {t("done", { rows: state.rows })}
        </span>
      ) : state.phase === "failed" ? (
        <span role="alert" className="text-xs text-destructive">
          {t("failed", { rows: state.rows })}
        </span>
      ) : null}
    </div>
  );
}
