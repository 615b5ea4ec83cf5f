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

/**
 * Lighthouse 12 (mobile preset, Debian Chromium) three times on one page, signed in when a session
 * cookie is given: the median score, and a line of what it is made of. A run that Lighthouse
 * could not finish (NO_NAVSTART now and then) is tried again. The median run's report is
 * kept in `dataDir` (named after the page, or `report` when given). Null when no run finished.
 */
export async function lighthouseMedian(
  url: string,
  options: { cookie?: string; dataDir: string; report?: string },
): Promise<{ score: number; detail: string } | null> {
  const scores: number[] = [];
  const reports: Report[] = [];
  // Three scores; a run Lighthouse could not finish is tried again, twice at most.
  for (let attempt = 0; scores.length < 3 && attempt < 5; attempt++) {
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
    // A run Lighthouse could not finish (a page that did not settle in time) is not a score of 0.
    if (report?.runtimeError) console.log(`   lighthouse could not measure ${url}: ${report.runtimeError.message}`);
    else if (typeof report?.categories?.performance?.score === "number") {
      scores.push(Math.round(report.categories.performance.score * 100));
      reports.push(report);
    } else console.log(`   lighthouse failed on ${url}: ${(result.stderr || "").split("\n").slice(-3).join(" ")}`);
  }
  if (!scores.length) return null;
  // The metrics of the median run: what the score is made of. Lighthouse's benchmark index (higher
  // is faster) says how busy the host was: TBT is the page's observed main-thread time times four,
  // so a slower host costs score.
  const mid = reports[scores.indexOf(median(scores))];
  const page = new URL(url).pathname;
  const name = options.report ?? `lighthouse${page.replaceAll("/", "-") || "-"}${options.cookie ? "" : "-signed-out"}`;
  const saved = path.join(options.dataDir, `${name}.json`);
  writeFileSync(saved, JSON.stringify(mid));
  const metrics = Object.entries(METRICS).map(([audit, name]) => `${name} ${mid.audits[audit]?.displayValue ?? "?"}`).join(", ");
  const hosts = reports.map((r) => Math.round(r.environment?.benchmarkIndex ?? 0)).join(", ");
  return { score: median(scores), detail: `runs: ${scores.join(", ")}; ${metrics}; benchmark index ${hosts}; report ${saved}` };
}
