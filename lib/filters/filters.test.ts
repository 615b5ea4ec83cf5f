import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseBalanceMovementQuery } from "@/lib/schemas/balances";
import { parseCardFilters } from "@/lib/schemas/card-filters";
import { parseTransactionView } from "@/lib/schemas/transactions";
import { readBalanceMovementQuery } from "./balances";
import { readCardFilters } from "./cards";
import { readTransactionView } from "./transactions";

// The browser reads list URLs without zod; it must read them as the server's zod schemas do.
const value = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom("", " ", "ACTIVE", "FROZEN", "DECLINED", "APPROVED", "AUTHORIZATION", "deposit", " usd ", "USD", "SGDX", "A", "a_b c"),
  fc.constantFrom("0", "1", "2", "-1", "1.5", "1e3", "0x10", " 7 ", "10000", "10001", "100000", "100001", "NaN", "Infinity"),
  fc.constantFrom("2026-01-01", "2026-04-30", "2025-12-31", "2026-1-1", "01/02/2026", "2026-02-30"),
  fc.uuid({ version: [4, 7] }),
  fc.constantFrom("00000000-0000-0000-0000-000000000000", "0C9D8F5E-2B0A-4F7E-9D43-1C1F6C1F3A11", "0c9d8f5e-2b0a-0f7e-9d43-1c1f6c1f3a11"),
  fc.string({ minLength: 95, maxLength: 110 }).map((s) => ` ${s} `),
);
const keys = ["q", "status", "type", "card", "cardholder_id", "product_id", "currency", "from", "to", "page"];
const urls = fc.dictionary(fc.constantFrom(...keys), value).map((entries) => new URLSearchParams(entries));
const same = (a: object, b: object) => expect(JSON.parse(JSON.stringify(a))).toEqual(JSON.parse(JSON.stringify(b)));

describe("list filters read in the browser", () => {
  it("read /cards URLs as the server does", () => {
    fc.assert(
      fc.property(urls, (params) => {
        same(readCardFilters(params), parseCardFilters(params));
      }),
      { numRuns: 3000 },
    );
  });

  it("read /transactions URLs as the server does", () => {
    fc.assert(
      fc.property(urls, (params) => {
        same(readTransactionView(params), parseTransactionView(params));
      }),
      { numRuns: 3000 },
    );
  });

  it("read /balances URLs as the server does", () => {
    fc.assert(
      fc.property(urls, (params) => {
        same(readBalanceMovementQuery(params), parseBalanceMovementQuery(params));
      }),
      { numRuns: 3000 },
    );
  });

  it("read Next's record of search params too", () => {
    const record = { q: [" a "], page: "3", status: "FROZEN", currency: "usd" };
    same(readCardFilters(record), parseCardFilters(record));
    same(readBalanceMovementQuery(record), parseBalanceMovementQuery(record));
  });
});
