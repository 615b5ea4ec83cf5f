import "server-only";
import { setTimeout as wait } from "node:timers/promises";
import { requireRole } from "@/lib/auth/session";
import type { Delivery, EmulatorClock, FaultRule } from "./emulator-control";
import { activeEmulator, controlCall } from "./workbench";

// What the emulator controls panel shows; polled by the browser. The webhook secret leaves the
// server only as its last four characters.

export type EmulatorStatus = {
  clock: EmulatorClock;
  faults: FaultRule[];
  webhooks: { url: string | null; secretLast4: string | null; duplicate: boolean; outOfOrder: boolean };
  deliveries: Delivery[];
};

const DELIVERIES_SHOWN = 50;

export async function emulatorStatus(): Promise<EmulatorStatus> {
  await requireRole("operator");
  const { control } = await activeEmulator();
  const [clock, faults, webhooks, deliveries] = await controlCall(() => Promise.all([control.clock(), control.faults(), control.webhooks(), control.deliveries()]));
  return {
    clock,
    faults,
    webhooks: { url: webhooks.url, secretLast4: webhooks.secret ? webhooks.secret.slice(-4) : null, duplicate: webhooks.duplicate, outOfOrder: webhooks.out_of_order },
    deliveries: deliveries.slice(-DELIVERIES_SHOWN).reverse(),
  };
}

// How long the sandbox page waits for the emulator before it renders the panel without a status.
const PAGE_WAIT_MS = 1_000;

/**
 * The status the sandbox page renders its panel with, so the panel's first paint is its final size
 * (read in the browser afterwards, it pushed the reset button down). Undefined when the emulator
 * fails or takes over a second: the page is not held up, and the panel reads the status itself.
 */
export async function initialEmulatorStatus(): Promise<EmulatorStatus | undefined> {
  return Promise.race([emulatorStatus().catch(() => undefined), wait(PAGE_WAIT_MS, undefined, { ref: false })]);
}
