import { describe, expect, it } from "vitest";
import { errorFromResponse, isTokenRejection, networkError, timeoutError } from "./errors";

describe("errorFromResponse", () => {
  it("parses envelope A", () => {
    const e = errorFromResponse(400, { type: "card_error", code: "card_not_found", message: "card not found or deactivated" }, { requestId: "req-1" });
    expect(e).toMatchObject({
      httpStatus: 400, type: "card_error", code: "card_not_found", message: "card not found or deactivated",
      legacy: false, retryable: false, outcome: "failed", requestId: "req-1",
    });
  });

  it("keeps missing_fields, as names or as objects", () => {
    const names = errorFromResponse(400, {
      type: "cardholder_error", code: "cardholder_incomplete_fields", message: "incomplete",
      missing_fields: ["email", "first_name"],
    });
    expect(names.missingFields).toEqual([{ name: "email" }, { name: "first_name" }]);
    const objects = errorFromResponse(400, {
      type: "cardholder_error", code: "kyc_insufficient", message: "x",
      missing_fields: [{ name: "identity", type: "object", required: true, description: "ID document" }, 42],
    });
    expect(objects.missingFields).toEqual([{ name: "identity", type: "object", required: true, description: "ID document" }]);
  });

  it("uses the code as the message when UQPAY sends only the code", () => {
    const e = errorFromResponse(400, { type: "card_error", code: "expiry_at cannot be empty" });
    expect(e.message).toBe("expiry_at cannot be empty");
  });

  it("treats api_error and request_being_processed as retryable with an unknown outcome", () => {
    expect(errorFromResponse(500, { type: "api_error", code: "api_error", message: "x" })).toMatchObject({ retryable: true, outcome: "unknown" });
    expect(errorFromResponse(400, { type: "idempotency_error", code: "request_being_processed", message: "request is being processed" }))
      .toMatchObject({ retryable: true, outcome: "unknown" });
    expect(errorFromResponse(400, { type: "idempotency_error", code: "key_mismatch_api", message: "x" })).toMatchObject({ retryable: false });
  });

  it("reads an acquiring 429 api_error as retryable and not applied", () => {
    expect(errorFromResponse(429, { type: "api_error", code: "velocity_limit_exceeded", message: "x" })).toMatchObject({ retryable: true, outcome: "failed" });
  });

  it("parses envelope B with the numeric code as a string", () => {
    const e = errorFromResponse(400, { code: 400, message: "Card does not exists" });
    expect(e).toMatchObject({ httpStatus: 400, code: "400", legacy: true, type: undefined, message: "Card does not exists", retryable: false });
  });

  it("recognises the legacy 'request is processing' body (code 200 on HTTP 400)", () => {
    const e = errorFromResponse(400, { code: 200, message: "Request is processing, please try again later" });
    expect(e).toMatchObject({ code: "200", legacy: true, retryable: true, outcome: "unknown" });
  });

  it("recognises the legacy 429 'Request is too frequent'", () => {
    expect(errorFromResponse(429, { code: 429, message: "Request is too frequent" })).toMatchObject({ code: "429", retryable: true, outcome: "failed" });
    expect(errorFromResponse(400, { code: 429, message: "Request is too frequent" })).toMatchObject({ retryable: true });
  });

  it("treats the legacy internal-error message as transient", () => {
    expect(errorFromResponse(400, { code: 400, message: "An internal error occurred, please try again" })).toMatchObject({ retryable: true, outcome: "unknown" });
  });

  it("parses the auth middleware body", () => {
    expect(errorFromResponse(401, { error: "token has expired" })).toMatchObject({ httpStatus: 401, code: "unauthorized", message: "token has expired", retryable: false });
  });

  it("copes with non-JSON bodies", () => {
    expect(errorFromResponse(502, "<html>Bad gateway</html>")).toMatchObject({ code: "http_error", retryable: true, outcome: "unknown" });
    expect(errorFromResponse(404, null)).toMatchObject({ code: "http_error", message: "HTTP 404", retryable: false });
  });
});

describe("classification helpers", () => {
  it("knows which 401s a new token can fix", () => {
    expect(isTokenRejection(errorFromResponse(401, { error: "token has expired" }))).toBe(true);
    expect(isTokenRejection(errorFromResponse(401, { type: "unauthorized_error", code: "unauthorized_error", message: "Token expired" }))).toBe(true);
    expect(isTokenRejection(errorFromResponse(401, { type: "unauthorized_error", code: "unauthorized_error", message: "IP not allowed" }))).toBe(false);
    expect(isTokenRejection(errorFromResponse(400, { code: 400, message: "Login expired" }))).toBe(true);
    expect(isTokenRejection(errorFromResponse(403, { type: "unauthorized_error", code: "forbidden", message: "no" }))).toBe(false);
  });

  it("builds network and timeout errors", () => {
    expect(networkError(Object.assign(new TypeError("fetch failed"), { cause: { code: "ECONNRESET" } }))).toMatchObject({
      code: "network_error", httpStatus: 0, retryable: true, outcome: "unknown",
    });
    expect(networkError(new TypeError("fetch failed", { cause: { code: "ECONNREFUSED" } })).outcome).toBe("failed");
    expect(timeoutError(100)).toMatchObject({ code: "timeout", retryable: true, outcome: "unknown" });
  });

  it("serialises without the cause", () => {
    const e = networkError(new Error("socket hang up with secret"));
    expect(JSON.stringify(e)).not.toContain("secret");
  });
});
