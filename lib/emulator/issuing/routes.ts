import type { Router } from "../core/router";
import { listBalances, listBalanceTransactions, retrieveBalance } from "./balances";
import { createCard } from "./card-create";
import { rechargeCard, withdrawCard } from "./card-funds";
import { listCardTransactions, retrieveCardTransaction } from "./card-transactions";
import { updateCardSettings } from "./card-update";
import { createCardholder, listCardholders, retrieveCardholder, updateCardholder } from "./cardholders";
import { listCards, panToken, retrieveCard, secureDetails, updateCardStatus } from "./cards";
import { retrieveOrder } from "./orders";
import { listProducts } from "./products";
import { simulateAuthorization, simulateReversal } from "./simulator";

/** Card Issuance v1.6 (api-reference §3) plus the sandbox simulator, mounted under `/api`. */
export function registerIssuingRoutes(router: Router): void {
  router.get("/v1/issuing/products", listProducts);

  router.post("/v1/issuing/cardholders", createCardholder);
  router.get("/v1/issuing/cardholders", listCardholders);
  router.get("/v1/issuing/cardholders/:id", retrieveCardholder);
  router.post("/v1/issuing/cardholders/:id", updateCardholder);

  router.post("/v1/issuing/cards", createCard);
  router.get("/v1/issuing/cards", listCards);
  router.get("/v1/issuing/cards/:id", retrieveCard);
  router.post("/v1/issuing/cards/:id", updateCardSettings);
  router.post("/v1/issuing/cards/:id/status", updateCardStatus);
  router.get("/v1/issuing/cards/:id/secure", secureDetails);
  router.post("/v1/issuing/cards/:id/token", panToken);
  router.post("/v1/issuing/cards/:id/recharge", rechargeCard);
  router.post("/v1/issuing/cards/:id/withdraw", withdrawCard);
  router.get("/v1/issuing/cards/:id/order", retrieveOrder);

  router.post("/v1/issuing/balances", retrieveBalance, { write: false });
  router.get("/v1/issuing/balances", listBalances);
  router.get("/v1/issuing/balances/transactions", listBalanceTransactions);

  router.get("/v1/issuing/transactions", listCardTransactions);
  router.get("/v1/issuing/transactions/:id", retrieveCardTransaction);

  router.post("/v1/simulation/issuing/authorization", simulateAuthorization);
  router.post("/v1/simulation/issuing/reversal", simulateReversal);
}
