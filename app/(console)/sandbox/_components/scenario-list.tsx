"use client";

import { Play } from "@/components/icons";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { toast } from "@/lib/toast";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { startScenarioRun } from "../actions";

export type ScenarioSummary = { name: string; title: string; seed: string | null; description: string; steps: number; sandboxSafe: number };

/** The built-in scenarios; "Run" starts one in the background and opens its live view. */
export function ScenarioList({ scenarios, isEmulator }: { scenarios: ScenarioSummary[]; isEmulator: boolean }) {
  const t = useTranslations("sandbox");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("scenarios.title")}</CardTitle>
        <CardDescription>{isEmulator ? t("scenarios.descriptionEmulator") : t("scenarios.descriptionSandbox")}</CardDescription>
      </CardHeader>
      <CardContent>
        <ul aria-label={t("scenarios.title")} className="grid gap-3">
          {scenarios.map((s) => (
            <li key={s.name} aria-label={s.title} className="flex flex-wrap items-start justify-between gap-3 rounded-md border p-3">
              <div className="grid min-w-0 flex-1 gap-1">
                <p className="flex flex-wrap items-center gap-2 font-medium">
                  {s.title}
                  {s.seed ? <Badge>{t("scenarios.seed", { seed: s.seed })}</Badge> : null}
                </p>
                <p className="text-sm text-muted-foreground">{s.description}</p>
                <p className="text-xs text-muted-foreground">
                  {t("scenarios.steps", { count: s.steps })} · {t("scenarios.sandboxSafe", { count: s.sandboxSafe })} ·{" "}
                  <code>npm run scenario -- {s.name}</code>
                </p>
              </div>
              <Button
                size="sm"
                disabled={pending}
                onClick={() =>
                  startTransition(async () => {
                    const result = await startScenarioRun({ scenario: s.name });
                    if (!result.ok) return void toast.error(result.message);
                    router.push(`/sandbox?run=${result.data.runId}`, { scroll: false });
                  })
                }
              >
                <Play aria-hidden /> {t("scenarios.run")}
              </Button>
            </li>
          ))}
        </ul>
      </CardContent>
    </Card>
  );
}
