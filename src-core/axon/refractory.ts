/**
 * The refractory period of an MRG fibre, measured the way physiologists do: two equal pulses, each a fixed multiple
 * of the single-pulse threshold, and the shortest start-to-start interval at which the second pulse still sends its
 * own action potential to the far end of the fibre. A fibre cannot follow a pulse train faster than 1 / this
 * period: between pulses closer than that, every other pulse falls in the refractory period.
 */
import type { Microseconds, Millimetres, SiemensPerMetre } from '../units';
import { restoreInto, stepInto } from './cable-solver';
import type { MrgFibre } from './mrg-fibre';
import { pointSourceProfileMv } from './point-source-threshold';
import { monophasicPulse, stepAveragesInto, type PulseShape } from './pulse-shape';
import { DEFAULT_DT_US, findThresholdScale } from './threshold';

/** Each pulse of the pair at this multiple of the single-pulse threshold (paired-pulse protocols use 1.2–2×) [U]. */
export const PAIRED_PULSE_MULTIPLE = 1.5;
/** Test pulse: 100 µs cathodic, a short clinical width. */
const TEST_PULSE_US = 100 as Microseconds;
/** Interval search: from 0.2 ms to 8 ms, bisected to 10 µs. */
const MIN_INTERVAL_MS = 0.2;
const MAX_INTERVAL_MS = 8;
const RESOLUTION_MS = 0.01;
/** Time for the second action potential to reach the monitor node after the second pulse, ms. */
const TRAVEL_ALLOWANCE_MS = 2.5;
const END_MARGIN_NODES = 3;
/** The measuring fibre: long enough (41 nodes) that the monitor node sees a propagated, not a local, spike. */
export const REFRACTORY_NODE_COUNT = 41;
/** Point source 3 mm from the fibre: a dorsal-column fibre's distance from a lead over thick CSF. */
export const REFRACTORY_DISTANCE_MM = 3 as Millimetres;

/** Upward crossings of 0 mV at `node` for the two-pulse stimulus, from rest. */
function spikesAtNode(fibre: MrgFibre, profile: Float64Array, pair: PulseShape, scale: number, node: number): number {
  const ws = fibre.workspace;
  restoreInto(ws, fibre.rest);
  const dtMs = DEFAULT_DT_US / 1000;
  const steps = Math.ceil((pair.durationUs / 1000 + TRAVEL_ALLOWANCE_MS) / dtMs);
  const wave = stepAveragesInto(new Float64Array(steps), pair, DEFAULT_DT_US, steps);
  const compartment = ws.nodeCompartment[node]!;
  let above = false;
  let spikes = 0;
  for (let k = 0; k < steps; k += 1) {
    stepInto(ws, profile, scale * wave[k]!, dtMs);
    const vm = ws.vmMv[compartment]!;
    if (!above && vm >= 0) {
      spikes += 1;
      above = true;
    } else if (above && vm < -40) above = false;
  }
  return spikes;
}

function pairOf(intervalMs: number): PulseShape {
  const w = TEST_PULSE_US as number;
  const start = intervalMs * 1000;
  return {
    label: `paired ${w} µs pulses ${intervalMs} ms apart`,
    edgesUs: Float64Array.of(0, w, start, start + w),
    values: Float64Array.of(-1, 0, -1),
    durationUs: (start + w) as Microseconds,
  };
}

/**
 * Refractory period (ms) of `fibre` for a point source at `distanceMm` in a homogeneous medium: the shortest
 * interval between two pulses at PAIRED_PULSE_MULTIPLE × threshold for which both propagate.
 * @throws RangeError when the fibre does not fire or never follows within 8 ms.
 * @example refractoryPeriodMs(createMrgFibre(um(10), { nodeCount: 41 }), mm(3), sPerM(0.2)); // ≈ 0.7 ms
 */
export function refractoryPeriodMs(
  fibre: MrgFibre,
  distanceMm: Millimetres,
  conductivitySPerM: SiemensPerMetre,
): number {
  const profile = pointSourceProfileMv(fibre, distanceMm, conductivitySPerM);
  const threshold = findThresholdScale(fibre, profile, monophasicPulse(TEST_PULSE_US, 'cathodic'));
  if (!threshold.fired) throw new RangeError(`the fibre does not fire: ${threshold.reason}`);
  const scale = threshold.thresholdScale * PAIRED_PULSE_MULTIPLE;
  const monitor = fibre.layout.nodeCount - 1 - END_MARGIN_NODES;
  const follows = (intervalMs: number) => spikesAtNode(fibre, profile, pairOf(intervalMs), scale, monitor) >= 2;
  if (!follows(MAX_INTERVAL_MS)) throw new RangeError(`the second pulse never fires within ${MAX_INTERVAL_MS} ms`);
  let lo = MIN_INTERVAL_MS;
  let hi = MAX_INTERVAL_MS;
  if (follows(lo)) return lo;
  while (hi - lo > RESOLUTION_MS) {
    const mid = (lo + hi) / 2;
    if (follows(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}
