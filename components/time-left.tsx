"use client";

import { useEffect, useState } from "react";
import { fill } from "@/lib/i18n/fill";

function parts(ms: number) {
  const total = Math.max(0, Math.floor(ms / 1000));
  return { hours: Math.floor(total / 3600), minutes: Math.floor((total % 3600) / 60), seconds: total % 60 };
}

/**
 * Countdown with its words from the server: time left until a deadline (an IDV link's or a QR
 * code's expiry), ticking every second. `text.left` has {hours}, {minutes} and {seconds}.
 */
export function TimeLeft({ until, text }: { until: string; text: { left: string; expired: string } }) {
  const deadline = Date.parse(until);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, []);
  if (Number.isNaN(deadline)) return null;
  const left = deadline - now;
  if (left <= 0) return <span className="text-destructive">{text.expired}</span>;
  const { hours, minutes, seconds } = parts(left);
  return (
    <time dateTime={new Date(deadline).toISOString()} className="tabular-nums" suppressHydrationWarning>
      {fill(text.left, { hours, minutes: String(minutes).padStart(2, "0"), seconds: String(seconds).padStart(2, "0") })}
    </time>
  );
}
