// The console server's retained JavaScript heap, read through its inspector (`node --inspect`):
// a full garbage collection first, then the used size of each heap space. What survives a full
// collection is what the server holds on to, so its trend shows a leak that RSS, which rises and
// falls with the collector's own sizing, blurs (issue #11's memory figure). Compiled code is
// counted apart: V8 keeps optimising hot functions for many minutes, and that code is bounded by
// the program's size, where a leak is objects.
import WebSocket from "ws";

export type Retained = { objectsMb: number; codeMb: number };
export type HeapProbe = { retained: () => Promise<Retained>; close: () => void };

// Evaluated in the server: its heap spaces' used bytes, by name.
const SPACES = "JSON.stringify(process.getBuiltinModule('v8').getHeapSpaceStatistics().map((s) => [s.space_name, s.space_used_size]))";

/** Connects to the inspector a server opened with `--inspect=127.0.0.1:<port>`. */
export async function heapProbe(port: number): Promise<HeapProbe> {
  const [target] = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as { webSocketDebuggerUrl: string }[];
  const socket = new WebSocket(target.webSocketDebuggerUrl);
  await new Promise<void>((resolve, reject) => socket.once("open", () => resolve()).once("error", reject));
  let nextId = 0;
  const pending = new Map<number, { resolve: (result: unknown) => void; reject: (error: Error) => void }>();
  socket.on("message", (data) => {
    const message = JSON.parse(String(data)) as { id?: number; result?: unknown; error?: { message: string } };
    const call = message.id === undefined ? undefined : pending.get(message.id);
    if (!call) return; // an event, not an answer
    pending.delete(message.id!);
    if (message.error) call.reject(new Error(`inspector: ${message.error.message}`));
    else call.resolve(message.result);
  });
  const send = <T>(method: string, params: object = {}) =>
    new Promise<T>((resolve, reject) => {
      const id = ++nextId;
      pending.set(id, { resolve: resolve as (result: unknown) => void, reject });
      socket.send(JSON.stringify({ id, method, params }));
    });
  return {
    retained: async () => {
      await send("HeapProfiler.collectGarbage");
      const { result } = await send<{ result: { value: string } }>("Runtime.evaluate", { expression: SPACES, returnByValue: true });
      const spaces = JSON.parse(result.value) as [string, number][];
      const mb = (code: boolean) => spaces.filter(([name]) => name.startsWith("code_") === code).reduce((sum, [, bytes]) => sum + bytes, 0) / 2 ** 20;
      return { objectsMb: mb(false), codeMb: mb(true) };
    },
    close: () => socket.close(),
  };
}
