import type { Role } from "@/lib/auth/roles";

/**
 * Who may call what: the declared authorization table that security/authorization.test.ts checks
 * every server action and route handler against. A new action or route that is not listed here
 * fails that test, so access is always a decision someone wrote down.
 *
 * - "public": no session needed (sign-in, first-run setup, language cookie, Auth.js itself).
 * - a role: that role and every higher one (viewer < operator < admin); lower roles and anonymous
 *   callers get `unauthenticated` / `forbidden` (401 / 403 for routes).
 * - "signature": UQPAY's webhook — no session; the connection's HMAC signature is the credential.
 */
export type Access = "public" | Role | "signature";

/** Server actions: `<file>#<export>`. */
export const ACTION_ACCESS: Record<string, Access> = {
  "app/(auth)/login/actions.ts#signInWithPassword": "public",
  "app/(auth)/setup/actions.ts#createFirstAdministrator": "public",
  "app/(console)/actions.ts#signOutCurrentUser": "public",
  "lib/i18n/actions.ts#setLocale": "public",
  "lib/theme/actions.ts#setTheme": "public",

  "app/(console)/cardholders/actions.ts#createCardholder": "operator",
  "app/(console)/cardholders/actions.ts#updateCardholder": "operator",
  "app/(console)/cards/actions.ts#issueCard": "operator",
  "app/(console)/cards/[cardId]/actions.ts#freezeCard": "operator",
  "app/(console)/cards/[cardId]/actions.ts#unfreezeCard": "operator",
  "app/(console)/cards/[cardId]/actions.ts#cancelCard": "operator",
  "app/(console)/cards/[cardId]/actions.ts#rechargeCard": "operator",
  "app/(console)/cards/[cardId]/actions.ts#withdrawCard": "operator",
  "app/(console)/cards/[cardId]/actions.ts#updateCard": "operator",
  "app/(console)/cards/[cardId]/actions.ts#simulateAuthorization": "operator",
  "app/(console)/cards/[cardId]/actions.ts#simulateReversal": "operator",
  "app/(console)/cards/[cardId]/actions.ts#revealCardDetails": "admin",
  "app/(console)/payments/actions.ts#createPaymentIntent": "operator",
  "app/(console)/payments/[paymentIntentId]/actions.ts#confirmPaymentIntent": "operator",
  "app/(console)/payments/[paymentIntentId]/actions.ts#updatePaymentIntent": "operator",
  "app/(console)/payments/[paymentIntentId]/actions.ts#capturePaymentIntent": "operator",
  "app/(console)/payments/[paymentIntentId]/actions.ts#cancelPaymentIntent": "operator",
  "app/(console)/payments/[paymentIntentId]/actions.ts#refundPayment": "operator",

  "app/(console)/settings/connections/actions.ts#addConnection": "admin",
  "app/(console)/settings/connections/actions.ts#editConnection": "admin",
  "app/(console)/settings/connections/actions.ts#removeConnection": "admin",
  "app/(console)/settings/connections/actions.ts#makeConnectionActive": "admin",
  "app/(console)/settings/connections/actions.ts#testConnection": "admin",
  "app/(console)/settings/team/actions.ts#addTeamMember": "admin",
  "app/(console)/settings/team/actions.ts#changeMemberRole": "admin",
  "app/(console)/settings/team/actions.ts#setMemberDisabled": "admin",
  "app/(console)/webhooks/actions.ts#applyWebhookAgain": "admin",

  "app/(console)/sandbox/actions.ts#startScenarioRun": "operator",
  "app/(console)/sandbox/actions.ts#advanceEmulatorClock": "operator",
  "app/(console)/sandbox/actions.ts#setEmulatorFaults": "operator",
  "app/(console)/sandbox/actions.ts#applyFaultPreset": "operator",
  "app/(console)/sandbox/actions.ts#updateEmulatorWebhooks": "operator",
  "app/(console)/sandbox/actions.ts#redeliverWebhook": "operator",
  "app/(console)/sandbox/actions.ts#resetEmulator": "operator",
  "app/(console)/sandbox/actions.ts#seedEmulatorDemo": "operator",
};

/** Route handlers: `<file> <METHOD>`. */
export const ROUTE_ACCESS: Record<string, Access> = {
  "app/api/auth/[...nextauth]/route.ts GET": "public",
  "app/api/auth/[...nextauth]/route.ts POST": "public",
  "app/api/audit/export/route.ts GET": "viewer",
  "app/api/balances/movements/route.ts GET": "viewer",
  "app/api/cards/route.ts GET": "viewer",
  "app/api/cards/cardholders/route.ts GET": "viewer",
  "app/api/cards/[cardId]/route.ts GET": "viewer",
  "app/api/cards/[cardId]/timeline/route.ts GET": "viewer",
  "app/api/cards/[cardId]/transactions/route.ts GET": "viewer",
  "app/api/payments/[paymentIntentId]/route.ts GET": "viewer",
  "app/api/transactions/route.ts GET": "viewer",
  "app/api/transactions/export/route.ts GET": "viewer",
  "app/api/sandbox/emulator/route.ts GET": "operator",
  "app/api/sandbox/runs/[runId]/route.ts GET": "operator",
  "app/api/webhooks/uqpay/[connectionId]/route.ts POST": "signature",
};
