import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/lib/db/client";
import { startEmulator, type RunningEmulator } from "@/lib/emulator/server";
import { openTestDb } from "@/lib/testing/test-db";
import { findScenario } from "@/scenarios";
import { runScenario } from "./runner";
import { eq } from "drizzle-orm";
import { scenarioRuns } from "@/lib/db/schema";
import { createRun, getRun, listRuns, saveRun, STALE_RUN_MS } from "./runs";

// The run history: the runner's updates land in scenario_runs (PGlite, or TEST_DATABASE_URL).

let handle: DbHandle;
let emu: RunningEmulator;

beforeAll(async () => {
  [handle, emu] = await Promise.all([openTestDb(), startEmulator({ db: "memory", port: 0, mode: "test", activationDelayMs: 200, tickMs: 50 })]);
}, 120_000);
afterAll(async () => {
  await Promise.all([handle?.close(), emu?.close()]);
});

describe("scenario_runs", () => {
  it("records every step of a run as it goes, and the outcome", { timeout: 60_000 }, async () => {
    const scenario = findScenario("quickstart")!;
    const id = await createRun(handle.db, { scenario: scenario.name, connectionId: null, connectionName: "test emulator", environment: "emulator", actor: { id: null, email: "pm@example.com" }, steps: [] });
    const seenRunning: string[] = [];
    const state = await runScenario(
      scenario,
      { connection: { id: randomUUID(), baseUrl: emu.apiBase, ...emu.credentials }, environment: "emulator", name: "test emulator" },
      {
        onUpdate: async (s) => {
          await saveRun(handle.db, id, s);
          const running = (await getRun(handle.db, id))!.steps.find((step) => step.status === "running");
          if (running) seenRunning.push(running.id);
        },
      },
    );
    expect(state.status).toBe("passed");
    expect(seenRunning).toEqual(scenario.steps.map((s) => s.id));
    const stored = await getRun(handle.db, id);
    expect(stored).toMatchObject({ status: "passed", actorEmail: "pm@example.com", scenario: "quickstart" });
    expect(stored!.steps.every((s) => s.status === "passed")).toBe(true);
    expect(stored!.finishedAt).not.toBeNull();
    expect((await listRuns(handle.db)).map((r) => r.id)).toContain(id);
  });

  it("shows a run cut off mid-way (still 'running' long after it started) as interrupted", async () => {
    const id = await createRun(handle.db, { scenario: "quickstart", connectionId: null, connectionName: "gone", environment: "emulator", actor: { id: null, email: null }, steps: [] });
    expect((await getRun(handle.db, id))!.status).toBe("running");
    await handle.db.update(scenarioRuns).set({ startedAt: new Date(Date.now() - STALE_RUN_MS - 1000) }).where(eq(scenarioRuns.id, id));
    expect(await getRun(handle.db, id)).toMatchObject({ status: "error", error: expect.stringContaining("interrupted") });
  });
});
