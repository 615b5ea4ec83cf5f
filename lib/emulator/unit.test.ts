import { describe, expect, it } from "vitest";
import { Clock, isoUqpay, spacedUqpay } from "./core/clock";
import { generatePan } from "./core/ids";
import { Decimal, parseAmount, restAmount, webhookAmount } from "./core/money";
import { Router } from "./core/router";
import { FaultStore } from "./control/faults";
import { validAdultBirthDate, validPhone } from "./issuing/cardholder-rules";
import { nextStatus } from "./issuing/card-status";
import { missingRequired } from "./issuing/required-fields";
import { SEEDED_PRODUCTS } from "./seed-data";
import { signWebhook, verifyWebhook } from "./webhooks/sign";

// Pure pieces, without a server.

describe("clock and formats", () => {
  it("renders UQPAY's +08:00 timestamps", () => {
    const d = new Date("2024-03-21T09:17:32.123Z");
    expect(isoUqpay(d)).toBe("2024-03-21T17:17:32+08:00");
    expect(spacedUqpay(d)).toBe("2024-03-21 17:17:32");
  });

  it("only moves forward", () => {
    const clock = new Clock();
    clock.advance(60);
    expect(clock.offsetSeconds()).toBe(60);
    clock.advanceTo(new Date(Date.now() - 1000));
    expect(clock.offsetSeconds()).toBe(60);
  });
});

describe("money", () => {
  it("accepts numbers and numeric strings, never floats the arithmetic", () => {
    expect(parseAmount(0.1)!.plus(0.2).toFixed()).toBe("0.3");
    expect(parseAmount("10.50")!.toFixed()).toBe("10.5");
    expect(parseAmount("1e3")).toBeNull();
    expect(parseAmount(null)).toBeNull();
    expect(restAmount(new Decimal("1000"))).toBe("1000.00");
    expect(webhookAmount("988.50")).toBe("988.5");
  });
});

describe("ids", () => {
  it("generates Luhn-valid PANs under the BIN", () => {
    const pan = generatePan("40963608");
    expect(pan).toMatch(/^40963608\d{8}$/);
    const sum = [...pan].reverse().reduce((acc, ch, i) => {
      let d = Number(ch);
      if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      return acc + d;
    }, 0);
    expect(sum % 10).toBe(0);
  });
});

describe("router", () => {
  it("prefers static segments and reports wrong methods", () => {
    const router = new Router();
    const a = async () => "param";
    const b = async () => "static";
    router.get("/v1/issuing/cards/:id", a);
    router.get("/v1/issuing/cards/arts", b);
    const m = router.match("GET", "/v1/issuing/cards/arts");
    expect(m && m !== "method_not_allowed" && m.route.handler).toBe(b);
    const p = router.match("GET", "/v1/issuing/cards/abc");
    expect(p && p !== "method_not_allowed" && p.params).toEqual({ id: "abc" });
    expect(router.match("DELETE", "/v1/issuing/cards/abc")).toBe("method_not_allowed");
    expect(router.match("GET", "/nope")).toBeNull();
  });
});

describe("fault rules", () => {
  it("matches globs, methods, probability and count", () => {
    const faults = new FaultStore();
    faults.set([
      { path: "/v1/issuing/cards/*/secure", kind: "error500", count: 1 },
      { path: "/api/v1/issuing/**", method: "POST", kind: "latency", ms: 5, probability: 0.5 },
    ]);
    expect(faults.pick("GET", "/v1/issuing/cards/x/secure")?.kind).toBe("error500");
    expect(faults.pick("GET", "/v1/issuing/cards/x/secure")).toBeNull();
    expect(faults.pick("POST", "/v1/issuing/cards", () => 0.49)?.kind).toBe("latency");
    expect(faults.pick("POST", "/v1/issuing/cards", () => 0.5)).toBeNull();
    expect(faults.pick("GET", "/v1/issuing/cards")).toBeNull();
  });
});

describe("cardholder rules", () => {
  it("phones and birth dates", () => {
    expect(validPhone("SG", "91234567")).toBe(true);
    expect(validPhone("SG", "71234567")).toBe(false);
    expect(validPhone("US", "2025550123")).toBe(true);
    const now = new Date("2026-06-15T00:00:00Z");
    expect(validAdultBirthDate("2008-06-15", now)).toBe(true);
    expect(validAdultBirthDate("2008-06-16", now)).toBe(false);
    expect(validAdultBirthDate("1990-02-30", now)).toBe(false);
  });

  it("nested required fields", () => {
    const address = SEEDED_PRODUCTS[2].required_fields;
    const full = { first_name: "A", last_name: "B", email: "e", country_code: "SG", phone_number: "9", date_of_birth: "1990-01-01" };
    expect(missingRequired(address, full).map((f) => f.name)).toEqual(["residential_address"]);
    expect(missingRequired(address, { ...full, residential_address: { country: "SG", city: "S", line1: "L" } })).toEqual([]);
  });
});

describe("card state machine", () => {
  it("allows only the documented transitions", () => {
    expect(nextStatus("ACTIVE", "FROZEN")).toBe("FROZEN");
    expect(nextStatus("FROZEN", "ACTIVE")).toBe("ACTIVE");
    expect(nextStatus("ACTIVE", "CANCELLED")).toBe("PRE_CANCEL");
    expect(nextStatus("FROZEN", "CANCELLED")).toBe("PRE_CANCEL");
    for (const [from, to] of [["CANCELLED", "ACTIVE"], ["PRE_CANCEL", "ACTIVE"], ["PENDING", "FROZEN"], ["BLOCKED", "ACTIVE"], ["ACTIVE", "ACTIVE"]]) {
      expect(() => nextStatus(from, to)).toThrow("Card status is invalid");
    }
    expect(() => nextStatus("PRE_CANCEL", "CANCELLED")).toThrow("does not support cancel");
  });
});

describe("webhook signature", () => {
  it("verifies seconds and milliseconds timestamps within tolerance", () => {
    const body = '{"event_type":"card.create.succeeded"}';
    const sig = signWebhook("s", body, "1711077773");
    expect(sig).toMatch(/^[0-9a-f]{128}$/);
    expect(verifyWebhook("s", body, "1711077773", sig, 1711077773 + 299)).toBe(true);
    expect(verifyWebhook("s", body, "1711077773", sig, 1711077773 + 301)).toBe(false);
    const msSig = signWebhook("s", body, "1711077773000");
    expect(verifyWebhook("s", body, "1711077773000", msSig, 1711077774)).toBe(true);
  });
});
