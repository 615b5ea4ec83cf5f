import fc from "fast-check";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { SEEDED } from "./seed-data";
import { checkBooks } from "./testing/books";
import { Harness } from "./testing/harness";

const P = SEEDED.products;
let h: Harness;
beforeAll(async () => {
  h = await Harness.start();
}, 60_000);
afterAll(() => h.close());
beforeEach(() => h.reset());

const books = () => checkBooks(h.emu.runtime.db, SEEDED.accountId);
const issuing = async (currency = "USD") => (await h.post("/v1/issuing/balances", { currency }, null)).body.available_balance;
const card = (id: string) => h.get(`/v1/issuing/cards/${id}`).then((r) => r.body);

describe("issuing balances", () => {
  it("retrieves by currency, lists, and refuses unknown currencies", async () => {
    const usd = await h.post("/v1/issuing/balances", { currency: "USD" }, null);
    expect(usd.body).toMatchObject({ currency: "USD", available_balance: "100000.00", margin_balance: "0.00", frozen_balance: "0.00", balance_status: "ACTIVE" });
    const list = await h.get<{ data: { currency: string }[]; total_items: number }>("/v1/issuing/balances");
    expect(list.body.data.map((b) => b.currency)).toEqual(["USD", "SGD"]);
    expect((await h.get("/v1/issuing/balances?currency=SGD")).body.total_items).toBe(1);
    expect((await h.post("/v1/issuing/balances", { currency: "EUR" }, null)).body).toMatchObject({ type: "account_error", code: "account_balance_error" });
  });

  it("lists balance transactions with filters", async () => {
    const id = await h.card(P.visaSingle, { card_limit: 100 });
    await h.post(`/v1/issuing/cards/${id}/recharge`, { amount: 50 });
    const all = await h.get<{ data: Record<string, unknown>[]; total_items: number }>("/v1/issuing/balances/transactions");
    expect(all.body.total_items).toBe(4);
    expect(all.body.data[0]).toMatchObject({ transaction_type: "CARD_RECHARGE", amount: "-50.00", ending_balance: "99850.00", transaction_status: "COMPLETED", currency: "USD" });
    expect((await h.get("/v1/issuing/balances/transactions?transaction_type=DEPOSIT")).body.total_items).toBe(2);
    expect((await h.get("/v1/issuing/balances/transactions?currency=SGD")).body.total_items).toBe(1);
    const txnId = all.body.data[1].transaction_id as string;
    expect((await h.get(`/v1/issuing/balances/transactions?transaction_id=${txnId}`)).body.total_items).toBe(1);
    expect((await h.get("/v1/issuing/balances/transactions?transaction_type=NOPE")).status).toBe(400);
    expect((await h.get("/v1/issuing/balances/transactions?start_time=2026-01-01T00:00:00%2B08:00&end_time=2026-06-01T00:00:00%2B08:00")).status).toBe(400);
  });
});

