import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { parse } from "csv-parse/sync";
import Decimal from "decimal.js";
import { auditLog } from "@/lib/db/schema";
import { SEEDED } from "@/lib/emulator/seed-data";
import { bulkCardTransactions } from "@/lib/emulator/testing/bulk";
import { asSession } from "@/lib/testing/action-env";
import { openEmulatedConsole, type EmulatedConsole } from "@/lib/testing/console-world";

vi.mock("@/lib/auth", async () => (await import("@/lib/testing/action-env")).authModule);
vi.mock("next-auth", async () => (await import("@/lib/testing/action-env")).nextAuthModule);
vi.mock("next/headers", async () => (await import("@/lib/testing/action-env")).headersModule);
vi.mock("next/cache", async () => (await import("@/lib/testing/action-env")).cacheModule);
vi.mock("next-intl/server", async () => (await import("@/lib/testing/action-env")).intlModule);

// The export route through the real path: route handler → UQPAY client → emulator over HTTP,
// over 1,050 transactions (11 UQPAY pages), compared row by row with the emulator's own store.

let c: EmulatedConsole;
let cardId: string;
const TOTAL = 1_050;

beforeAll(async () => {
  c = await openEmulatedConsole();
  const h = c.harness;
  const holder = await h.post("/v1/issuing/cardholders", { first_name: "Ex", last_name: "Port", email: "export@example.com", country_code: "SG", phone_number: "81234567" });
  const card = await h.post("/v1/issuing/cards", { cardholder_id: holder.body.cardholder_id, card_product_id: SEEDED.products.visaShare, card_currency: "USD", card_limit: 100 });
  cardId = card.body.card_id as string;
  await bulkCardTransactions(h.emu.runtime.db, { cardId, count: TOTAL, days: 20 });
}, 120_000);
afterAll(() => c.close());

async function exportAs(role: "viewer" | null, query: string) {
  const { GET } = await import("./route");
  const { NextRequest } = await import("next/server");
  return asSession(role ? { id: c.users.viewer.id, role: "viewer", signedInAt: 1 } : null, async () => {
    const response = await GET(new NextRequest(`http://console.test/api/transactions/export?${query}`));
    return { response, text: response.ok ? await response.text() : "" };
  });
}

async function emulatorRows(status?: string) {
  const rows = await c.harness.emu.runtime.db.query<{ amount: string; status: string }>("SELECT amount::text, status FROM emu_card_txns WHERE card_id = $1::uuid", [cardId]);
  return rows.filter((r) => !status || r.status === status);
}

describe("GET /api/transactions/export", () => {
  it("streams every page of the filtered set, with the emulator's row count and totals", async () => {
    const { response, text } = await exportAs("viewer", `card=${cardId}&status=DECLINED`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/csv");
    expect(response.headers.get("x-export-scan-total")).toBe(String(TOTAL));
    const records = parse(text, { columns: true }) as Record<string, string>[];
    const expected = await emulatorRows("DECLINED");
    expect(records).toHaveLength(expected.length);
    expect(records.every((r) => r.transaction_status === "DECLINED" && r.card_id === cardId)).toBe(true);
    const sum = (xs: string[]) => xs.reduce((a, x) => a.plus(x), new Decimal(0)).toFixed(2);
    expect(sum(records.map((r) => r.transaction_amount))).toBe(sum(expected.map((r) => r.amount)));
    expect(new Set(records.map((r) => r.transaction_id)).size).toBe(records.length);
  });

  it("exports the whole window when no status is chosen, and audits the export with its row count", async () => {
    const { text } = await exportAs("viewer", `card=${cardId}`);
    expect((parse(text, { columns: true }) as unknown[]).length).toBe(TOTAL);
    await expect
      .poll(async () => (await c.db.select().from(auditLog)).filter((r) => r.action === "transactions.export" && r.outcome === "success").map((r) => r.details.rows))
      .toContain(TOTAL);
  });

  it("refuses an anonymous caller, and answers UQPAY's refusal as JSON, not a broken file", async () => {
    expect((await exportAs(null, "")).response.status).toBe(401);
    await c.harness.control("PUT", "/faults", { rules: [{ path: "/v1/issuing/transactions", kind: "error500" }] });
    try {
      const { response } = await exportAs("viewer", `card=${cardId}`);
      expect(response.status).toBe(502);
      expect(response.headers.get("content-type")).toContain("application/json");
    } finally {
      await c.harness.control("PUT", "/faults", { rules: [] });
    }
  }, 30_000);
});
