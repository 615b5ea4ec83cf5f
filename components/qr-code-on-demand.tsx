"use client";

import { lazy, Suspense, type ComponentProps } from "react";

const QrCode = lazy(() => import("@/components/qr-code"));

/** The QR code, its library loaded only when a page shows one (a wallet payment waiting for a scan). */
export function QrCodeOnDemand(props: ComponentProps<typeof QrCode>) {
  return (
    <Suspense fallback={<div className="size-48 animate-pulse rounded-md bg-muted" aria-hidden />}>
      <QrCode {...props} />
    </Suspense>
  );
}
