"use client";

import { Copy, RotateCw } from "@/components/icons";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { toast } from "@/lib/toast";
import { Button } from "@/components/ui/button";
import { applyWebhookAgain } from "../actions";

type Delivery = { rawBody: string; timestamp: string | null; signature: string | null; path: string };

const shellQuote = (value: string) => `'${value.replace(/'/g, `'\\''`)}'`;

/** The original delivery as a curl command: same body and signature headers, to replay while debugging. */
function curlOf(d: Delivery): string {
  const headers = ["content-type: application/json", d.timestamp && `x-wk-timestamp: ${d.timestamp}`, d.signature && `x-wk-signature: ${d.signature}`].filter(Boolean) as string[];
  return [`curl -X POST ${shellQuote(`${window.location.origin}${d.path}`)}`, ...headers.map((h) => `-H ${shellQuote(h)}`), `--data-raw ${shellQuote(d.rawBody)}`].join(" \\\n  ");
}

export function WebhookRowActions({ id, canApply, payload, delivery }: { id: string; canApply: boolean; payload: string; delivery: Delivery }) {
  const t = useTranslations("webhooks");
  const [pending, startTransition] = useTransition();
  return (
    <div className="grid gap-1">
      <details>
        <summary className="cursor-pointer text-xs text-muted-foreground">{t("showPayload")}</summary>
        <pre className="mt-1 max-h-72 max-w-lg overflow-auto rounded bg-muted p-2 text-[11px]">{payload}</pre>
      </details>
      <div className="flex gap-1">
        <Button
          variant="ghost"
          size="sm"
          onClick={async () => {
            await navigator.clipboard.writeText(curlOf(delivery));
            toast.success(t("curlCopied"));
          }}
        >
          <Copy aria-hidden /> {t("copyCurl")}
        </Button>
        {canApply ? (
          <Button
            variant="ghost"
            size="sm"
            disabled={pending}
            onClick={() =>
              startTransition(async () => {
                const result = await applyWebhookAgain({ id });
                if (result.ok) toast.success(t("appliedAgain", { result: t(`applyResults.${result.data.applyResult}`) }));
                else toast.error(result.message);
              })
            }
          >
            <RotateCw aria-hidden /> {t("applyAgain")}
          </Button>
        ) : null}
      </div>
    </div>
  );
}
