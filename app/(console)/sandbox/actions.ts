"use server";

import { getLocale } from "next-intl/server";
import { serverAction } from "@/lib/actions/server-action";
import { writeAudit } from "@/lib/audit/write";
import type { FaultRule } from "@/lib/sandbox/emulator-control";
import { FAULT_PRESETS, type FaultPreset } from "@/lib/sandbox/presets";
import { activeEmulator, controlCall, startRun } from "@/lib/sandbox/workbench";
import {
  advanceClockSchema,
  faultPresetSchema,
  faultRulesSchema,
  redeliverSchema,
  resetEmulatorSchema,
  startRunSchema,
  webhookSettingsSchema,
} from "@/lib/schemas/sandbox";

// Every control change is audited; every action re-checks that the active connection is the
// emulator (and never production) before touching anything.

export const startScenarioRun = serverAction({ name: "sandbox.scenario.run", role: "operator", schema: startRunSchema }, async ({ scenario }, { user, db }) => {
  const locale = (await getLocale()) === "zh-CN" ? "zh-CN" : "en";
  return { runId: await startRun(db, user, scenario, locale) };
});

export const advanceEmulatorClock = serverAction({ name: "sandbox.clock.advance", role: "operator", schema: advanceClockSchema }, async (input, { user, db }) => {
  const { control } = await activeEmulator();
  const by = "seconds" in input ? { seconds: input.seconds } : { to: `${input.to}T00:00:00Z` };
  const clock = await controlCall(() => control.advance(by));
  await writeAudit(db, { actor: user, action: "sandbox.clock.advance", outcome: "success", details: { ...by, now: clock.now } });
  return clock;
});

async function setFaults(rules: FaultRule[], audit: Record<string, unknown>, ctx: { user: Parameters<typeof writeAudit>[1]["actor"]; db: Parameters<typeof writeAudit>[0] }) {
  const { control } = await activeEmulator();
  const applied = await controlCall(() => control.setFaults(rules));
  await writeAudit(ctx.db, { actor: ctx.user, action: "sandbox.faults.set", outcome: "success", details: { ...audit, rules: applied.map(({ fired: _f, ...r }) => r) } });
  return applied;
}

export const setEmulatorFaults = serverAction({ name: "sandbox.faults.set", role: "operator", schema: faultRulesSchema }, async ({ rules }, ctx) => setFaults(rules, {}, ctx));

export const applyFaultPreset = serverAction({ name: "sandbox.faults.set", role: "operator", schema: faultPresetSchema }, async ({ preset }, ctx) =>
  setFaults(FAULT_PRESETS[preset as FaultPreset].map((r) => ({ ...r })), { preset }, ctx),
);

export const updateEmulatorWebhooks = serverAction({ name: "sandbox.webhooks.update", role: "operator", schema: webhookSettingsSchema }, async (input, { user, db }) => {
  const { control } = await activeEmulator();
  const patch = { url: input.url || null, duplicate: input.duplicate, out_of_order: input.outOfOrder, ...(input.secret ? { secret: input.secret } : {}) };
  await controlCall(() => control.setWebhooks(patch));
  await writeAudit(db, {
    actor: user,
    action: "sandbox.webhooks.update",
    outcome: "success",
    details: { url: patch.url, duplicate: patch.duplicate, out_of_order: patch.out_of_order, secret_changed: Boolean(input.secret) },
  });
  return { saved: true };
});

export const redeliverWebhook = serverAction({ name: "sandbox.webhooks.redeliver", role: "operator", schema: redeliverSchema }, async ({ eventId }, { user, db }) => {
  const { control } = await activeEmulator();
  await controlCall(() => control.redeliver(eventId));
  await writeAudit(db, { actor: user, action: "sandbox.webhooks.redeliver", target: eventId, outcome: "success" });
  return { redelivered: true };
});

export const resetEmulator = serverAction({ name: "sandbox.emulator.reset", role: "operator", schema: resetEmulatorSchema }, async ({ demo }, { user, db }) => {
  const { control } = await activeEmulator();
  await controlCall(() => control.reset(demo));
  await writeAudit(db, { actor: user, action: "sandbox.emulator.reset", outcome: "success", details: { demo } });
  return { reset: true };
});

export const seedEmulatorDemo = serverAction({ name: "sandbox.emulator.seed_demo", role: "operator", schema: resetEmulatorSchema.pick({ confirmation: true }) }, async (_input, { user, db }) => {
  const { control } = await activeEmulator();
  await controlCall(() => control.seedDemo());
  await writeAudit(db, { actor: user, action: "sandbox.emulator.seed_demo", outcome: "success" });
  return { seeded: true };
});
