import type { ScenarioStepInput } from "@/lib/sandbox/scenario";
import { active, card, fails, post, SINGLE } from "./shared";

// A prepaid (SINGLE) card holds its own funds. The tour funds one with the whole SGD issuing
// balance, so a second prepaid card and a recharge find nothing left, tries amounts UQPAY refuses,
// and withdraws the funds back at the end. Not sandbox-safe: it empties a real balance for a while.

const PREPAID = "/v1/issuing/cards/{{single.card_id}}";
const refuse = (id: string, title: string, path: string, body: Record<string, unknown>, error: { code?: string; message?: string }) => fails(id, title, "POST", path, body, error, false);

export const fundsSteps: ScenarioStepInput[] = [
  post("sgd_balance", "Setup: the SGD issuing balance", "/v1/issuing/balances", { currency: "SGD" }, { available_balance: { $exists: true } }, false),
  post("single", "Setup: a prepaid SGD card funded with the whole SGD balance", "/v1/issuing/cards", card({ card_product_id: SINGLE, card_currency: "SGD", card_limit: "{{sgd_balance.available_balance}}" }), undefined, false),
  active("single_active", "Setup: the prepaid card is ACTIVE", "single", false),
  refuse("account_balance_error", "A second prepaid SGD card when the SGD balance is spent", "/v1/issuing/cards", card({ card_product_id: SINGLE, card_currency: "SGD", card_limit: 10 }), { code: "account_balance_error" }),
  refuse("recharge_insufficient", "Recharge: more than the issuing balance holds", `${PREPAID}/recharge`, { amount: 10 }, { message: "Insufficient balance" }),
  refuse("recharge_zero", "Recharge: an amount of 0 (below the minimum)", `${PREPAID}/recharge`, { amount: 0 }, { message: "Recharge amount is invalid" }),
  refuse("recharge_decimals", "Recharge: an amount with three decimals", `${PREPAID}/recharge`, { amount: 1.005 }, { message: "Recharge amount is invalid" }),
  refuse("withdraw_above_balance", "Withdraw: more than the card holds", `${PREPAID}/withdraw`, { amount: 999999 }, { message: "Card available limit insufficient" }),
  refuse("withdraw_negative", "Withdraw: a negative amount", `${PREPAID}/withdraw`, { amount: -5 }, { message: "Withdraw amount is invalid" }),
  refuse("withdraw_decimals", "Withdraw: an amount with three decimals", `${PREPAID}/withdraw`, { amount: 0.001 }, { message: "Withdraw amount is invalid" }),
  refuse("single_card_limit", "Update: a new limit on a prepaid card", PREPAID, { card_limit: 100 }, { message: "The single card not support changing card limits" }),
  post("single_refund", "Withdraw the prepaid card's funds back to the SGD balance", `${PREPAID}/withdraw`, { amount: "{{sgd_balance.available_balance}}" }, { order_status: "SUCCESS", amount: "{{sgd_balance.available_balance}}" }, false),
];
