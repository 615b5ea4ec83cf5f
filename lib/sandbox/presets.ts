import type { FaultRule } from "./emulator-control";

// Fault presets for the emulator controls. "flaky-network" is bounded (count) so that the
// client's retries (4 attempts per call) always get through: a lost response on the first card
// creation — the idempotency key makes its retry a replay, not a second card — two 5xx anywhere
// and some latency.
export const FAULT_PRESETS = {
  "flaky-network": [
    { path: "/v1/issuing/cards", method: "POST", kind: "lost_response", count: 1 },
    { path: "/v1/**", kind: "error500", probability: 0.3, count: 2 },
    { path: "/v1/**", kind: "latency", ms: 300, probability: 0.3 },
  ],
  "uqpay-outage": [{ path: "/**", kind: "error500" }],
  "rate-limited": [{ path: "/**", kind: "error429", probability: 0.5 }],
} as const satisfies Record<string, FaultRule[]>;

export type FaultPreset = keyof typeof FAULT_PRESETS;
export const FAULT_PRESET_NAMES = Object.keys(FAULT_PRESETS) as FaultPreset[];
