// The memory phase of `npm run bench`: the console server's RSS, and its retained heap (heap.ts),
// over a scripted session of every page in turn, with the trend over the session's second half.
import { heapProbe } from "./heap";
import { median } from "./median";

type Point = { minute: number; mb: number };

/** The least-squares slope of memory over time, in MiB per minute. */
function slope(points: Point[]): number {
  if (points.length < 2) return 0;
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const [mx, my] = [mean(points.map((p) => p.minute)), mean(points.map((p) => p.mb))];
  return points.reduce((a, p) => a + (p.minute - mx) * (p.mb - my), 0) / points.reduce((a, p) => a + (p.minute - mx) ** 2, 0);
}

/**
 * The Theil–Sen slope: the median of the slopes between every two points. A collection's dip or a
 * peak is one point among many, so it cannot tilt it the way it tilts a least-squares line.
 */
function robustSlope(points: Point[]): number {
  const slopes: number[] = [];
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) if (points[j].minute > points[i].minute) slopes.push((points[j].mb - points[i].mb) / (points[j].minute - points[i].minute));
  }
  return slopes.length ? median(slopes) : 0;
}

/** No growth: under 1 MiB a minute over the second half (a falling figure is not growth). */
const GROWTH_MB_PER_MIN = 1;

/**
 * Runs `round` (one view of every page; it answers how many) for `minutes`. RSS is read every 15 s;
 * a collection drops it for a while and the heap's regrowth lifts it, so a least-squares line
 * through the second half's samples, or through its five peaks, tilts with where one dip or peak
 * falls: the verdict is the Theil–Sen slope of every sample (both least-squares slopes are printed
 * beside it). The retained heap is read at every minute's end, after a full collection the
 * inspector forces (once a minute, among the server's own hundreds).
 */
export async function memorySession(options: { minutes: number; rssMb: () => number; inspectorPort: number; round: () => Promise<number> }) {
  const { minutes, rssMb, round } = options;
  const heap = await heapProbe(options.inspectorPort);
  try {
    const started = Date.now();
    const minute = () => (Date.now() - started) / 60_000;
    const rss: Point[] = [{ minute: 0, mb: rssMb() }];
    const retained: (Point & { codeMb: number })[] = [];
    const readHeap = async () => {
      const { objectsMb, codeMb } = await heap.retained();
      retained.push({ minute: minute(), mb: objectsMb, codeMb });
    };
    await readHeap();
    let views = 0;
    while (Date.now() < started + minutes * 60_000) {
      views += await round();
      if (Date.now() - started >= rss.length * 15_000) rss.push({ minute: minute(), mb: rssMb() });
      if (Date.now() - started >= retained.length * 60_000) await readHeap();
    }
    const peaks = new Map<number, number>();
    // The last sample, a moment past the end, belongs to the last minute.
    const bucket = (s: Point) => Math.min(Math.ceil(s.minute), minutes);
    for (const s of rss.slice(1)) peaks.set(bucket(s), Math.max(peaks.get(bucket(s)) ?? 0, s.mb));
    const late = (p: Point) => p.minute >= minutes / 2;
    const rssTrend = robustSlope(rss.filter(late));
    const peakTrend = slope([...peaks].map(([minute, mb]) => ({ minute, mb })).filter(late));
    const heapTrend = slope(retained.filter(late));
    const bytesPerView = (heapTrend * 2 ** 20 * minutes) / views;
    const ok = (trend: number) => (trend < GROWTH_MB_PER_MIN ? "ok  " : "OVER");
    const list = (points: number[]) => points.map((mb) => mb.toFixed(0)).join(" ");
    console.log(`     ${views} page views; RSS first ${rss[0].mb.toFixed(0)} MiB, last ${rss.at(-1)!.mb.toFixed(0)} MiB; peak in each minute: ${list([...peaks.values()])}`);
    console.log(`     retained heap after a full collection, each minute (MiB): objects ${retained.map((p) => p.mb.toFixed(1)).join(" ")}`);
    console.log(`                                                          compiled code ${retained.map((p) => p.codeMb.toFixed(1)).join(" ")}`);
    console.log(
      `${ok(rssTrend)} RSS trend over the second half: ${rssTrend.toFixed(2)} MiB/min, Theil–Sen over every sample (no growth: under ${GROWTH_MB_PER_MIN} MiB/min); ` +
        `least squares: ${slope(rss.filter(late)).toFixed(2)} MiB/min over every sample, ${peakTrend.toFixed(2)} over the minutes' peaks`,
    );
    console.log(`${ok(heapTrend)} retained objects' trend over the second half: ${heapTrend.toFixed(2)} MiB/min (about ${Math.max(0, bytesPerView).toFixed(0)} bytes per view)`);
  } finally {
    heap.close();
  }
}
