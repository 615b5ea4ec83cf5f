"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { RESET_CONFIRMATION } from "@/lib/sandbox/reset";
import { resetEmulator, seedEmulatorDemo } from "../actions";
import { useControlAction } from "./use-control-action";

/** Wiping the emulator (or adding the demo seed) only after the word is typed; the server checks it too. */
export function ResetPanel() {
  const t = useTranslations("sandbox.reset");
  const { pending, run } = useControlAction();
  const [typed, setTyped] = useState("");
  const [demo, setDemo] = useState(false);
  const confirmed = typed === RESET_CONFIRMATION;
  const confirmation = typed as typeof RESET_CONFIRMATION;
  return (
    <section aria-label={t("title")} className="grid gap-2 rounded-md border border-destructive/40 p-3">
      <h3 className="font-medium text-destructive">{t("title")}</h3>
      <p className="text-sm text-muted-foreground">{t("description")}</p>
      <div className="grid gap-1">
        <Label htmlFor="reset-confirmation">{t("confirmLabel", { word: RESET_CONFIRMATION })}</Label>
        <Input id="reset-confirmation" value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" className="w-48" />
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={demo} onChange={(e) => setDemo(e.target.checked)} />
        {t("withDemo")}
      </label>
      <div className="flex flex-wrap gap-2">
        <Button size="sm" variant="destructive" disabled={pending || !confirmed} onClick={() => run(() => resetEmulator({ confirmation, demo }), t("done"), () => setTyped(""))}>
          {t("reset")}
        </Button>
        <Button size="sm" variant="outline" disabled={pending || !confirmed} onClick={() => run(() => seedEmulatorDemo({ confirmation }), t("seeded"), () => setTyped(""))}>
          {t("seedDemo")}
        </Button>
      </div>
    </section>
  );
}
