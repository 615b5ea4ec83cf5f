"use client";

import { Eye, EyeOff } from "@/components/icons";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { ErrorGuidance } from "@/components/error-guidance";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { ActionFailure } from "@/lib/actions/result";
import { revealCardDetails } from "../actions";

type Details = { cardNumber: string; cvv: string; expireDate: string };

// Long enough to read or copy, short enough that a walked-away screen does not keep a PAN on show.
const REVEAL_SECONDS = 30;

/**
 * Admins only. Fetched by a server action on click (audited there), held in component state only,
 * never in the query cache, and dropped after 30 seconds.
 */
export function SecureDetails({ cardId }: { cardId: string }) {
  const t = useTranslations("cards.secure");
  const [details, setDetails] = useState<Details | null>(null);
  // A deadline, not a countdown of ticks: background tabs throttle timers, the wall clock does not stop.
  const [hideAt, setHideAt] = useState(0);
  const [now, setNow] = useState(0);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const left = Math.ceil((hideAt - now) / 1000);

  useEffect(() => {
    if (!details) return;
    const id = setInterval(() => {
      const t = Date.now();
      setNow(t);
      if (t >= hideAt) setDetails(null);
    }, 1000);
    return () => clearInterval(id);
  }, [details, hideAt]);

  const reveal = async () => {
    setBusy(true);
    setFailure(null);
    const result = await revealCardDetails({ card_id: cardId });
    setBusy(false);
    if (result.ok) {
      const t = Date.now();
      setNow(t);
      setHideAt(t + REVEAL_SECONDS * 1000);
      setDetails(result.data);
    } else setFailure(result);
  };

  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
        <CardDescription>{t("description", { seconds: REVEAL_SECONDS })}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-3 text-sm">
        {details ? (
          <>
            <dl className="grid grid-cols-[6rem_1fr] gap-1 font-mono" data-testid="secure-details">
              <dt className="font-sans text-muted-foreground">{t("pan")}</dt>
              <dd>{details.cardNumber}</dd>
              <dt className="font-sans text-muted-foreground">{t("cvv")}</dt>
              <dd>{details.cvv}</dd>
              <dt className="font-sans text-muted-foreground">{t("expiry")}</dt>
              <dd>{details.expireDate}</dd>
            </dl>
            <p className="text-xs text-muted-foreground" role="status">
              {t("hidingIn", { seconds: Math.max(left, 0) })}
            </p>
            <Button variant="outline" onClick={() => setDetails(null)}>
              <EyeOff aria-hidden /> {t("hide")}
            </Button>
          </>
        ) : (
          <Button variant="outline" onClick={reveal} disabled={busy}>
            <Eye aria-hidden /> {t("reveal")}
          </Button>
        )}
        <ErrorGuidance failure={failure} />
      </CardContent>
    </Card>
  );
}
