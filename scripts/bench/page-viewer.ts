import { Worker } from "node:worker_threads";

export type PageView = { ttfb: number; full: number; status: number; location: string | null; error?: string };

/**
 * Times page views from a worker thread. The benchmark's emulator answers the console from the
 * main thread, and a response's first byte must not wait there while the emulator finishes its own
 * work (the overview's 30-day read takes it about 25 ms): real UQPAY is another machine.
 */
export function pageViewer() {
  const worker = new Worker(
    `const { parentPort } = require("node:worker_threads");
    parentPort.on("message", async ({ id, url, cookie }) => {
      const started = performance.now();
      try {
        const response = await fetch(url, { headers: { cookie }, redirect: "manual" });
        const ttfb = performance.now() - started;
        await response.arrayBuffer();
        parentPort.postMessage({ id, ttfb, full: performance.now() - started, status: response.status, location: response.headers.get("location") });
      } catch (error) {
        parentPort.postMessage({ id, error: String(error) });
      }
    });`,
    { eval: true },
  );
  const pending = new Map<number, (v: PageView) => void>();
  worker.on("message", ({ id, ...v }: PageView & { id: number }) => {
    pending.get(id)?.(v);
    pending.delete(id);
  });
  let next = 0;
  return {
    /** One GET with the session cookie, redirects not followed; `error` when the request failed. */
    view: (url: string, cookie: string) =>
      new Promise<PageView>((resolve) => {
        const id = ++next;
        pending.set(id, resolve);
        worker.postMessage({ id, url, cookie });
      }),
    close: () => worker.terminate(),
  };
}
