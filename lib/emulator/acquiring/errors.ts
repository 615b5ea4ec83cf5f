import { ApiError } from "../core/errors";
import { INVALID_PARAMETER_CODE } from "./fidelity";

// Acquiring's envelope-A types (api-reference 1.5, DOC-GA error codes): every one of them is
// HTTP 400 except unauthorized_error. The core's ErrorType only knows issuing's set, so the
// acquiring bodies are built here on the core's ApiError.

type AcquiringErrorType = "invalid_request_error" | "payment_error" | "refund_error" | "not_found";

export function acqError(type: AcquiringErrorType, code: string, message: string): ApiError {
  return new ApiError(400, { type, code, message });
}

export const invalidParam = (message: string) => acqError("invalid_request_error", INVALID_PARAMETER_CODE, message);

export const intentNotFound = () => acqError("not_found", "payment_intent_not_found", "payment intent not found");
export const attemptNotFound = () => acqError("not_found", "payment_attempt_not_found", "payment attempt not found");
export const refundNotFound = () => acqError("not_found", "refund_not_found", "refund not found");

/** An operation the PaymentIntent's current status does not allow (confirm twice, capture a SUCCEEDED PI, ...). */
export const invalidIntentStatus = (status: string, operation: string) =>
  acqError("payment_error", "invalid_intent_status", `payment intent in status ${status} cannot be ${operation}`);

export const captureExceedsAuthorized = () =>
  acqError("payment_error", "capture_amount_exceeded", "amount_to_capture must not exceed the authorized amount");

export const refundNotAllowed = (status: string) =>
  acqError("refund_error", "refund_not_allowed", `payment intent in status ${status} cannot be refunded`);

export const refundExceedsCaptured = () =>
  acqError("refund_error", "refund_amount_exceeded", "total refund amount exceeds the captured amount");
