import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Locale } from "./config";

export type Messages = Record<string, unknown>;

const cache = new Map<Locale, Messages>();

/**
 * A locale's catalogue is every JSON file in messages/<locale>/, merged by top-level namespace:
 * each feature keeps its strings in its own file, and a namespace may appear in only one file.
 */
export function loadMessages(locale: Locale, root = path.join(/*turbopackIgnore: true*/ process.cwd(), "messages")): Messages {
  const cached = cache.get(locale);
  if (cached) return cached;
  const dir = path.join(/*turbopackIgnore: true*/ root, locale);
  const merged: Messages = {};
  for (const file of readdirSync(/*turbopackIgnore: true*/ dir).filter((f) => f.endsWith(".json")).sort()) {
    const part = JSON.parse(readFileSync(/*turbopackIgnore: true*/ path.join(dir, file), "utf8")) as Messages;
    for (const [namespace, value] of Object.entries(part)) {
      if (namespace in merged) throw new Error(`messages/${locale}/${file}: namespace "${namespace}" is already defined in another file`);
      merged[namespace] = value;
    }
  }
  cache.set(locale, merged);
  return merged;
}
