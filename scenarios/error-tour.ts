import { defineScenario } from "@/lib/sandbox/scenario";
import { acquiringSteps } from "./error-tour/acquiring";
import { cardCreateSteps, cardSteps, failedCardSteps } from "./error-tour/cards";
import { cardholderSteps } from "./error-tour/cardholders";
import { accountSettingSteps, clockSteps, outageSteps } from "./error-tour/emulated";
import { fundsSteps } from "./error-tour/funds";
import { requestSteps } from "./error-tour/requests";
import { active, card, fails, holder, NO_SUCH_ID } from "./error-tour/shared";

// Seed 004: a tour of UQPAY's errors as the emulator produces them, each with the console's
// guidance (explanation and next step) shown beside UQPAY's own answer. Steps expecting
// `guidance: true` check that the console has an entry for that very code or message; the few
// without one (404, 405 and acquiring's undocumented codes) get the guidance for the type or status.
//
// Errors the emulator can produce that the tour does not trigger, and why:
// - "token has been replaced by a newer one": only when fidelity.NEW_TOKEN_REVOKES_OLD is on. It
//   is a constant (off: several live tokens, as the Account Center says), not a runtime setting.
// - "Account balance not exists" (recharge or withdraw): impossible. It needs a card in a currency
//   its account holds no issuing balance in, but the first account holds USD and SGD, every seeded
//   product issues only USD or SGD, the second account has no products, and nothing removes a balance.
// - "Not found card products" (Update Card): impossible. Products are seeded and never deleted, and
//   a card is created only on an existing product.
// - api_error from a handler that crashed: an emulator bug by definition; the same answer as the
//   error500 fault, which the tour triggers.
// - "Request is too frequent" from the per-card limit on secure details (more than 10 reads of one
//   card in 10 s): reachable, but the same answer as the 429 fault the tour triggers.
// - The "hang" fault (a client timeout): reachable, but only after the client's 15-second wait per
//   attempt; the tour shows the lost answer (network_error) instead, and lib/uqpay tests timeouts.

export default defineScenario({
  name: "error-tour",
  title: "Error tour: each UQPAY error and the console's guidance",
  seed: "004",
  description:
    "Sets up a cardholder and an ACTIVE card, then triggers UQPAY's errors one by one — credentials and tokens, sub-account, request format, idempotency, cardholder and KYC, card creation and settings, prepaid funds, simulator, account settings, acquiring, expiry, 5xx and 429 — and shows the console's guidance for each.",
  steps: [
    { id: "cardholder", title: "Setup: a cardholder", sandboxSafe: true, action: { kind: "api", method: "POST", path: "/v1/issuing/cardholders", body: holder() } },
    { id: "card", title: "Setup: a card on the simulator BIN", sandboxSafe: true, action: { kind: "api", method: "POST", path: "/v1/issuing/cards", body: card({}) } },
    active("card_active", "Setup: the card is ACTIVE", "card"),
    ...requestSteps,
    ...cardholderSteps,
    ...cardCreateSteps,
    ...cardSteps,
    ...failedCardSteps,
    ...fundsSteps,
    fails("balance_currency", "The balance of a currency the account does not hold", "POST", "/v1/issuing/balances", { currency: "JPY" }, { code: "account_balance_error" }),
    fails("transaction_not_found", "An unknown card transaction", "GET", `/v1/issuing/transactions/${NO_SUCH_ID}`, undefined, { type: "invalid_request_error" }),
    ...accountSettingSteps,
    ...acquiringSteps,
    ...clockSteps,
    ...outageSteps,
  ],
});
