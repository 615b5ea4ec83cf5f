import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Harness, Receiver } from "../testing/harness";

// POST /__emulator/deliveries/:event_id/redeliver: the sandbox workbench's "send again".

let h: Harness;
let receiver: Receiver;

beforeAll(async () => {
  receiver = await new Receiver().start();
  h = await Harness.start({ webhookUrl: receiver.url, webhookSecret: "whsec_redeliver_test" });
  await h.login();
});
afterAll(async () => {
  await h?.emu.close();
  await receiver?.close();
});

describe("redelivery", () => {
  it("sends a logged event again with the same event_id and logs the attempt", async () => {
    const holder = await h.post("/v1/issuing/cardholders", { first_name: "Red", last_name: "Liver", email: "red.liver@example.com", country_code: "SG", phone_number: "91230001" });
    expect(holder.status).toBe(200);
    await h.post(`/v1/issuing/cardholders/${holder.body.cardholder_id as string}`, { nationality: "SG" });
    await h.emu.runtime.webhooks.idle();
    const log = await h.control<{ data: { event_id: string; event_type: string }[] }>("GET", "/deliveries");
    const first = log.body.data[0];
    expect(first).toBeDefined();
    const before = receiver.received.filter((r) => r.body.event_id === first.event_id).length;

    const again = await h.control("POST", `/deliveries/${first.event_id}/redeliver`, {});
    expect(again.status).toBe(200);
    await h.emu.runtime.webhooks.idle();
    expect(receiver.received.filter((r) => r.body.event_id === first.event_id).length).toBe(before + 1);
    const after = await h.control<{ data: { event_id: string }[] }>("GET", "/deliveries");
    expect(after.body.data.filter((d) => d.event_id === first.event_id).length).toBe(2);
  });

  it("answers 404 for an event it never sent", async () => {
    const missing = await h.control("POST", "/deliveries/00000000-0000-4000-8000-000000000000/redeliver", {});
    expect(missing.status).toBe(404);
  });
});
