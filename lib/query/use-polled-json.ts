"use client";

import { useCallback, useEffect, useState } from "react";
import { getJson } from "./fetch-json";

/**
 * A console GET route read every `everyMs`: one request at a time (the next is scheduled when the
 * last has answered), none while the tab is hidden, and `reload` for right after a change. The last
 * answer stays on screen when a later read fails. `initial`, when the server rendered the data,
 * is shown first and the first read waits a period. For an island's own live data (the sandbox's
 * emulator controls); pages refresh through components/live-refresh.tsx instead.
 */
export function usePolledJson<T>(url: string, everyMs: number, initial?: T) {
  const [state, setState] = useState<{ data?: T; failed: boolean }>({ data: initial, failed: false });
  const [hasInitial] = useState(initial !== undefined);
  const load = useCallback(
    async (signal?: AbortSignal) => {
      try {
        const data = await getJson<T>(url, signal);
        setState({ data, failed: false });
      } catch {
        if (!signal?.aborted) setState((s) => ({ ...s, failed: true }));
      }
    },
    [url],
  );
  useEffect(() => {
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = async () => {
      if (!document.hidden) await load(controller.signal);
      if (!controller.signal.aborted) timer = setTimeout(tick, everyMs);
    };
    if (hasInitial) timer = setTimeout(tick, everyMs);
    else void tick();
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [load, everyMs, hasInitial]);
  return { ...state, reload: load };
}
