import { summarize, type RunState } from "./run-types";

// The CLI's summary of a run: one line per step, the failing checks under a failed step.

const MARK = { passed: "PASS", failed: "FAIL", skipped: "SKIP", pending: "    ", running: "...." } as const;
const show = (v: unknown) => (v === undefined ? "(nothing)" : JSON.stringify(v));

export function formatRun(state: RunState): string {
  const lines = [`${state.title} — ${state.target.name} (${state.target.environment})`, ""];
  for (const step of state.steps) {
    const retries = step.attempts.filter((a) => !a.ok).length;
    const extra = [step.durationMs !== undefined ? `${step.durationMs} ms` : "", retries ? `${retries} retried attempt(s)` : "", step.webhook?.received ? `webhook ${step.webhook.received.eventType}` : ""]
      .filter(Boolean)
      .join(", ");
    lines.push(`  ${MARK[step.status]}  ${step.title}${extra ? `  (${extra})` : ""}`);
    if (step.status === "failed") {
      for (const c of step.checks.filter((c) => !c.ok)) lines.push(`          ${c.path}: expected ${show(c.expected)}, got ${show(c.actual)}`);
      if (step.note) lines.push(`          ${step.note}`);
    }
  }
  const s = summarize(state);
  lines.push("", `${state.status.toUpperCase()}: ${s.passed} passed, ${s.failed} failed, ${s.skipped} skipped of ${s.total} steps`);
  return lines.join("\n");
}
