let _workloadSink = 0;

/**
 * The host's speed at this moment: a fixed CPU workload on this thread, best of three, in ms. The
 * machine is shared, and every timing in a bench moves with it; printed at its start and its end.
 */
function hostWorkloadMs(): number {
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    let h = 0;
    for (let i = 0; i < 300_000_000; i++) h = (Math.imul(h, 31) + i) | 0;
    best = Math.min(best, performance.now() - start);
    _workloadSink ^= h; // kept, so the loop cannot be optimised away
  }
  return best;
}

/** One printable line with the host's speed now. */
export const hostLine = () =>
  `Host speed: 300 million integer multiply-adds in ${hostWorkloadMs().toFixed(0)} ms (best of 3; lower is faster)`;
