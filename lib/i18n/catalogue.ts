import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Locale } from "./config";

export type Messages = Record<string, unknown>;

const cache = new Map<Locale, Messages>();

/**
 * The files of a locale's catalogue, messages/<locale>/<file>.json: each feature keeps its strings
 * in its own file. Listed so the bundler can import them (see bundled.ts); a test checks the list
 * against the folders.
 */
export const CATALOGUE_FILES = [
  "audit", "auth", "balances", "cardholders", "cards", "common", "connections", "overview",
  "payments", "products", "required-fields", "sandbox", "timeline", "transactions", "webhooks",
] as const;

/** Merges a locale's files by top-level namespace; a namespace may appear in only one file. */
export function mergeCatalogue(locale: Locale, parts: [file: string, part: Messages][]): Messages {
  const merged: Messages = {};
  for (const [file, part] of parts) {
    for (const [namespace, value] of Object.entries(part)) {
      if (namespace in merged) throw new Error(`messages/${locale}/${file}: namespace "${namespace}" is already defined in another file`);
      merged[namespace] = value;
    }
  }
  return merged;
}

/** Every JSON file in messages/<locale>/, read from disk (tests and scripts; pages use bundled.ts). */
export function loadMessages(locale: Locale, root = path.join(/*turbopackIgnore: true*/ process.cwd(), "messages")): Messages {
  const cached = cache.get(locale);
  if (cached) return cached;
  const dir = path.join(/*turbopackIgnore: true*/ root, locale);
  const files = readdirSync(/*turbopackIgnore: true*/ dir).filter((f) => f.endsWith(".json")).sort();
  const merged = mergeCatalogue(locale, files.map((file) => [file, JSON.parse(readFileSync(/*turbopackIgnore: true*/ path.join(dir, file), "utf8")) as Messages]));
  cache.set(locale, merged);
  return merged;
}
