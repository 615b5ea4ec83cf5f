import type { ScenarioStepInput } from "@/lib/sandbox/scenario";
import { active, card, DEFAULT_SETTINGS, faults, fails, refused, settings, SHARE } from "./shared";

// Errors that need the emulator's controls: account settings UQPAY's support would change, the
// clock moved past a token's and a card's expiry, and UQPAY's own outages. None is sandbox-safe.

const CARD = "/v1/issuing/cards/{{card.card_id}}";
const emulated = (id: string, title: string, method: "GET" | "POST", path: string, body: unknown, error: Parameters<typeof fails>[5]) => fails(id, title, method, path, body, error, false);

export const accountSettingSteps: ScenarioStepInput[] = [
  settings("block_product", "Emulator: the account may not issue on the simulator product", { blocked_products: [SHARE] }),
  emulated("operation_not_authorized", "A card on a product the account is not allowed", "POST", "/v1/issuing/cards", card({}), { code: "operation_not_authorized" }),
  settings("exhaust_bin", "Emulator: the product's BIN range is used up", { blocked_products: [], exhausted_bins: ["40963608"] }),
  emulated("insufficient_sub_bin", "A card when the BIN range is used up", "POST", "/v1/issuing/cards", card({}), { code: "insufficient_sub_bin" }),
  settings("account_quota", "Emulator: the account may hold one card", { exhausted_bins: [], card_quota: 1 }),
  emulated("account_quota_exceeded", "A card beyond the account's quota", "POST", "/v1/issuing/cards", card({}), { code: "account_quota_exceeded" }),
  settings("holder_quota", "Emulator: one card per cardholder", { card_quota: DEFAULT_SETTINGS.card_quota, cardholder_card_quota: 1 }),
  emulated("cardholder_quota_exceeded", "A second card for the same cardholder", "POST", "/v1/issuing/cards", card({}), { code: "cardholder_quota_exceeded" }),
  settings("no_secure_details", "Emulator: the account may not read card details", { cardholder_card_quota: 20, secure_details_allowed: false }),
  emulated("secure_forbidden", "Reading a card's secure details without the permission", "GET", `${CARD}/secure`, undefined, { httpStatus: 403 }),
  settings("inactive_account", "Emulator: the account is deactivated", { secure_details_allowed: true, active: false }),
  emulated("account_not_found", "Any call on a deactivated account", "GET", CARD, undefined, { code: "account_not_found" }),
  settings("restore_account", "Emulator: the account's settings restored", DEFAULT_SETTINGS),
];

// Three days on: the run's cached access token (30 minutes) and the two cards (two days) expire.
export const clockSteps: ScenarioStepInput[] = [
  active("expiring_active", "Setup: the expiring card is ACTIVE", "expiring", false),
  active("expiring_single_active", "Setup: the expiring prepaid card is ACTIVE", "expiring_single", false),
  { id: "three_days", title: "Emulator: the clock moves three days on", action: { kind: "emulator", command: "advance_clock", seconds: 3 * 86_400 } },
  refused("token_expired", "The run's access token, sent once more after it expired", { method: "GET", path: CARD, once: true }, { message: "token has expired", httpStatus: 401 }, { sandboxSafe: false }),
  {
    id: "token_refreshed",
    title: "The console fetches a new token by itself and the call goes through",
    action: { kind: "api", method: "GET", path: CARD },
    expect: { body: { card_id: "{{card.card_id}}" } },
  },
  emulated("expired_update", "Update: a card past its expiry", "POST", "/v1/issuing/cards/{{expiring.card_id}}", { card_limit: 50 }, { message: "The card has expired" }),
  emulated("expired_status", "Freezing a card past its expiry", "POST", "/v1/issuing/cards/{{expiring.card_id}}/status", { card_status: "FROZEN" }, { message: "The card has expired" }),
  emulated("expired_recharge", "Recharging a prepaid card past its expiry", "POST", "/v1/issuing/cards/{{expiring_single.card_id}}/recharge", { amount: 1 }, { message: "Invalid expiry date" }),
];

export const outageSteps: ScenarioStepInput[] = [
  faults("outage_on", "Emulator: every card read answers 500", [{ path: "/v1/issuing/cards/*", method: "GET", kind: "error500" }]),
  emulated("api_error", "UQPAY outage: retried with backoff, then reported", "GET", CARD, undefined, { code: "api_error" }),
  faults("rate_limit_on", "Emulator: every card read answers 429", [{ path: "/v1/issuing/cards/*", method: "GET", kind: "error429" }]),
  emulated("rate_limited", "Rate limited: retried, then reported", "GET", CARD, undefined, { httpStatus: 429 }),
  faults("faults_off", "Emulator: faults cleared", []),
];
