import { useTranslations } from "next-intl";
import { EnvironmentBadge } from "@/components/environment-badge";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { ConnectionView } from "@/lib/connections/store";
import type { IslandText } from "@/lib/i18n/fill";
import type { ConnectionIcons } from "./connection-actions";
import { ConnectionActions } from "./islands";

export function ConnectionCard({ connection: c, text, icons }: { connection: ConnectionView; text: IslandText; icons: ConnectionIcons }) {
  const t = useTranslations("connections");
  const rows: [string, string][] = [
    [t("baseUrl"), c.baseUrl],
    [t("clientId"), c.clientId],
    [t("apiKey"), `•••• ${c.apiKeyLast4}`],
    [t("webhookSecret"), c.webhookSecretLast4 ? `•••• ${c.webhookSecretLast4}` : t("notSet")],
    [t("onBehalfOf"), c.onBehalfOf ?? t("mainAccount")],
    [t("webhookUrl"), `/api/webhooks/uqpay/${c.id}`],
  ];
  return (
    <Card aria-label={c.name} role="region" className={c.isActive ? "ring-2 ring-primary/40" : undefined}>
      <CardHeader className="flex-row items-center justify-between">
        <CardTitle className="flex items-center gap-2">
          {c.name}
          <EnvironmentBadge environment={c.environment} />
          {c.isActive ? <Badge tone="success">{t("active")}</Badge> : null}
        </CardTitle>
      </CardHeader>
      <CardContent className="grid gap-4">
        <dl className="grid grid-cols-[9rem_1fr] gap-x-3 gap-y-1.5 text-sm">
          {rows.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="text-muted-foreground">{label}</dt>
              <dd className="truncate font-mono text-xs leading-5">{value}</dd>
            </div>
          ))}
        </dl>
        <ConnectionActions connection={c} text={text} icons={icons} />
      </CardContent>
    </Card>
  );
}