describe("recharge and withdraw", () => {
  it("moves money between the issuing balance and a SINGLE card", async () => {
    const id = await h.card(P.visaSingle, { card_limit: 100 });
    const recharge = await h.post(`/v1/issuing/cards/${id}/recharge`, { amount: 25.5 });
    expect(recharge.body).toMatchObject({ card_id: id, order_type: "CARD_RECHARGE", amount: "25.50", card_currency: "USD", order_status: "SUCCESS" });
    expect((await card(id)).available_balance).toBe("125.50");
    const withdraw = await h.post(`/v1/issuing/cards/${id}/withdraw`, { amount: "20" });
    expect(withdraw.body).toMatchObject({ order_type: "CARD_WITHDRAW", amount: "20.00" });
    expect((await card(id)).available_balance).toBe("105.50");
    expect(await issuing()).toBe("99894.50");
    const order = await h.get(`/v1/issuing/cards/${withdraw.body.card_order_id}/order`);
    expect(order.body).toMatchObject({ order_type: "CARD_WITHDRAW", order_status: "SUCCESS" });
    expect(await books()).toEqual([]);
  });

  it("answers each rule with its envelope B message", async () => {
    const single = await h.card(P.visaSingle, { card_limit: 100 });
    const share = await h.card(P.visaShare);
    const r = (id: string, amount: unknown) => h.post(`/v1/issuing/cards/${id}/recharge`, { amount });
    const w = (id: string, amount: unknown) => h.post(`/v1/issuing/cards/${id}/withdraw`, { amount });
    expect((await r(single, 0)).body).toEqual({ code: 400, message: "Recharge amount is invalid" });
    expect((await r(single, 1.005)).body).toMatchObject({ message: "Recharge amount is invalid" });
    expect((await w(single, -3)).body).toMatchObject({ message: "Withdraw amount is invalid" });
    expect((await w(single, 100.01)).body).toMatchObject({ message: "Card available limit insufficient" });
    expect((await r(single, 100_000)).body).toMatchObject({ message: "Insufficient balance" });
    expect((await r(share, 10)).body).toMatchObject({ message: "The card currently does not support recharge" });
    expect((await w(share, 10)).body).toMatchObject({ message: "Card withdraw not support" });
    expect((await r(crypto.randomUUID(), 10)).body).toMatchObject({ code: "card_not_found" });
    await h.post(`/v1/issuing/cards/${single}/status`, { card_status: "FROZEN" });
    expect((await r(single, 10)).body).toMatchObject({ message: "The card is not active." });
    const oneTime = await h.card(P.visaSingle, { card_limit: 10, usage_type: "ONE_TIME", auto_cancel_trigger: "ON_AUTH" });
    expect((await r(oneTime, 10)).body).toMatchObject({ message: "This operation cannot be performed on One-Time Card." });
    expect(await books()).toEqual([]);
  });

  it("returns a cancelled SINGLE card's funds after the 30-day wait", async () => {
    const id = await h.card(P.visaSingle, { card_limit: 300 });
    await h.authorize(id, 100);
    expect(await issuing()).toBe("99700.00");
    await h.post(`/v1/issuing/cards/${id}/status`, { card_status: "CANCELLED" });
    expect(await issuing()).toBe("99700.00");
    await h.advance(30 * 24 * 3600 + 1);
    await h.login();
    expect((await card(id)).card_status).toBe("CANCELLED");
    expect(await issuing()).toBe("99900.00");
    const refund = await h.get<{ data: Record<string, unknown>[] }>("/v1/issuing/balances/transactions?transaction_type=CARD_WITHDRAW");
    expect(refund.body.data[0]).toMatchObject({ amount: "200.00", description: "Card cancellation refund" });
    expect(await books()).toEqual([]);
  });
});

describe("simulator", () => {
  it("authorises on a SHARE card against the issuing balance, and reverses", async () => {
    const id = await h.card(P.visaShare, { card_limit: 500 });
    const auth = await h.authorize(id, 120.25);
    expect(auth.body).toMatchObject({ transaction_type: "AUTHORIZATION", transaction_status: "APPROVED", transaction_amount: "120.25", billing_amount: "120.25", card_available_balance: "379.75", merchant_data: { category_code: "5734" } });
    expect(auth.body.card_number).toMatch(/^40963608\*{4}\d{4}$/);
    expect(await card(id)).toMatchObject({ available_balance: "379.75", consumed_amount: "120.25" });
    expect(await issuing()).toBe("99879.75");
    const rev = await h.post("/v1/simulation/issuing/reversal", { transaction_id: auth.body.transaction_id });
    expect(rev.body).toMatchObject({ transaction_type: "REVERSAL", original_transaction_id: auth.body.transaction_id, card_available_balance: "500.00" });
    expect((await h.post("/v1/simulation/issuing/reversal", { transaction_id: auth.body.transaction_id })).body).toEqual({ code: 400, message: "Card reversal transaction is error" });
    const list = await h.get<{ total_items: number }>(`/v1/issuing/transactions?card_id=${id}`);
    expect(list.body.total_items).toBe(2);
    expect((await h.get(`/v1/issuing/transactions/${auth.body.transaction_id}`)).body).toMatchObject({ transaction_id: auth.body.transaction_id });
    const missing = crypto.randomUUID();
    expect((await h.get(`/v1/issuing/transactions/${missing}`)).body).toEqual({
      type: "invalid_request_error", code: "invalid_request_error", message: `transaction[${missing}] not found under the connected account`,
    });
    expect(await books()).toEqual([]);
  });

  it("a ONE_TIME card with ON_AUTH is cancelled by its first approved authorisation", async () => {
    const id = await h.card(P.visaSingle, { card_limit: 50, usage_type: "ONE_TIME", auto_cancel_trigger: "ON_AUTH" });
    expect((await h.authorize(id, 60)).body.transaction_status).toBe("DECLINED");
    expect((await card(id)).card_status).toBe("ACTIVE");
    expect((await h.authorize(id, 20)).body.transaction_status).toBe("APPROVED");
    expect(await card(id)).toMatchObject({ card_status: "PRE_CANCEL", update_reason: "auto cancelled on authorization" });
    await h.advance(31 * 24 * 3600);
    await h.login();
    expect((await card(id)).card_status).toBe("CANCELLED");
    expect(await issuing()).toBe("99980.00");
    expect(await books()).toEqual([]);
  });

  it("only BIN 40963608, MCC 5734, matching currency; declines inactive cards and overspend", async () => {
    const share = await h.card(P.visaShare, { card_limit: 100 });
    const mc = await h.card(P.mastercard, { card_limit: 100 });
    expect((await h.authorize(mc, 10)).body).toEqual({ code: 400, message: "Card does not exists" });
    expect((await h.authorize(share, 10, { merchant_category_code: "5812" })).body).toEqual({ code: 400, message: "MCC is error" });
    expect((await h.authorize(share, 10, { transaction_currency: "SGD" })).body).toEqual({ code: 400, message: "Card authorize transaction is error" });
    const over = await h.authorize(share, 100.01);
    expect(over.body).toMatchObject({ transaction_status: "DECLINED", failure_reason: "1116 - Insufficient funds" });
    await h.post(`/v1/issuing/cards/${share}/status`, { card_status: "FROZEN" });
    expect((await h.authorize(share, 1)).body).toMatchObject({ transaction_status: "DECLINED", failure_reason: "1078 - Card is not active" });
    await h.post(`/v1/issuing/cards/${share}/status`, { card_status: "ACTIVE" });
    await h.post(`/v1/issuing/cards/${share}`, { risk_controls: { blocked_mcc: ["5734"] } });
    expect((await h.authorize(share, 1)).body).toEqual({ code: 400, message: "Restrict config error" });
    expect(await books()).toEqual([]);
  });
});

