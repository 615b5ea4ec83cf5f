import { describe, expect, it } from "vitest";
import { last4Of, reversalChoices, reversibleAuthorizations, toCardView, type CardTransactionView } from "./view";

describe("card views", () => {
  it("reads the last 4 from both maskings UQPAY uses", () => {
    expect(last4Of("************5668")).toBe("5668");
    expect(last4Of("40963608****1764")).toBe("1764");
    expect(last4Of(null)).toBeNull();
  });

  it("turns a tolerant wire card into a DTO with decimal strings and flat metadata", () => {
    const view = toCardView({
      card_id: "c1",
      card_number: "************5668",
      card_status: "ACTIVE",
      card_currency: "USD",
      available_balance: "2000.05",
      card_limit: "2100.02",
      risk_controls: { allow_3ds_transactions: "N", allowed_mcc: ["5734"], blocked_mcc: null },
      spending_controls: [{ amount: "50", interval: "PER_TRANSACTION" }],
      metadata: { team: "ops", n: 3 },
      name_on_card: "ALEX CHEN",
    });
    expect(view).toMatchObject({
      last4: "5668",
      availableBalance: "2000.05",
      cardLimit: "2100.02",
      riskControls: { allow3ds: "N", allowedMcc: ["5734"], blockedMcc: [] },
      spendingControls: [{ amount: "50", interval: "PER_TRANSACTION" }],
      metadata: { team: "ops", n: "3" },
      nameOnCard: "ALEX CHEN",
      cardholder: null,
    });
  });

  it("offers only approved authorisations that no reversal points back to", () => {
    const tx = (id: string, type: string, status: string, original: string | null = null): CardTransactionView => ({
      transactionId: id, originalTransactionId: original, type, status, amount: "1", currency: "USD",
      merchantName: null, mcc: null, availableBalance: null, description: null, time: null,
    });
    const list = [tx("a", "AUTHORIZATION", "APPROVED"), tx("b", "AUTHORIZATION", "APPROVED"), tx("c", "AUTHORIZATION", "DECLINED"), tx("r", "REVERSAL", "APPROVED", "a")];
    expect(reversibleAuthorizations(list).map((t) => t.transactionId)).toEqual(["b"]);
  });

  it("labels the reversal choices with merchant, amount in the reader's locale, and time", () => {
    const auth: CardTransactionView = {
      transactionId: "a", originalTransactionId: null, type: "AUTHORIZATION", status: "APPROVED", amount: "12.5", currency: "USD",
      merchantName: "Coffee", mcc: null, availableBalance: null, description: null, time: "2026-11-20 10:00:00",
    };
    expect(reversalChoices([auth], "en")).toEqual([{ transactionId: "a", label: "Coffee · $12.50 · 2026-11-20 10:00:00" }]);
    expect(reversalChoices([{ ...auth, merchantName: null, amount: null }], "en")).toEqual([{ transactionId: "a", label: "2026-11-20 10:00:00" }]);
  });
});
