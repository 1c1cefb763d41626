import { coverageOf, type Coverage, type PainRegion, type SimulationResult } from '../../src-core';
import type { AppState } from './app-store';

/** The answer the patient panel and body map show: the latest, or while a configuration computes, the one before. */
export function selectShownResult(s: AppState): SimulationResult | undefined {
  const { physiology } = s;
  if (physiology.status === 'ready') return physiology.result;
  return physiology.status === 'computing' ? physiology.previous : undefined;
}

/** The last coverage computed and its inputs. */
let last:
  | { result: SimulationResult | undefined; painMap: readonly PainRegion[] | undefined; coverage: Coverage | null }
  | undefined;

/**
 * Coverage of the pain drawing as it is now by the shown answer's paresthesia, by the core's rule: a pain-drawing
 * edit shows at once, before the worker answers it (its answer then carries the same numbers). Null without a
 * drawing or an answer. The same inputs give the same object, so components can bind to it.
 */
export function selectCoverage(s: AppState): Coverage | null {
  const result = selectShownResult(s);
  const painMap = s.visit.session.patient.painMap;
  if (last && last.result === result && last.painMap === painMap) return last.coverage;
  const coverage = result && painMap && painMap.length > 0 ? coverageOf(result.paresthesia, painMap) : null;
  last = { result, painMap, coverage };
  return coverage;
}
