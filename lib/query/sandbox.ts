import type { EmulatorStatus } from "@/lib/sandbox/emulator-status";
import type { RunRecord } from "@/lib/sandbox/runs";
import { getJson } from "./fetch-json";

// Browser-side reads of the sandbox workbench's GET routes; query keys live here.

export const sandboxKeys = {
  run: (runId: string) => ["sandbox", "run", runId] as const,
  emulator: ["sandbox", "emulator"] as const,
};

export const fetchRun = (runId: string, signal?: AbortSignal) => getJson<RunRecord>(`/api/sandbox/runs/${encodeURIComponent(runId)}`, signal);
export const fetchEmulatorStatus = (signal?: AbortSignal) => getJson<EmulatorStatus>("/api/sandbox/emulator", signal);
