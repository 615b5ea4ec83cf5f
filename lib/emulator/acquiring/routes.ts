import type { Router } from "../core/router";
import { cancelIntent, captureIntent, confirmIntent } from "./actions";
import { listAttempts, retrieveAttempt } from "./attempts";
import { createIntent, listIntents, retrieveIntent, updateIntentHandler } from "./intents";
import { createRefund, listRefunds, retrieveRefund } from "./refunds";

/** Global Acquiring payment intents, attempts and refunds (api-reference 4.1), mounted under `/api`. */
export function registerAcquiringRoutes(router: Router): void {
  router.post("/v2/payment_intents/create", createIntent);
  router.get("/v2/payment_intents", listIntents);
  router.get("/v2/payment_intents/:id", retrieveIntent);
  router.post("/v2/payment_intents/:id", updateIntentHandler);
  router.post("/v2/payment_intents/:id/confirm", confirmIntent);
  router.post("/v2/payment_intents/:id/capture", captureIntent);
  router.post("/v2/payment_intents/:id/cancel", cancelIntent);

  router.get("/v2/payment/payment_attempts", listAttempts);
  router.get("/v2/payment/payment_attempts/:id", retrieveAttempt);

  router.post("/v2/payment/refunds", createRefund);
  router.get("/v2/payment/refunds", listRefunds);
  router.get("/v2/payment/refunds/:id", retrieveRefund);
}
