/**
 * UQPAY's two error bodies (seed 004): envelope A `{type, code, message}` whose `type` fixes the
 * HTTP status, and the legacy flat envelope B `{code: <number>, message}`.
 */
export type ErrorType =
  | "invalid_request_error"
  | "card_error"
  | "cardholder_error"
  | "account_error"
  | "idempotency_error"
  | "unauthorized_error"
  | "api_error";

const STATUS_BY_TYPE: Record<ErrorType, number> = {
  invalid_request_error: 400,
  card_error: 400,
  cardholder_error: 400,
  account_error: 400,
  idempotency_error: 400,
  unauthorized_error: 401,
  api_error: 500,
};

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
  ) {
    super(typeof body.message === "string" ? body.message : String(body.code));
  }
}

export type MissingField = string | Record<string, unknown>;

/** Envelope A. `forbidden` is the one unauthorized_error answered with 403. */
export function errorA(type: ErrorType, code: string, message?: string, missingFields?: MissingField[]): ApiError {
  const body: Record<string, unknown> = { type, code };
  if (message !== undefined) body.message = message;
  if (missingFields) body.missing_fields = missingFields;
  const status = code === "forbidden" ? 403 : STATUS_BY_TYPE[type];
  return new ApiError(status, body);
}

/** Envelope B: numeric code, HTTP 400 unless the seed says otherwise (429). */
export function errorB(message: string, code = 400): ApiError {
  return new ApiError(code === 429 ? 429 : 400, { code, message });
}

export const invalidRequest = (message: string) => errorA("invalid_request_error", "invalid_request_error", message);
export const cardNotFound = () => errorA("card_error", "card_not_found", "card not found or deactivated");
export const cardholderNotFound = () =>
  errorA("cardholder_error", "cardholder_not_found", "cardholder not found or deactivated");
export const apiError = () => errorA("api_error", "api_error", "internal server error, please retry with the same idempotency key");
