import { z } from "zod";
import { FAULT_PRESET_NAMES } from "@/lib/sandbox/presets";
import { RESET_CONFIRMATION } from "@/lib/sandbox/reset";

export { RESET_CONFIRMATION } from "@/lib/sandbox/reset";

// Inputs of the sandbox workbench's actions (forms and server actions share them).

const MAX_ADVANCE_SECONDS = 5 * 366 * 24 * 60 * 60;

export const startRunSchema = z.object({ scenario: z.string().min(1).max(64) });

export const advanceClockSchema = z.union([
  z.object({ seconds: z.number().int().positive().max(MAX_ADVANCE_SECONDS) }),
  z.object({ to: z.iso.date() }),
]);
export type AdvanceClockInput = z.infer<typeof advanceClockSchema>;

export const faultRuleSchema = z.object({
  path: z.string().min(1).max(200),
  method: z.enum(["GET", "POST"]).optional(),
  kind: z.enum(["latency", "error500", "error429", "hang", "lost_response"]),
  probability: z.number().min(0).max(1).optional(),
  ms: z.number().int().min(0).max(120_000).optional(),
  phase: z.enum(["before", "inside"]).optional(),
  count: z.number().int().min(1).max(10_000).optional(),
});
export const faultRulesSchema = z.object({ rules: z.array(faultRuleSchema).max(20) });
export const faultPresetSchema = z.object({ preset: z.enum(FAULT_PRESET_NAMES as [string, ...string[]]) });

export const webhookSettingsSchema = z.object({
  url: z.union([z.url({ protocol: /^https?$/ }), z.literal("")]),
  /** Empty keeps the current secret. */
  secret: z.string().max(200),
  duplicate: z.boolean(),
  outOfOrder: z.boolean(),
});
export type WebhookSettingsInput = z.infer<typeof webhookSettingsSchema>;

export const redeliverSchema = z.object({ eventId: z.uuid() });

export const resetEmulatorSchema = z.object({
  confirmation: z.literal(RESET_CONFIRMATION, { error: "confirmation" }),
  demo: z.boolean(),
});
