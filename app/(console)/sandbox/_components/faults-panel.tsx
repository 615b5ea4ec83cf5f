"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "@/lib/toast";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import type { FaultRule } from "@/lib/sandbox/emulator-control";
import { FAULT_PRESET_NAMES } from "@/lib/sandbox/presets";
import { applyFaultPreset, setEmulatorFaults } from "../actions";
import { useControlAction } from "./use-control-action";

const withoutCounters = (rules: FaultRule[]) => rules.map(({ id: _id, fired: _fired, ...rule }) => rule);

/** Fault rules: presets in one click, or the rules as JSON (the emulator's own format). */
export function FaultsPanel({ rules }: { rules: FaultRule[] }) {
  const t = useTranslations("sandbox.faults");
  const { pending, run } = useControlAction();
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? JSON.stringify(withoutCounters(rules), null, 2);
  return (
    <section aria-label={t("title")} className="grid gap-2">
      <h3 className="font-medium">{t("title")}</h3>
      <div className="flex flex-wrap gap-2">
        {FAULT_PRESET_NAMES.map((preset) => (
          <Button key={preset} size="sm" variant="outline" disabled={pending} onClick={() => run(() => applyFaultPreset({ preset }), t("applied"), () => setDraft(null))}>
            {t(`presets.${preset}`)}
          </Button>
        ))}
        <Button size="sm" variant="ghost" disabled={pending || rules.length === 0} onClick={() => run(() => setEmulatorFaults({ rules: [] }), t("cleared"), () => setDraft(null))}>
          {t("clear")}
        </Button>
      </div>
      <ul data-testid="fault-rules" className="grid gap-0.5 font-mono text-xs">
        {rules.length === 0 ? <li className="font-sans text-muted-foreground">{t("none")}</li> : null}
        {rules.map((r) => (
          <li key={r.id}>
            {t("rule", { kind: r.kind, method: r.method ?? "*", path: r.path, probability: r.probability ?? 1, fired: r.fired ?? 0 })}
          </li>
        ))}
      </ul>
      <form
        className="grid gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          let parsed: unknown;
          try {
            parsed = JSON.parse(text);
          } catch {
            return void toast.error(t("invalidJson"));
          }
          void run(() => setEmulatorFaults({ rules: parsed as never }), t("applied"), () => setDraft(null));
        }}
      >
        <Label htmlFor="fault-rules-json">{t("editor")}</Label>
        <textarea
          id="fault-rules-json"
          value={text}
          onChange={(e) => setDraft(e.target.value)}
          rows={6}
          spellCheck={false}
          className="rounded-md border bg-background p-2 font-mono text-xs"
        />
        <Button size="sm" type="submit" disabled={pending} className="justify-self-start">
          {t("applyRules")}
        </Button>
      </form>
    </section>
  );
}
