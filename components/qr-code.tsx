"use client";

import { QRCodeSVG } from "qrcode.react";

/** A scannable QR code of `value`; pages load it on demand (qr-code-on-demand) so other routes stay light. */
export default function QrCode({ value, label, size = 192 }: { value: string; label: string; size?: number }) {
  return <QRCodeSVG value={value} size={size} marginSize={2} role="img" aria-label={label} title={label} className="rounded-md bg-white" />;
}