type Op =
  | { kind: "share" | "single"; amount: number }
  | { kind: "recharge" | "withdraw" | "auth"; card: number; amount: number }
  | { kind: "reverse"; txn: number }
  | { kind: "freeze" | "unfreeze" | "cancel"; card: number }
  | { kind: "advance"; days: number };

const amount = fc.integer({ min: 1, max: 60_000 }).map((cents) => cents / 100);
const index = fc.nat(20);
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constantFrom("share" as const, "single" as const), amount }),
  fc.record({ kind: fc.constantFrom("recharge" as const, "withdraw" as const, "auth" as const), card: index, amount }),
  fc.record({ kind: fc.constant("reverse" as const), txn: index }),
  fc.record({ kind: fc.constantFrom("freeze" as const, "unfreeze" as const, "cancel" as const), card: index }),
  fc.record({ kind: fc.constant("advance" as const), days: fc.integer({ min: 1, max: 40 }) }),
);

describe("books", () => {
  it("random sequences of operations keep the books balanced", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 5, maxLength: 25 }), async (ops) => {
        await h.reset();
        const cards: string[] = [];
        const txns: string[] = [];
        const pick = <T,>(list: T[], i: number) => (list.length ? list[i % list.length] : undefined);
        for (const o of ops) {
          if (o.kind === "share" || o.kind === "single") {
            const id = await h.card(o.kind === "share" ? P.visaShare : P.visaSingle, { card_limit: o.amount }).catch(() => undefined);
            if (id) cards.push(id);
          } else if (o.kind === "advance") {
            await h.advance(o.days * 24 * 3600);
            await h.login();
          } else if (o.kind === "reverse") {
            const t = pick(txns, o.txn);
            if (t) await h.post("/v1/simulation/issuing/reversal", { transaction_id: t });
          } else if ("card" in o) {
            const id = pick(cards, o.card);
            if (!id) continue;
            if (o.kind === "auth") {
              const res = await h.authorize(id, o.amount);
              if (res.body.transaction_id) txns.push(res.body.transaction_id as string);
            } else if (o.kind === "recharge" || o.kind === "withdraw") {
              await h.post(`/v1/issuing/cards/${id}/${o.kind}`, { amount: o.amount });
            } else {
              const target = { freeze: "FROZEN", unfreeze: "ACTIVE", cancel: "CANCELLED" }[o.kind];
              await h.post(`/v1/issuing/cards/${id}/status`, { card_status: target });
            }
          }
        }
        expect(await books()).toEqual([]);
      }),
      { numRuns: 12 },
    );
  }, 120_000);
});
