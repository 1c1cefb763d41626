/** A tiny benchmark harness: runs a function repeatedly and reports median and 95th-percentile time. */
export interface BenchResult {
  readonly name: string;
  readonly runs: number;
  readonly medianMs: number;
  readonly p95Ms: number;
  readonly note?: string;
}

/** Times `fn` after `warmup` untimed runs; stops after `runs` runs or `budgetMs`, whichever comes first. */
export function bench(
  name: string,
  fn: () => unknown,
  options: { runs?: number; warmup?: number; budgetMs?: number; note?: string } = {},
): BenchResult {
  const { runs = 50, warmup = 3, budgetMs = 5000 } = options;
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  const started = performance.now();
  while (times.length < runs && performance.now() - started < budgetMs) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return {
    name,
    runs: times.length,
    medianMs: at(0.5),
    p95Ms: at(0.95),
    ...(options.note ? { note: options.note } : {}),
  };
}

/** Prints results as an aligned table. */
export function printResults(title: string, results: readonly BenchResult[]): void {
  console.log(`\n${title}`);
  const width = Math.max(...results.map((r) => r.name.length));
  for (const r of results) {
    const line = `${r.name.padEnd(width)}  median ${r.medianMs.toFixed(3).padStart(9)} ms   p95 ${r.p95Ms.toFixed(3).padStart(9)} ms   (${r.runs} runs)`;
    console.log(r.note ? `${line}  ${r.note}` : line);
  }
}
