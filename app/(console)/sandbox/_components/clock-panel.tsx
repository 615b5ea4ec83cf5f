"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { EmulatorClock } from "@/lib/sandbox/emulator-control";
import { advanceEmulatorClock } from "../actions";
import { useControlAction } from "./use-control-action";

const STEPS = [
  { key: "hour", seconds: 60 * 60 },
  { key: "day", seconds: 24 * 60 * 60 },
  { key: "thirtyDays", seconds: 30 * 24 * 60 * 60 },
] as const;

/** The emulated clock: UQPAY's timestamp, how far it runs ahead, and buttons to move it on. */
export function ClockPanel({ clock }: { clock: EmulatorClock }) {
  const t = useTranslations("sandbox.clock");
  const { pending, run } = useControlAction();
  const [to, setTo] = useState("");
  const aheadDays = Math.floor(clock.offset_seconds / 86_400);
  return (
    <section aria-label={t("title")} className="grid gap-2">
      <h3 className="font-medium">{t("title")}</h3>
      <p className="text-sm">
        <span className="font-mono" data-testid="emulator-clock">
          {clock.now_uqpay}
        </span>{" "}
        <span className="text-muted-foreground">{t("ahead", { days: aheadDays })}</span>
      </p>
      <div className="flex flex-wrap gap-2">
        {STEPS.map((s) => (
          <Button key={s.key} size="sm" variant="outline" disabled={pending} onClick={() => run(() => advanceEmulatorClock({ seconds: s.seconds }), t("advanced"))}>
            {t(`advance.${s.key}`)}
          </Button>
        ))}
      </div>
      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          if (to) void run(() => advanceEmulatorClock({ to }), t("advanced"));
        }}
      >
        <div className="grid gap-1">
          <Label htmlFor="clock-to">{t("toDate")}</Label>
          <Input id="clock-to" type="date" value={to} onChange={(e) => setTo(e.target.value)} className="w-44" />
        </div>
        <Button size="sm" variant="outline" type="submit" disabled={pending || !to}>
          {t("advanceTo")}
        </Button>
      </form>
    </section>
  );
}
