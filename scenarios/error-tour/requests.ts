import type { ScenarioStepInput } from "@/lib/sandbox/scenario";
import { card, faults, holder, NO_SUCH_ID, refused } from "./shared";

// Errors of the request itself, before any resource rule: credentials and tokens, the
// sub-account header, the body's format, idempotency keys, and routes UQPAY does not have.

const CARD_PATH = "/v1/issuing/cards/{{card.card_id}}";

export const requestSteps: ScenarioStepInput[] = [
  refused("token_headers_missing", "A token request without client id and API key", { method: "POST", path: "/v1/connect/token", body: {}, auth: "none" }, { code: "unauthorized_error", httpStatus: 401 }),
  refused("invalid_client_id", "A token request with an unknown client id", { method: "GET", path: CARD_PATH, auth: { clientId: "unknown-client-{{$run}}" } }, { message: "Invalid client id" }),
  refused("invalid_api_key", "A token request with a wrong API key", { method: "GET", path: CARD_PATH, auth: { apiKey: "not-the-api-key-{{$run}}" } }, { message: "Invalid API key", httpStatus: 401 }),
  refused("missing_token", "A call without x-auth-token", { method: "GET", path: CARD_PATH, auth: "none" }, { code: "unauthorized_error", httpStatus: 401 }),
  refused(
    "token_format",
    "An x-auth-token that is not \"Bearer <token>\"",
    { method: "GET", path: CARD_PATH, auth: "none", headers: { "x-auth-token": "Token {{$letters}}" } },
    { message: "invalid auth token format", httpStatus: 401 },
  ),
  refused(
    "invalid_token",
    "An access token UQPAY never issued",
    { method: "GET", path: CARD_PATH, auth: "none", headers: { "x-auth-token": "Bearer eyJhbGciOiJIUzI1NiJ9.e30.{{$letters}}" } },
    { code: "unauthorized_error", httpStatus: 401 },
  ),
  refused("sub_account_not_found", "x-on-behalf-of names an unknown sub-account", { method: "GET", path: CARD_PATH, headers: { "x-on-behalf-of": NO_SUCH_ID } }, { code: "sub_account_not_found" }),
  refused("on_behalf_of_malformed", "x-on-behalf-of is not an account id", { method: "GET", path: CARD_PATH, headers: { "x-on-behalf-of": "my-sub-account" } }, { message: "Request parameters invalid" }),
  refused("params_json_error", "A body that is not valid JSON", { method: "POST", path: "/v1/issuing/cardholders", rawBody: '{"first_name": "Omar", "last_name": ' }, { message: "Params JSON error" }),
  refused("params_not_object", "A JSON body that is a list, not an object", { method: "POST", path: "/v1/issuing/cardholders", rawBody: '["Omar", "Haddad"]' }, { message: "Request parameters invalid" }),
  refused(
    "content_type",
    "A form body instead of JSON",
    { method: "POST", path: "/v1/issuing/cardholders", rawBody: "first_name=Omar&last_name=Haddad", headers: { "content-type": "application/x-www-form-urlencoded" } },
    { message: "Content type is not supported, please upload the correct format" },
  ),
  faults("slow_create_on", "Emulator: cardholder creation holds its idempotency key for 1.5 s", [
    { path: "/v1/issuing/cardholders", method: "POST", kind: "latency", phase: "inside", ms: 1500 },
  ]),
  refused(
    "request_being_processed",
    "The same create sent twice at once with one key: the second is refused while the first runs",
    { method: "POST", path: "/v1/issuing/cardholders", body: holder(), concurrent: 2 },
    { code: "request_being_processed" },
    { sandboxSafe: false },
  ),
  faults("lost_answer_on", "Emulator: the next cardholder create is applied, then its answer is lost", [
    { path: "/v1/issuing/cardholders", method: "POST", kind: "lost_response", count: 1 },
  ]),
  refused(
    "network_error",
    "A create whose answer never arrives (sent once): applied or not, the console cannot tell",
    { method: "POST", path: "/v1/issuing/cardholders", body: holder(), once: true },
    { code: "network_error" },
    { sandboxSafe: false },
  ),
  {
    id: "lost_answer_replayed",
    title: "The same create again with the same key: UQPAY replays the answer, no second cardholder",
    action: { kind: "api", method: "POST", path: "/v1/issuing/cardholders", body: "{{network_error.$request.body}}", idempotencyKey: "{{network_error.$key}}" },
    expect: { body: { cardholder_id: { $exists: true } } },
  },
  faults("faults_cleared", "Emulator: faults cleared", []),
  refused("key_mismatch_api", "An idempotency key reused on another endpoint", { method: "POST", path: "/v1/issuing/cards", body: card({}), idempotencyKey: "{{cardholder.$key}}" }, { code: "key_mismatch_api" }),
  refused(
    "key_mismatch_account",
    "An idempotency key reused by another account (the emulator's second account)",
    {
      method: "POST",
      path: "/v1/issuing/cardholders",
      body: holder(),
      idempotencyKey: "{{cardholder.$key}}",
      auth: { clientId: "{{$connection.client_id}}-2", apiKey: "{{$connection.api_key}}-2" },
    },
    { code: "key_mismatch_account" },
    { sandboxSafe: false },
  ),
  refused("invalid_key_format", "An idempotency key longer than 255 characters", { method: "POST", path: "/v1/issuing/cardholders", body: holder(), idempotencyKey: "k".repeat(300) }, { code: "invalid_key_format" }),
  refused("page_size", "A page size below 10", { method: "GET", path: "/v1/issuing/cards?page_size=5&page_number=1" }, { type: "invalid_request_error" }),
  // UQPAY documents no body for these two; the console falls back to its guidance by HTTP status.
  refused("unknown_endpoint", "An endpoint UQPAY does not have", { method: "GET", path: "/v1/issuing/no-such-endpoint" }, { httpStatus: 404 }, { guidance: false }),
  refused("method_not_allowed", "A GET on a POST-only endpoint", { method: "GET", path: `${CARD_PATH}/recharge` }, { httpStatus: 405 }, { guidance: false }),
];
