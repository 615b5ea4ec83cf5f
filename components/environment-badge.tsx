import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { ConnectionEnvironment } from "@/lib/schemas/connections";

// Production is red everywhere it appears, so nobody mistakes it for a sandbox.
const TONES = { production: "danger", sandbox: "warning", emulator: "info", custom: "neutral" } as const;

export function EnvironmentBadge({ environment, className }: { environment: ConnectionEnvironment; className?: string }) {
  const t = useTranslations("connections.environments");
  return (
    <Badge tone={TONES[environment]} className={className}>
      {t(environment)}
    </Badge>
  );
}
