import fc from "fast-check";

/** Strings an attacker (or a confused client) sends: markup, huge, odd unicode, control bytes, injections. */
export const MALICIOUS_STRINGS = [
  "<script>alert(1)</script>",
  "\"><img src=x onerror=alert(1)>",
  "<svg/onload=alert(1)>",
  "javascript:alert(1)",
  "'; drop table users; --",
  "${7*7}{{7*7}}",
  "__proto__",
  "constructor",
  "\u0000\u0001\u001f",
  "\u202eevil\u202c",
  "\u200b\u200d\ufeff",
  "🦄".repeat(500),
  "Ａｄｍｉｎ",
  "a".repeat(100_000),
  " ",
  "",
  "../../etc/passwd",
  "%00",
  "null",
  "NaN",
];

/** Amounts that must never become money: negative, over-precise, exponent, locale, overflow, not numbers. */
export const MALICIOUS_AMOUNTS = [
  "-1", "-0.01", "0", "0.001", "10.005", "1e3", "1E-2", "0x10", "1,000.00", "1 000", "١٢٣", "10.", ".5", "+5",
  "99999999999999999999999999.99", "9".repeat(400), "Infinity", "NaN", "10.00\u0000", " 10.00 ", "1_000",
];

const prototypeObjects = [
  JSON.parse('{"__proto__":{"polluted":"yes"}}') as unknown,
  JSON.parse('{"constructor":{"prototype":{"polluted":"yes"}}}') as unknown,
  { toString: "x", valueOf: "y", hasOwnProperty: "z" },
];

/** Any value of a wrong type, including prototype-polluting objects. */
export const wrongType = fc.oneof(
  fc.constantFrom<unknown>(null, undefined, true, false, 0, -1, 1e308, Number.NaN, Number.POSITIVE_INFINITY, -0, [], {}, [[]], ...prototypeObjects),
  fc.integer(),
  fc.double(),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.object({ maxDepth: 2 }),
);

export const hostileString = fc.oneof(
  fc.constantFrom(...MALICIOUS_STRINGS, ...MALICIOUS_AMOUNTS),
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.string({ maxLength: 40 }).map((s) => `<script>${s}</script>`),
  fc.integer({ min: 1, max: 5 }).map((n) => "x".repeat(n * 20_000)),
);

/** One hostile value of any kind. */
export const hostileValue = fc.oneof({ weight: 3, arbitrary: hostileString }, { weight: 2, arbitrary: wrongType });

/** A base input with one (possibly nested) field replaced, removed, or an unknown key added. */
export function mutate(base: Record<string, unknown>): fc.Arbitrary<unknown> {
  const paths = leafPaths(base);
  const replace = fc.tuple(fc.constantFrom(...paths), hostileValue).map(([path, value]) => setPath(base, path, value));
  const remove = fc.constantFrom(...paths).map((path) => setPath(base, path, undefined, true));
  const extra = fc.tuple(fc.constantFrom("__proto__", "constructor", "prototype", "role", "isAdmin", "x".repeat(1000)), hostileValue)
    .map(([key, value]) => Object.assign(JSON.parse(JSON.stringify(base)) as Record<string, unknown>, JSON.parse(`{${JSON.stringify(key)}:${JSON.stringify(value ?? null) ?? "null"}}`)));
  const whole = wrongType;
  return fc.oneof({ weight: 6, arbitrary: replace }, { weight: 1, arbitrary: remove }, { weight: 1, arbitrary: extra }, { weight: 1, arbitrary: whole });
}

function leafPaths(value: unknown, prefix: string[] = []): string[][] {
  if (value && typeof value === "object" && !Array.isArray(value)) {
    const out: string[][] = prefix.length ? [prefix] : [];
    for (const [k, v] of Object.entries(value)) out.push(...leafPaths(v, [...prefix, k]));
    return out;
  }
  return [prefix];
}

function setPath(base: Record<string, unknown>, path: string[], value: unknown, remove = false): Record<string, unknown> {
  const copy = structuredClone(base);
  let node: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  const last = path[path.length - 1];
  if (remove) delete node[last];
  else node[last] = value;
  return copy;
}
