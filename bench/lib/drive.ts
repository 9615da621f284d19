/** Runs calls against a server and measures them from inside the calling process. */

export interface RoundResult {
  calls: number;
  concurrency: number;
  wallMs: number;
  /** CPU of this whole process during the round (`process.cpuUsage`), in µs. */
  cpuUserUs: number;
  cpuSystemUs: number;
  /** Per-call latency percentiles, in µs. */
  p50Us: number;
  p99Us: number;
}

/**
 * `calls` calls, `concurrency` at a time (each lane starts its next call when the previous one ends).
 * A failed call fails the round: a contender that errors is not measured.
 */
export async function drive(call: () => Promise<unknown>, calls: number, concurrency: number): Promise<RoundResult> {
  const latencies = new Float64Array(calls);
  let next = 0;
  const lane = async (): Promise<void> => {
    for (;;) {
      const i = next++;
      if (i >= calls) return;
      const t0 = performance.now();
      await call();
      latencies[i] = performance.now() - t0;
    }
  };
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await Promise.all(Array.from({ length: Math.min(concurrency, calls) }, lane));
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  latencies.sort();
  const pick = (q: number): number => latencies[Math.min(calls - 1, Math.floor(q * calls))]! * 1000;
  return {
    calls,
    concurrency,
    wallMs,
    cpuUserUs: cpu.user,
    cpuSystemUs: cpu.system,
    p50Us: pick(0.5),
    p99Us: pick(0.99),
  };
}
