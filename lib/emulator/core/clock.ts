import { UQPAY_UTC_OFFSET_MINUTES } from "../fidelity";

/**
 * The emulated clock: real time plus an offset that tests push forward. Everything time-based
 * (token expiry, activation, the 30-day cancel wait, idempotency TTL) reads this clock.
 */
export class Clock {
  private offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  offsetSeconds(): number {
    return this.offsetMs / 1000;
  }

  advance(seconds: number): void {
    this.offsetMs += Math.round(seconds * 1000);
  }

  /** Only forward: moving back could re-open states that already transitioned. */
  advanceTo(target: Date): void {
    const delta = target.getTime() - this.now().getTime();
    if (delta > 0) this.offsetMs += delta;
  }

  reset(): void {
    this.offsetMs = 0;
  }

  /** Restores a persisted offset (it only ever grows, so timestamps never run backwards). */
  restore(offsetSeconds: number): void {
    this.offsetMs = Math.max(this.offsetMs, Math.round(offsetSeconds * 1000));
  }
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

function shifted(date: Date): Date {
  return new Date(date.getTime() + UQPAY_UTC_OFFSET_MINUTES * 60_000);
}

function offsetSuffix(): string {
  const sign = UQPAY_UTC_OFFSET_MINUTES >= 0 ? "+" : "-";
  const abs = Math.abs(UQPAY_UTC_OFFSET_MINUTES);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** `2024-03-21T17:17:32+08:00` — UQPAY's issuing timestamp style (api-reference 1.4). */
export function isoUqpay(date: Date): string {
  const d = shifted(date);
  return (
    `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}${offsetSuffix()}`
  );
}

/** `2024-05-09 15:52:23` — the zone-less cardholder style some REST answers use. */
export function spacedUqpay(date: Date): string {
  return isoUqpay(date).slice(0, 19).replace("T", " ");
}

/** `yymmdd` in UQPAY's zone, used inside short ids such as `T260412-2AHV51KO5U68`. */
export function yymmdd(date: Date): string {
  const d = shifted(date);
  return `${pad(d.getUTCFullYear() % 100)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}`;
}
