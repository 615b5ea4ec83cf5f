// The console server's retained JavaScript heap, read through its inspector (`node --inspect`):
// a full garbage collection first, then the heap's used size. What survives a full collection is
// what the server holds on to, so its trend shows a leak that RSS, which rises and falls with the
// collector's own sizing, blurs (issue #11's memory figure).
import WebSocket from "ws";

export type HeapProbe = { retainedMb: () => Promise<number>; close: () => void };

/** Connects to the inspector a server opened with `--inspect=127.0.0.1:<port>`. */
export async function heapProbe(port: number): Promise<HeapProbe> {
  const [target] = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as { webSocketDebuggerUrl: string }[];
  const socket = new WebSocket(target.webSocketDebuggerUrl);
  await new Promise<void>((resolve, reject) => socket.once("open", () => resolve()).once("error", reject));
  let nextId = 0;
  const pending = new Map<number, (result: unknown) => void>();
  socket.on("message", (data) => {
    const message = JSON.parse(String(data)) as { id?: number; result?: unknown };
    if (message.id !== undefined) pending.get(message.id)?.(message.result);
    pending.delete(message.id ?? -1);
  });
  const send = <T>(method: string) =>
    new Promise<T>((resolve) => {
      const id = ++nextId;
      pending.set(id, resolve as (result: unknown) => void);
      socket.send(JSON.stringify({ id, method }));
    });
  return {
    retainedMb: async () => {
      await send("HeapProfiler.collectGarbage");
      const { usedSize } = await send<{ usedSize: number }>("Runtime.getHeapUsage");
      return usedSize / 2 ** 20;
    },
    close: () => socket.close(),
  };
}
