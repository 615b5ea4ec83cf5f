import { describe, expect, it } from "vitest";
import { dayIn, lastDays, queryWindow, sortNewest, spendPerDay, type SpendSource } from "./spend";

const auth = (id: string, time: string, amount: string, currency = "USD", status = "APPROVED"): SpendSource => ({
  transaction_id: id, transaction_type: "AUTHORIZATION", transaction_status: status, billing_amount: amount, billing_currency: currency, transaction_time: time,
});

describe("overview days", () => {
  it("reads the calendar day in the reader's zone", () => {
    const instant = new Date("2026-11-21T20:30:00Z");
    expect(dayIn(instant, "UTC")).toBe("2026-11-21");
    expect(dayIn(instant, "Asia/Singapore")).toBe("2026-11-22");
    expect(dayIn(instant, "America/Los_Angeles")).toBe("2026-11-21");
  });

  it("lists the last 30 days oldest first, across month ends", () => {
    const days = lastDays(new Date("2026-03-01T03:00:00Z"), "Asia/Tokyo");
    expect(days).toHaveLength(30);
    expect(days.at(-1)).toBe("2026-03-01");
    expect(days.at(-2)).toBe("2026-02-28");
    expect(days[0]).toBe("2026-01-31");
  });

  it("queries a window that covers the first day in any zone, within UQPAY's 90 days", () => {
    const now = new Date("2026-11-22T07:00:00Z");
    const { start_time, end_time } = queryWindow(now);
    expect(end_time).toBe(now.toISOString());
    for (const zone of ["Pacific/Kiritimati", "Pacific/Pago_Pago", "UTC"]) {
      const first = lastDays(now, zone)[0];
      expect(dayIn(new Date(start_time), zone) <= first).toBe(true);
    }
  });
});

describe("spend per day", () => {
  const days = lastDays(new Date("2026-11-22T12:00:00Z"), "UTC");

  it("sums approved authorisations per day and currency as decimals, never mixing currencies", () => {
    const series = spendPerDay(
      [
        auth("a", "2026-11-22T09:00:00+08:00", "0.1"),
        auth("b", "2026-11-22T10:00:00+08:00", "0.2"),
        auth("c", "2026-11-20T10:00:00+08:00", "19.99"),
        auth("d", "2026-11-22T10:00:00+08:00", "7", "SGD"),
        auth("e", "2026-11-22T10:00:00+08:00", "5000", "USD", "DECLINED"),
      ],
      days,
      "UTC",
    );
    expect(series.map((s) => s.currency)).toEqual(["SGD", "USD"]);
    const usd = series[1];
    expect(usd.days).toHaveLength(30);
    expect(usd.days.find((d) => d.day === "2026-11-22")?.amount).toBe("0.3");
    expect(usd.days.find((d) => d.day === "2026-11-20")?.amount).toBe("19.99");
    expect(usd.total).toBe("20.29");
    expect(usd.max).toBe("19.99");
    expect(series[0].total).toBe("7");
  });

  it("leaves out reversed authorisations, other types, days outside the window and unreadable rows", () => {
    const series = spendPerDay(
      [
        auth("a", "2026-11-21T10:00:00Z", "42.5"),
        { transaction_id: "r", transaction_type: "REVERSAL", transaction_status: "APPROVED", original_transaction_id: "a", billing_amount: "42.5", billing_currency: "USD", transaction_time: "2026-11-21T11:00:00Z" },
        { ...auth("s", "2026-11-21T10:00:00Z", "10"), transaction_type: "SETTLEMENT DEBIT" },
        auth("old", "2026-09-01T10:00:00Z", "99"),
        auth("bad", "not a time", "1"),
        { ...auth("nocur", "2026-11-21T10:00:00Z", "1"), billing_currency: null },
        auth("ok", "2026-11-21T10:00:00Z", "1.5"),
      ],
      days,
      "UTC",
    );
    expect(series).toHaveLength(1);
    expect(series[0].total).toBe("1.5");
  });

  it("buckets by the reader's day, not UQPAY's +08:00", () => {
    const [series] = spendPerDay([auth("a", "2026-11-22T02:00:00+08:00", "3")], days, "UTC");
    expect(series.days.find((d) => d.day === "2026-11-21")?.amount).toBe("3");
  });

  it("has no series when nothing was spent", () => {
    expect(spendPerDay([], days, "UTC")).toEqual([]);
  });

  it("sorts newest first by time", () => {
    const rows = [auth("a", "2026-11-20T10:00:00+08:00", "1"), auth("b", "2026-11-22T10:00:00+08:00", "1"), { ...auth("c", "", "1"), transaction_time: null }];
    expect(sortNewest(rows).map((r) => r.transaction_id)).toEqual(["b", "a", "c"]);
  });
});
