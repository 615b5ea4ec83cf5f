import { beforeEach, describe, expect, it, vi } from "vitest";
import { UqpayError } from "@/lib/uqpay/errors";

vi.mock("@/lib/auth/session", () => ({ requireRole: vi.fn(async () => ({ id: "u", role: "viewer" })) }));
vi.mock("next-intl/server", () => ({
  getTimeZone: async () => "UTC",
  getLocale: async () => "en",
  getTranslations: async () => (key: string) => key,
}));
const world = vi.hoisted(() => ({ uqpay: null as unknown }));
vi.mock("@/lib/connections", () => ({ activeUqpay: async () => ({ uqpay: world.uqpay }) }));

const { loadOverview } = await import("./overview");

const NOW = new Date("2026-11-22T12:00:00Z");
type Params = { page_size?: number; page_number?: number; card_status?: string; start_time?: string; end_time?: string };
const paged = <T>(rows: T[], p: Params) => {
  const size = p.page_size ?? 10;
  const page = p.page_number ?? 1;
  return { total_items: rows.length, total_pages: Math.ceil(rows.length / size), data: rows.slice((page - 1) * size, page * size) };
};

function fakeUqpay(cards: { card_status: string }[], txns: Record<string, unknown>[]) {
  const calls: string[] = [];
  const uqpay = {
    issuing: {
      balances: { list: vi.fn(async () => (calls.push("balances"), { total_items: 1, total_pages: 1, data: [{ currency: "USD", available_balance: "100.5" }] })) },
      cards: {
        list: vi.fn(async (p: Params) => (calls.push(`cards${p.card_status ? `:${p.card_status}` : ""}`), paged(cards.filter((c) => !p.card_status || c.card_status === p.card_status), p))),
      },
      transactions: { list: vi.fn(async (p: Params) => (calls.push(`transactions:${p.page_number}`), paged(txns, p))) },
    },
  };
  world.uqpay = uqpay;
  return { uqpay, calls };
}

const txn = (i: number, status = "APPROVED", hoursAgo = i) => ({
  transaction_id: `t${i}`,
  transaction_type: "AUTHORIZATION",
  transaction_status: status,
  billing_amount: "1.1",
  billing_currency: "USD",
  transaction_time: new Date(NOW.getTime() - hoursAgo * 3_600_000).toISOString(),
  description: status === "DECLINED" ? "1116 - Insufficient funds" : "",
  merchant_data: { name: `Shop ${i}` },
});

describe("loadOverview", () => {
  beforeEach(() => vi.clearAllMocks());

  it("counts up to 100 cards from one call, with statuses UQPAY may add as other", async () => {
    const { calls } = fakeUqpay([{ card_status: "ACTIVE" }, { card_status: "ACTIVE" }, { card_status: "PRE_CANCEL" }, { card_status: "INACTIVE" }], []);
    const cards = await loadOverview(NOW).cards;
    expect(cards.ok && cards.data).toMatchObject({ total: 4, other: 1 });
    const counts = cards.ok ? Object.fromEntries(cards.data.byStatus.map((s) => [s.status, s.count])) : {};
    expect(counts).toMatchObject({ ACTIVE: 2, PRE_CANCEL: 1, FROZEN: 0 });
    expect(calls.filter((c) => c.startsWith("cards"))).toEqual(["cards"]);
  });

  it("past 100 cards asks UQPAY for each status's total, all at once", async () => {
    const cards = [...Array.from({ length: 150 }, () => ({ card_status: "ACTIVE" })), ...Array.from({ length: 7 }, () => ({ card_status: "FROZEN" }))];
    const { calls } = fakeUqpay(cards, []);
    const result = await loadOverview(NOW).cards;
    expect(result.ok && result.data.total).toBe(157);
    expect(result.ok && result.data.byStatus.find((s) => s.status === "FROZEN")?.count).toBe(7);
    expect(calls.filter((c) => c.startsWith("cards"))).toHaveLength(10);
  });

  it("reads every page of the last 30 days once, feeding the latest rows, the chart and the declines", async () => {
    const rows = Array.from({ length: 250 }, (_, i) => txn(i, i % 50 === 3 ? "DECLINED" : "APPROVED"));
    const { calls } = fakeUqpay([], rows);
    const overview = loadOverview(NOW);
    const [latest, activity, balances] = await Promise.all([overview.latest, overview.activity, overview.balances]);
    expect(calls.filter((c) => c.startsWith("transactions")).sort()).toEqual(["transactions:1", "transactions:2", "transactions:3"]);
    expect(latest.ok && latest.data.map((t) => t.transactionId)).toEqual(["t0", "t1", "t2", "t3", "t4", "t5", "t6", "t7"]);
    if (!activity.ok) throw new Error("activity failed");
    expect(activity.data.days).toHaveLength(30);
    expect(activity.data.declines.map((d) => d.transactionId)).toEqual(["t3", "t53", "t103", "t153", "t203"]);
    expect(activity.data.declines[0].description).toBe("1116 - Insufficient funds");
    const usd = activity.data.spend[0];
    expect(usd.currency).toBe("USD");
    expect(usd.total).toBe("269.5"); // 245 approved × 1.1, added as decimals
    expect(balances).toEqual({ ok: true, data: [{ currency: "USD", available: "100.5", frozen: null, margin: null, status: null }] });
  });

  it("lets one section fail on its own with UQPAY's words", async () => {
    const { uqpay } = fakeUqpay([{ card_status: "ACTIVE" }], []);
    uqpay.issuing.balances.list.mockRejectedValueOnce(new UqpayError({ httpStatus: 500, code: "api_error", message: "boom", outcome: "unknown" }));
    const overview = loadOverview(NOW);
    const [balances, cards] = await Promise.all([overview.balances, overview.cards]);
    expect(balances.ok).toBe(false);
    expect(!balances.ok && balances.failure.code).toBe("api_error");
    expect(cards.ok).toBe(true);
  });
});
