"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { EmulatorStatus } from "@/lib/sandbox/emulator-status";
import { updateEmulatorWebhooks } from "../actions";
import { useControlAction } from "./use-control-action";

/** Where the emulator posts webhooks, with which secret, and whether it duplicates or reorders them. */
export function WebhooksPanel({ settings }: { settings: EmulatorStatus["webhooks"] }) {
  const t = useTranslations("sandbox.webhooks");
  const { pending, run } = useControlAction();
  const [url, setUrl] = useState(settings.url ?? "");
  const [secret, setSecret] = useState("");
  const [duplicate, setDuplicate] = useState(settings.duplicate);
  const [outOfOrder, setOutOfOrder] = useState(settings.outOfOrder);
  return (
    <form
      aria-label={t("title")}
      className="grid gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        void run(() => updateEmulatorWebhooks({ url, secret, duplicate, outOfOrder }), t("saved"), () => setSecret(""));
      }}
    >
      <h3 className="font-medium">{t("title")}</h3>
      <div className="grid gap-1">
        <Label htmlFor="webhook-url">{t("url")}</Label>
        <Input id="webhook-url" type="url" value={url} onChange={(e) => setUrl(e.target.value)} placeholder={t("urlPlaceholder")} />
      </div>
      <div className="grid gap-1">
        <Label htmlFor="webhook-secret">{t("secret")}</Label>
        <Input
          id="webhook-secret"
          type="password"
          autoComplete="off"
          value={secret}
          onChange={(e) => setSecret(e.target.value)}
          placeholder={settings.secretLast4 ? t("secretKept", { last4: settings.secretLast4 }) : t("secretNone")}
        />
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={duplicate} onChange={(e) => setDuplicate(e.target.checked)} />
        {t("duplicate")}
      </label>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={outOfOrder} onChange={(e) => setOutOfOrder(e.target.checked)} />
        {t("outOfOrder")}
      </label>
      <Button size="sm" type="submit" disabled={pending} className="justify-self-start">
        {t("save")}
      </Button>
    </form>
  );
}
