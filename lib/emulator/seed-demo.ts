import type { Runtime } from "./core/context";
import { loadAccount } from "./core/accounts";
import { invoke } from "./core/invoke";
import { createCard } from "./issuing/card-create";
import { createCardholder } from "./issuing/cardholders";
import { updateCardStatus } from "./issuing/cards";
import { completeIdv } from "./issuing/idv";
import { runDue } from "./issuing/lifecycle";
import { simulateAuthorization, simulateReversal } from "./issuing/simulator";
import { SEEDED } from "./seed-data";

const P = SEEDED.products;

/**
 * Optional demo data through the real handlers: cardholders, cards in every status
 * (PENDING, ACTIVE, FROZEN, BLOCKED, PRE_CANCEL, CANCELLED, FAILED) and transactions.
 * Idempotent: does nothing when demo cardholders already exist.
 */
export async function seedDemo(rt: Runtime): Promise<void> {
  const account = await loadAccount(rt.db, SEEDED.accountId);
  if (!account) throw new Error("base seed missing");
  const exists = await rt.db.query("SELECT 1 FROM emu_cardholders WHERE account_id = $1 AND email = 'alex.chen@example.com'", [account.account_id]);
  if (exists.length) return;
  const holder = async (first: string, last: string, email: string, phone: string, extra: Record<string, unknown> = {}) =>
    (await invoke(rt, account, createCardholder, { body: { first_name: first, last_name: last, email, country_code: "SG", phone_number: phone, ...extra } }))
      .cardholder_id as string;
  const card = async (cardholderId: string, product: string, currency: string, limit: number) =>
    (await invoke(rt, account, createCard, { body: { cardholder_id: cardholderId, card_product_id: product, card_currency: currency, card_limit: limit } }))
      .card_id as string;
  const status = (id: string, card_status: string) => invoke(rt, account, updateCardStatus, { params: { id }, body: { card_status } });
  const auth = async (card_id: string, amount: number, currency: string, merchant: string) =>
    (await invoke(rt, account, simulateAuthorization, {
      body: { card_id, transaction_amount: amount, transaction_currency: currency, merchant_name: merchant, merchant_category_code: "5734" },
    })).transaction_id as string;
  const activateAll = async () => {
    await rt.db.query("UPDATE emu_cards SET due_at = $1 WHERE status = 'PENDING' AND due_at IS NOT NULL", [rt.clock.now()]);
    await runDue(rt);
  };

  const alex = await holder("Alex", "Chen", "alex.chen@example.com", "91234567", { date_of_birth: "1990-04-12" });
  const maria = await holder("Maria", "Garcia", "maria.garcia@example.com", "81234567");
  const wei = await holder("Wei Ling", "Tan", "weiling.tan@example.com", "92345678");
  const priya = await holder("Priya", "Nair", "priya.nair@example.com", "83456789", {
    kyc_verification: { method: "SUMSUB_REDIRECT" }, nationality: "SG", date_of_birth: "1988-01-30",
  });
  const omar = await holder("Omar", "Haddad", "omar.haddad@example.com", "94567890", {
    kyc_verification: { method: "SUMSUB_REDIRECT" }, nationality: "SG", date_of_birth: "1985-07-07",
  });

  const active = await card(alex, P.visaShare, "USD", 1000);
  const frozen = await card(alex, P.visaShare, "SGD", 500);
  const prepaid = await card(maria, P.visaSingle, "USD", 300);
  const preCancel = await card(maria, P.visaShare, "USD", 200);
  const cancelled = await card(wei, P.visaSingle, "SGD", 150);
  const blocked = await card(wei, P.mastercard, "USD", 800);
  await card(priya, P.visaEnhanced, "USD", 100);
  await card(omar, P.visaEnhanced, "USD", 100);
  await activateAll();

  const t1 = await auth(active, 42.5, "USD", "Apple Store");
  await auth(active, 19.99, "USD", "Steam Games");
  await auth(prepaid, 120, "USD", "Microcenter");
  await auth(active, 5000, "USD", "Too Big Electronics");
  await invoke(rt, account, simulateReversal, { body: { transaction_id: t1 } });

  await status(frozen, "FROZEN");
  await status(preCancel, "CANCELLED");
  await status(cancelled, "CANCELLED");
  await rt.db.query("UPDATE emu_cards SET due_at = $1 WHERE card_id = $2", [rt.clock.now(), cancelled]);
  await runDue(rt);
  // BLOCKED is UQPAY's own risk action; no API sets it, so the demo writes it directly.
  await rt.db.query("UPDATE emu_cards SET status = 'BLOCKED' WHERE card_id = $1", [blocked]);
  await completeIdv(rt, omar, false);
}
