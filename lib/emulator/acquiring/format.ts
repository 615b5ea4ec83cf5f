import { randomBytes } from "node:crypto";
import { isoUqpay } from "../core/clock";
import { randomDigits } from "../core/ids";
import { ID_PREFIX, REST_TIME_MILLIS, WEBHOOK_TIME_MILLIS } from "./fidelity";

/** `PI2013833849980588032`: prefix + 19 digits, snowflake-looking (leading 20). */
export function acqId(kind: keyof typeof ID_PREFIX): string {
  return `${ID_PREFIX[kind]}20${randomDigits(17)}`;
}

export function clientSecret(intentId: string): string {
  return `${intentId}_secret_${randomBytes(12).toString("hex")}`;
}

/** `2026-01-21T13:15:22.456+08:00` (with millis) or `2025-06-13T16:18:14+08:00`. */
export function acqTime(date: Date | string | null | undefined, millis: boolean): string | null {
  if (date === null || date === undefined) return null;
  const d = new Date(date);
  const base = isoUqpay(d);
  if (!millis) return base;
  return `${base.slice(0, 19)}.${String(d.getUTCMilliseconds()).padStart(3, "0")}${base.slice(19)}`;
}

export const restTime = (date: Date | string | null | undefined) => acqTime(date, REST_TIME_MILLIS);
export const hookTime = (date: Date | string | null | undefined) => acqTime(date, WEBHOOK_TIME_MILLIS);
