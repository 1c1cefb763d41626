// Rows for the ECAP tab's two plots, from the worker's ECAP data (docs/physics-ecap.md).
import {
  currentForEcapMa,
  growthSlopeUvPerMa,
  loopBehaviourOf,
  restingCordState,
  type EcapAmplitudeAt,
  type GrowthPoint,
  type LoopBehaviour,
} from '../../src-core';
import type { EcapChartData, EcapTraceData } from '../physiology/protocol';

/** Every `TRACE_STRIDE`-th sample is drawn: 100 kHz over 3 ms is 300 samples, more than the plot's pixels need. */
const TRACE_STRIDE = 2;

/** The recorded trace as `{ timeMs, recordedUv }` rows. */
export function ecapTraceRows(trace: EcapTraceData): { timeMs: number; recordedUv: number }[] {
  const rows: { timeMs: number; recordedUv: number }[] = [];
  for (let i = 0; i < trace.recordedUv.length; i += TRACE_STRIDE) {
    rows.push({ timeMs: (i * trace.sampleUs) / 1000, recordedUv: trace.recordedUv[i]! });
  }
  return rows;
}

/** The growth curve as `{ amplitudeMa, ecapUv }` rows. */
export function ecapGrowthRows(chart: EcapChartData): { amplitudeMa: number; ecapUv: number }[] {
  return chart.growth.map((p) => ({ amplitudeMa: p.amplitudeMa, ecapUv: p.ecapUv }));
}

/** The loop gain the closed-loop settings give on a growth curve (the one shown: the current posture). */
export interface LoopGainHere {
  /** Current that evokes the target on this curve (mA). */
  readonly operatingMa: number;
  readonly slopeUvPerMa: number;
  readonly loopGain: number;
  readonly behaviour: LoopBehaviour;
}

/**
 * Loop gain K × S at the target's operating point on `growth` (points ascending in current), read with the core's
 * `currentForEcapMa` and `growthSlopeUvPerMa` on the curve interpolated linearly; null when the target is not reached.
 */
export function loopGainOnGrowth(
  growth: readonly GrowthPoint[],
  targetUv: number,
  gainMaPerUv: number,
): LoopGainHere | null {
  const last = growth.at(-1);
  if (!last || last.ecapUv < targetUv || growth.length < 2) return null;
  const at: EcapAmplitudeAt = (_state, amplitudeMa) => {
    let k = 0;
    while (k < growth.length - 2 && growth[k + 1]!.amplitudeMa < amplitudeMa) k++;
    const a = growth[k]!;
    const b = growth[k + 1]!;
    return a.ecapUv + ((b.ecapUv - a.ecapUv) * (amplitudeMa - a.amplitudeMa)) / (b.amplitudeMa - a.amplitudeMa);
  };
  const state = restingCordState('sitting');
  const operatingMa = currentForEcapMa(at, state, targetUv, last.amplitudeMa);
  const slopeUvPerMa = growthSlopeUvPerMa(at, state, operatingMa);
  const loopGain = gainMaPerUv * slopeUvPerMa;
  return { operatingMa, slopeUvPerMa, loopGain, behaviour: loopBehaviourOf(loopGain) };
}
