import { execFile, execFileSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { median } from "./median";

const run = promisify(execFile);
const METRICS = { "first-contentful-paint": "FCP", "largest-contentful-paint": "LCP", "total-blocking-time": "TBT", "cumulative-layout-shift": "CLS", "speed-index": "SI" };

type Report = {
  categories?: { performance?: { score: number | null } };
  audits: Record<string, { displayValue?: string }>;
  environment?: { benchmarkIndex?: number };
  runtimeError?: { message: string };
};

/** Debian's Chromium, which Lighthouse drives, installed with apt when missing (as `npm test` does). */
export function ensureChromium(): void {
  execFileSync("bash", ["scripts/ensure-chromium.sh"], { stdio: "inherit" });
}

/** One Lighthouse run's score (0–100) and its report. */
export type LighthouseRun = { score: number; report: Report };

/**
 * Lighthouse 12 (mobile preset, Debian Chromium) once on one page, signed in when a session cookie
 * is given. A run Lighthouse could not finish (NO_NAVSTART now and then) is tried again, twice at
 * most: it is not a score of 0. Null when no attempt finished.
 */
async function lighthouseRun(url: string, options: { cookie?: string; dataDir: string }): Promise<LighthouseRun | null> {
  for (let attempt = 0; attempt < 3; attempt++) {
    // The report goes to a file: Chromium's own messages can land on Lighthouse's stdout.
    const reportPath = path.join(options.dataDir, "lighthouse-run.json");
    rmSync(reportPath, { force: true });
    // Asynchronously: the benchmark's emulator runs in the caller's process and must keep answering the page.
    const result = await run(
      "node_modules/.bin/lighthouse",
      [
        url,
        "--only-categories=performance",
        "--output=json",
        `--output-path=${reportPath}`,
        "--quiet",
        ...(options.cookie ? [`--extra-headers=${JSON.stringify({ Cookie: options.cookie })}`] : []),
        "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run --disable-dev-shm-usage",
      ],
      { env: { ...process.env, CHROME_PATH: "/usr/bin/chromium" }, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 },
    ).catch((error: { stdout?: string; stderr?: string }) => ({ stdout: error.stdout ?? "", stderr: error.stderr ?? String(error) }));
    const report = (existsSync(reportPath) ? JSON.parse(readFileSync(reportPath, "utf8")) : null) as Report | null;
    if (report?.runtimeError) console.log(`   lighthouse could not measure ${url}: ${report.runtimeError.message}`);
    else if (typeof report?.categories?.performance?.score === "number") return { score: Math.round(report.categories.performance.score * 100), report };
    else console.log(`   lighthouse failed on ${url}: ${(result.stderr || "").split("\n").slice(-3).join(" ")}`);
  }
  return null;
}

/**
 * The median score of some runs, and a line of what it is made of: each run's score, the median
 * run's metrics and every run's benchmark index. The median run's report is kept in `dataDir` as
 * `<name>.json`. Null when there are no runs.
 */
export function lighthouseSummary(runs: LighthouseRun[], dataDir: string, name: string): { score: number; detail: string } | null {
  if (!runs.length) return null;
  const scores = runs.map((r) => r.score);
  // Lighthouse's benchmark index (higher is faster) says how busy the host was: TBT is the page's
  // observed main-thread time times four, so a slower host costs score.
  const mid = runs[scores.indexOf(median(scores))].report;
  const saved = path.join(dataDir, `${name}.json`);
  writeFileSync(saved, JSON.stringify(mid));
  const metrics = Object.entries(METRICS).map(([audit, label]) => `${label} ${mid.audits[audit]?.displayValue ?? "?"}`).join(", ");
  const hosts = runs.map((r) => Math.round(r.report.environment?.benchmarkIndex ?? 0)).join(", ");
  return { score: median(scores), detail: `runs: ${scores.join(", ")}; ${metrics}; benchmark index ${hosts}; report ${saved}` };
}

/** The report name for a page: `lighthouse-cards`, `lighthouse-login-signed-out`. */
function reportName(url: string, signedIn: boolean): string {
  return `lighthouse${new URL(url).pathname.replaceAll("/", "-") || "-"}${signedIn ? "" : "-signed-out"}`;
}

/**
 * Lighthouse three times on one page: the median, as `lighthouseSummary` gives it. With `besideUrl`
 * (the framework floor), each run is followed by one on that page, whose runs come back beside it.
 */
export async function lighthouseMedian(
  url: string,
  options: { cookie?: string; dataDir: string; besideUrl?: string },
): Promise<{ result: { score: number; detail: string } | null; beside: LighthouseRun[] }> {
  const runs: LighthouseRun[] = [];
  const beside: LighthouseRun[] = [];
  for (let i = 0; i < 3; i++) {
    const pageRun = await lighthouseRun(url, options);
    if (pageRun) runs.push(pageRun);
    const besideRun = options.besideUrl ? await lighthouseRun(options.besideUrl, { dataDir: options.dataDir }) : null;
    if (besideRun) beside.push(besideRun);
  }
  return { result: lighthouseSummary(runs, options.dataDir, reportName(url, Boolean(options.cookie))), beside };
}
