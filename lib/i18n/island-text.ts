import "server-only";
import { getMessages, getTranslations } from "next-intl/server";
import type { IslandText } from "./fill";

type Node = unknown;

// The simple arguments of a message, or null when it has others (plural, select, number, date) or
// rich text. The build's compiled messages are a string or a list of parts: literal strings,
// ["name"] for a simple argument, longer arrays for the rest. Uncompiled (tests) are ICU text.
function argumentsOf(message: Node): Set<string> | null {
  const found = new Set<string>();
  if (typeof message === "string") {
    if (/<\w/.test(message)) return null;
    for (const match of message.matchAll(/\{(\w+)([,}])/g)) {
      if (match[2] === ",") return null;
      found.add(match[1]);
    }
    return found;
  }
  if (!Array.isArray(message)) return found;
  for (const part of message) {
    if (typeof part === "string") continue;
    if (Array.isArray(part) && part.length === 1 && typeof part[0] === "string") found.add(part[0]);
    else return null;
  }
  return found;
}

function leaves(node: Node, base: string, out: [string, Node][]) {
  if (node !== null && typeof node === "object" && !Array.isArray(node)) {
    for (const [key, child] of Object.entries(node)) leaves(child, base ? `${base}.${key}` : key, out);
  } else out.push([base, node]);
  return out;
}

/**
 * The messages of a catalogue namespace (null: the whole catalogue), or only `keys` of it and the
 * messages under them, translated for a client island (keys relative to the namespace), each
 * simple argument left as its `{name}` placeholder for fill() (lib/i18n/fill.ts). Messages with
 * plurals or rich text are left out: render those on the server.
 */
export async function islandText(namespace: string | null, keys?: readonly string[]): Promise<IslandText> {
  const [t, messages] = await Promise.all([namespace ? getTranslations(namespace) : getTranslations(), getMessages()]);
  const root = (namespace ?? "").split(".").filter(Boolean).reduce<Node>((node, key) => (node as Record<string, Node> | undefined)?.[key], messages);
  const wanted = keys ? new Set(keys) : null;
  const text: IslandText = {};
  for (const [key, message] of leaves(root, "", [])) {
    if (wanted && !wanted.has(key) && ![...wanted].some((w) => key.startsWith(`${w}.`))) continue;
    const args = argumentsOf(message);
    if (!args) continue;
    text[key] = (t as unknown as (key: string, values?: Record<string, string>) => string)(key, Object.fromEntries([...args].map((a) => [a, `{${a}}`])));
  }
  return text;
}
