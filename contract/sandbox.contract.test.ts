import { describe, expect, it } from "vitest";
import { SANDBOX_SKIP_REASON, sandboxClient, sandboxCredentials } from "./targets";

// Read-only, sandbox-safe cases against the real UQPAY sandbox. Without credentials they are
// skipped, and the skipped suite's name says why.
const suite = sandboxCredentials ? describe : describe.skip;
const name = sandboxCredentials ? "real UQPAY sandbox (read-only)" : SANDBOX_SKIP_REASON;

if (!sandboxCredentials) console.info(`[contract] ${SANDBOX_SKIP_REASON}`);

suite(name, () => {
  const uqpay = sandboxClient()!;

  it("issues a token and reuses it", async () => {
    await uqpay.verifyCredentials();
    await uqpay.verifyCredentials();
  });

  it("lists products, cardholders, cards and balances in the shapes the client expects", async () => {
    const [products, cardholders, cards, balances] = await Promise.all([
      uqpay.issuing.products.list(),
      uqpay.issuing.cardholders.list(),
      uqpay.issuing.cards.list(),
      uqpay.issuing.balances.list(),
    ]);
    for (const page of [products, cardholders, cards, balances]) {
      expect(page.total_items).toBeGreaterThanOrEqual(0);
      expect(Array.isArray(page.data)).toBe(true);
    }
  });

  it("answers an unknown card with a parsed error", async () => {
    const error = await uqpay.issuing.cards.retrieve("00000000-0000-4000-8000-000000000000").catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "UqpayError", outcome: "failed" });
  });
});
