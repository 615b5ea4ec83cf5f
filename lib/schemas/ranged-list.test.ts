import { describe, expect, it } from "vitest";
import { balanceMovementQuery, parseBalanceMovementQuery } from "./balances";
import { parseTransactionView, transactionQuery } from "./transactions";

describe("ranged list URLs", () => {
  it("narrows a range over 90 days before anything is asked, and says so", () => {
    const view = parseTransactionView(new URLSearchParams("from=2026-01-01&to=2026-04-01&status=DECLINED"));
    expect(view).toEqual({ filters: { from: "2026-01-02", to: "2026-04-01", status: "DECLINED" }, page: 1, narrowed: true });
    expect(parseTransactionView({ from: "2026-01-02", to: "2026-04-01" }).narrowed).toBe(false);
  });

  it("drops malformed values and keeps the page", () => {
    const view = parseTransactionView({ card: "not-a-uuid", status: "MAYBE", from: "01/02/2026", page: "3" });
    expect(view).toEqual({ filters: {}, page: 3, narrowed: false });
    expect(parseBalanceMovementQuery({ currency: "usd", type: "deposit" }).filters).toEqual({ currency: "USD", type: "DEPOSIT" });
  });

  it("writes one spelling back: fixed key order, defaults left out, so equal views share a query key", () => {
    expect(transactionQuery({ to: "2026-02-01", card: "0c9d8f5e-2b0a-4f7e-9d43-1c1f6c1f3a11", from: "2026-01-01" }, 2)).toBe(
      "card=0c9d8f5e-2b0a-4f7e-9d43-1c1f6c1f3a11&from=2026-01-01&to=2026-02-01&page=2",
    );
    expect(balanceMovementQuery({ currency: "SGD" }, 1)).toBe("currency=SGD");
    const url = "type=DEPOSIT&status=COMPLETED&currency=SGD&from=2026-01-01&to=2026-01-31&page=4";
    const view = parseBalanceMovementQuery(new URLSearchParams(url));
    expect(balanceMovementQuery(view.filters, view.page)).toBe(url);
  });
});
