"use client";

import { useTransition, type ReactNode } from "react";
import { toast } from "@/lib/toast";
import { Button } from "@/components/ui/button";
import { fill, type IslandText } from "@/lib/i18n/fill";
import { useHydrated } from "@/lib/use-hydrated";
import { applyWebhookAgain } from "../actions";

type Delivery = { rawBody: string; timestamp: string | null; signature: string | null; path: string };

const shellQuote = (value: string) => `'${value.replace(/'/g, `'\\''`)}'`;

/** The original delivery as a curl command: same body and signature headers, to replay while debugging. */
function curlOf(d: Delivery): string {
  const headers = ["content-type: application/json", d.timestamp && `x-wk-timestamp: ${d.timestamp}`, d.signature && `x-wk-signature: ${d.signature}`].filter(Boolean) as string[];
  return [`curl -X POST ${shellQuote(`${window.location.origin}${d.path}`)}`, ...headers.map((h) => `-H ${shellQuote(h)}`), `--data-raw ${shellQuote(d.rawBody)}`].join(" \\\n  ");
}

/** Copy as curl and apply again; words and icons come rendered from the table (issue #11). */
export function WebhookRowActions({
  id,
  canApply,
  delivery,
  text,
  icons,
}: {
  id: string;
  canApply: boolean;
  delivery: Delivery;
  text: IslandText;
  icons: { copy: ReactNode; apply: ReactNode };
}) {
  const [pending, startTransition] = useTransition();
  // Disabled in the server's HTML until hydrated: a click before then would do nothing.
  const live = useHydrated();
  return (
    <fieldset disabled={!live} className="flex min-w-0 gap-1">
      <Button
        variant="ghost"
        size="sm"
        onClick={async () => {
          await navigator.clipboard.writeText(curlOf(delivery));
          toast.success(text.curlCopied);
        }}
      >
        {icons.copy} {text.copyCurl}
      </Button>
      {canApply ? (
        <Button
          variant="ghost"
          size="sm"
          disabled={pending}
          onClick={() =>
            startTransition(async () => {
              const result = await applyWebhookAgain({ id });
              if (result.ok) toast.success(fill(text.appliedAgain, { result: text[`applyResults.${result.data.applyResult}`] ?? result.data.applyResult }));
              else toast.error(result.message);
            })
          }
        >
          {icons.apply} {text.applyAgain}
        </Button>
      ) : null}
    </fieldset>
  );
}
