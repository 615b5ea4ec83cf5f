import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createConnection } from "@/lib/connections/store";
import type { DbHandle } from "@/lib/db/client";
import { openTestDb } from "@/lib/testing/test-db";
import { queryCardIndex, upsertCardIndex } from "./index-store";
import { toCardView, type CardView } from "./view";

let handle: DbHandle;
let connectionId: string;
let otherConnectionId: string;

beforeAll(async () => {
  handle = await openTestDb();
  const key = randomBytes(32).toString("base64");
  const make = (name: string) => createConnection(handle.db, key, { name, environment: "emulator", baseUrl: "http://x/api", clientId: "c", apiKey: "k" });
  connectionId = (await make("emu")).id;
  otherConnectionId = (await make("other")).id;
});
afterAll(() => handle.close());

const card = (id: string, last4: string, over: Partial<CardView> = {}): CardView => ({
  ...toCardView({
    card_id: id,
    card_number: `************${last4}`,
    card_bin: "40963608",
    card_status: "ACTIVE",
    card_currency: "USD",
    mode_type: "SHARE",
    card_product_id: "467e993f-317a-49fc-9ea0-bf49de7d1f76",
    available_balance: "1000",
    create_time: `2026-04-10T18:04:${last4.slice(-2)}+08:00`,
    cardholder: { cardholder_id: "h-1", first_name: "Alex", last_name: "Chen", email: "Alex.Chen@Example.com" },
  }),
  ...over,
});
const page = { page: 1, pageSize: 20 };

describe("card index", () => {
  it("finds cards by last 4, by cardholder email (any case) and by card id prefix, per connection", async () => {
    await upsertCardIndex(handle.db, connectionId, [card("aaaa1111-0000-4000-8000-000000000001", "1764"), card("bbbb2222-0000-4000-8000-000000000002", "5668")]);
    await upsertCardIndex(handle.db, otherConnectionId, [card("cccc3333-0000-4000-8000-000000000003", "1764")]);

    const byLast4 = await queryCardIndex(handle.db, connectionId, { ...page, q: "1764" });
    expect(byLast4.rows.map((r) => r.cardId)).toEqual(["aaaa1111-0000-4000-8000-000000000001"]);
    const byEmail = await queryCardIndex(handle.db, connectionId, { ...page, q: "ALEX.CHEN@example.COM" });
    expect(byEmail.total).toBe(2);
    const byId = await queryCardIndex(handle.db, connectionId, { ...page, q: "bbbb2222" });
    expect(byId.rows.map((r) => r.last4)).toEqual(["5668"]);
    const wildcard = await queryCardIndex(handle.db, connectionId, { ...page, q: "%" });
    expect(wildcard.total).toBe(2);
  });

  it("updates in place and keeps what a reduced entry does not carry", async () => {
    await upsertCardIndex(handle.db, connectionId, [card("aaaa1111-0000-4000-8000-000000000001", "1764", { status: "FROZEN", cardholder: null, availableBalance: "879.5" })]);
    const { rows } = await queryCardIndex(handle.db, connectionId, { ...page, q: "1764" });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: "FROZEN", availableBalance: "879.5", cardholderEmail: "alex.chen@example.com", cardholderName: "Alex Chen" });
  });

  it("takes a page naming one card twice in one statement, the later entry winning", async () => {
    const id = "dddd4444-0000-4000-8000-000000000004";
    await upsertCardIndex(handle.db, otherConnectionId, [card(id, "9001", { status: "ACTIVE" }), card(id, "9001", { status: "FROZEN" })]);
    const { rows } = await queryCardIndex(handle.db, otherConnectionId, { ...page, q: "9001" });
    expect(rows.map((r) => [r.cardId, r.status])).toEqual([[id, "FROZEN"]]);
  });

  it("filters by status, product and currency and pages", async () => {
    expect((await queryCardIndex(handle.db, connectionId, { ...page, status: "FROZEN" })).total).toBe(1);
    expect((await queryCardIndex(handle.db, connectionId, { ...page, currency: "SGD" })).total).toBe(0);
    expect((await queryCardIndex(handle.db, connectionId, { ...page, productId: "467e993f-317a-49fc-9ea0-bf49de7d1f76" })).total).toBe(2);
    const second = await queryCardIndex(handle.db, connectionId, { page: 2, pageSize: 1 });
    expect(second.rows).toHaveLength(1);
    expect(second.total).toBe(2);
  });

  it("leaves a row alone when the upsert would change nothing, and updates it when a value differs", async () => {
    const id = "eeee5555-0000-4000-8000-000000000005";
    const updatedAt = async () => (await queryCardIndex(handle.db, connectionId, { ...page, q: "eeee5555" })).rows[0].updatedAt.getTime();
    await upsertCardIndex(handle.db, connectionId, [card(id, "4242")]);
    const first = await updatedAt();
    await new Promise((r) => setTimeout(r, 5));
    await upsertCardIndex(handle.db, connectionId, [card(id, "4242")]);
    expect(await updatedAt()).toBe(first);
    await upsertCardIndex(handle.db, connectionId, [card(id, "4242", { status: "FROZEN" })]);
    expect(await updatedAt()).toBeGreaterThan(first);
    const { rows } = await queryCardIndex(handle.db, connectionId, { ...page, q: "eeee5555" });
    expect(rows[0].status).toBe("FROZEN");
  });
});
