import { randomInt, randomUUID } from "node:crypto";
import { yymmdd } from "./clock";

export const uuid = (): string => randomUUID();

const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

function randomCode(length: number): string {
  let out = "";
  for (let i = 0; i < length; i++) out += ALPHABET[randomInt(ALPHABET.length)];
  return out;
}

/** `T260412-2AHV51KO5U68` style short ids (api-reference 1.4). */
export function shortId(prefix: string, now: Date): string {
  return `${prefix}${yymmdd(now)}-${randomCode(12)}`;
}

function luhnCheckDigit(partial: string): string {
  let sum = 0;
  for (let i = 0; i < partial.length; i++) {
    let digit = Number(partial[partial.length - 1 - i]);
    if (i % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return String((10 - (sum % 10)) % 10);
}

/** A 16-digit PAN under the product's BIN with a valid Luhn digit. */
export function generatePan(bin: string): string {
  let body = bin;
  while (body.length < 15) body += String(randomInt(10));
  return body + luhnCheckDigit(body);
}

export function randomDigits(length: number): string {
  let out = "";
  for (let i = 0; i < length; i++) out += String(randomInt(10));
  return out;
}

export function isUuid(value: unknown): value is string {
  return typeof value === "string" && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
