export interface RequestLogEntry {
  id: number;
  time: string;
  emulated_time: string;
  method: string;
  path: string;
  query: string;
  status: number | null;
  duration_ms: number;
  idempotency_key: string | null;
  replayed: boolean;
  fault: string | null;
}

const CAPACITY = 10_000;

/** A bounded in-memory log of API calls, read through `GET /__emulator/requests`. */
export class RequestLog {
  private entries: RequestLogEntry[] = [];
  private nextId = 1;

  start(entry: Omit<RequestLogEntry, "id" | "status" | "duration_ms" | "replayed" | "fault">): RequestLogEntry {
    const full: RequestLogEntry = { ...entry, id: this.nextId++, status: null, duration_ms: 0, replayed: false, fault: null };
    this.entries.push(full);
    if (this.entries.length > CAPACITY) this.entries.splice(0, this.entries.length - CAPACITY);
    return full;
  }

  query(options: { pathPrefix?: string | null; since?: string | null; limit?: number }): RequestLogEntry[] {
    const since = options.since ? Date.parse(options.since) : null;
    // `since` is on the emulated clock, the one GET /__emulator/clock reports.
    const matched = this.entries.filter(
      (e) =>
        (!options.pathPrefix || e.path.startsWith(options.pathPrefix)) &&
        (since === null || Number.isNaN(since) || Date.parse(e.emulated_time) >= since),
    );
    return matched.slice(-(options.limit ?? 1000));
  }

  clear(): void {
    this.entries = [];
  }
}
