"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";

function parts(ms: number) {
  const total = Math.max(0, Math.floor(ms / 1000));
  return { hours: Math.floor(total / 3600), minutes: Math.floor((total % 3600) / 60), seconds: total % 60 };
}

/** Time left until a deadline (an IDV link's expiry), ticking every second; says when it has passed. */
export function Countdown({ until }: { until: string }) {
  const t = useTranslations("cards.countdown");
  const deadline = Date.parse(until);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, []);
  if (Number.isNaN(deadline)) return null;
  const left = deadline - now;
  if (left <= 0) return <span className="text-destructive">{t("expired")}</span>;
  const { hours, minutes, seconds } = parts(left);
  return (
    <time dateTime={new Date(deadline).toISOString()} className="tabular-nums" suppressHydrationWarning>
      {t("left", { hours, minutes: String(minutes).padStart(2, "0"), seconds: String(seconds).padStart(2, "0") })}
    </time>
  );
}
