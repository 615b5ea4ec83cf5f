// The browser-side reader of the console's own GET routes (DESIGN §3): the cardholder picker and
// usePolledJson call it, and a failure carries the route's status and error code. (LiveWatch reads
// the raw text instead: it compares a fingerprint of the exact answer.)

export class FetchError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "FetchError";
  }
}

export async function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(url, { signal, cache: "no-store", headers: { accept: "application/json" } });
  const body = (await response.json().catch(() => null)) as (T & { code?: string; message?: string }) | null;
  if (!response.ok || body === null) throw new FetchError(response.status, body?.code ?? "unexpected", body?.message ?? response.statusText);
  return body;
}
