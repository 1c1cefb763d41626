import { readdirSync, readFileSync } from 'node:fs';
import {
  caseToSession,
  impedanceCheck,
  parseCase,
  PhysiologyEngine,
  programmingAssistant,
  restoreSession,
  serializeSession,
} from '../src-core';
import type { BenchResult } from './harness';

const CASES_DIR = 'resources/cases';

/**
 * The programming assistant's run time per library case (target ≤ 5 s on one core): cold (a fresh engine, so the
 * case's fibres and unit fields are built first, as the CLI does) and warm (the same engine again, as in the app,
 * whose worker already holds the case's fields). One run each: a search takes seconds.
 */
export function assistantBenchmarks(): BenchResult[] {
  const results: BenchResult[] = [];
  const files = readdirSync(CASES_DIR)
    .filter((f) => f.endsWith('.case.json'))
    .sort();
  for (const file of files) {
    const parsed = parseCase(readFileSync(`${CASES_DIR}/${file}`, 'utf8'));
    if (!parsed.ok) throw new Error(`${file}: ${parsed.error}`);
    if (!parsed.case.implant) continue;
    const restored = restoreSession(serializeSession(caseToSession(parsed.case)));
    if (!restored.ok) throw new Error(restored.error);
    const { session, implant } = restored;
    const engine = new PhysiologyEngine();
    const options = { impedance: impedanceCheck(implant, session.faults) };
    const timed = () => {
      const t0 = performance.now();
      const result = programmingAssistant(engine, parsed.case, session, implant, options);
      return { ms: performance.now() - t0, result };
    };
    const cold = timed();
    const warm = timed();
    const p = cold.result.programs;
    const reached = p
      .map((x) =>
        cold.result.goal.outcome === 'relief'
          ? `relief ${Math.round(x.result.relief?.overallPct ?? 0)} %`
          : `covered ${Math.round(x.result.coverage?.painCoveredPct ?? 0)} %`,
      )
      .join(' / ');
    const note = `${cold.result.configurationsTried} configurations, ${reached}; cold ${(cold.ms / 1000).toFixed(2)} s`;
    results.push({ name: `assistant, warm: ${parsed.case.id}`, runs: 1, medianMs: warm.ms, p95Ms: warm.ms, note });
  }
  return results;
}
