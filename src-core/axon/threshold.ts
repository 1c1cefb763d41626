/**
 * Activation threshold of an MRG fibre for a given extracellular potential profile and pulse shape.
 *
 * Criterion: the smallest stimulus scale at which an action potential propagates to a monitor node
 * (`endMarginNodes` in from either end; see stimulus-run.ts).
 *
 * Search: from `initialScale`, expand ×2 until a subthreshold and a firing scale bracket the threshold,
 * then bisect on the geometric mean until (upper − lower)/upper ≤ `relativeTolerance`. The reported
 * `thresholdScale` is the upper bound, a scale that was simulated and fired. A run in which an AP
 * started but did not reach the monitors (virtual-anode block) is "too strong": the expansion then
 * goes down, so a start above the block threshold still finds the activation threshold. Inside the
 * bracket, firing is assumed monotone in the scale (true below the block threshold).
 */
import type { MrgFibre } from './mrg-fibre';
import type { PulseShape } from './pulse-shape';
import { defaultPostPulseMs, prepareStimulus, RUN_NOT_PROPAGATED, simulateFromRest } from './stimulus-run';

/** Options of the threshold search. */
export interface ThresholdOptions {
  /** Time step, µs (default `DEFAULT_DT_US`). */
  dtUs?: number;
  /** Relative bracket width at which bisection stops (default 0.005). */
  relativeTolerance?: number;
  /** First scale tried (default 1). A good guess saves simulations. */
  initialScale?: number;
  /** Give up (fired: false) if nothing fires up to this scale (default 1e6 × initialScale). */
  maxScale?: number;
  /** Membrane potential (mV) a monitor node must cross upward (default 0). */
  apThresholdMv?: number;
  /** Distance of the monitor nodes from the ends of the fibre, in nodes (default 3). */
  endMarginNodes?: number;
  /** Simulated time after the end of the pulse, ms (default: see `defaultPostPulseMs`). */
  postPulseMs?: number;
  /** Stop a run early once it has clearly returned to rest after the pulse (default true). */
  earlyStop?: boolean;
}

/** Result of a threshold search. `thresholdScale` multiplies the unit profile. */
export type ThresholdResult =
  | { readonly fired: true; readonly thresholdScale: number; readonly lowerScale: number; readonly simulations: number }
  | { readonly fired: false; readonly reason: string };

/** Default time step, µs: halving it changes thresholds by < 1 % (docs/physics-axon.md). */
export const DEFAULT_DT_US = 2;
const DEFAULT_TOLERANCE = 0.005;
const DEFAULT_END_MARGIN_NODES = 3;
/** Bisection steps spent looking for a firing interval between a subthreshold and a blocked scale. */
const WINDOW_SEARCH_STEPS = 8;

type Outcome = 'fired' | 'sub' | 'over';

/**
 * Finds the smallest scale of `extracellularMvPerUnit` (Ve at each compartment for a unit stimulus,
 * mV) at which `pulse` makes the fibre fire a propagating action potential. Deterministic; reuses the
 * fibre's preallocated state (one search at a time per fibre).
 *
 * @example
 * const fibre = createMrgFibre(um(10));
 * const ve = pointSourceProfileMv(fibre, mm(1), sPerM(0.2)); // mV per mA
 * const r = findThresholdScale(fibre, ve, monophasicPulse(us(100), 'cathodic'));
 * if (r.fired) console.log(r.thresholdScale); // ≈ 0.12 (mA)
 */
export function findThresholdScale(
  fibre: MrgFibre,
  extracellularMvPerUnit: Float64Array,
  pulse: PulseShape,
  options: ThresholdOptions = {},
): ThresholdResult {
  const n = fibre.layout.compartmentCount;
  if (extracellularMvPerUnit.length !== n) {
    return { fired: false, reason: `profile has ${extracellularMvPerUnit.length} values, fibre has ${n} compartments` };
  }
  for (let k = 0; k < n; k += 1) {
    if (!Number.isFinite(extracellularMvPerUnit[k]!))
      return { fired: false, reason: `profile value ${k} is not finite` };
  }
  const tolerance = options.relativeTolerance ?? DEFAULT_TOLERANCE;
  const initial = options.initialScale ?? 1;
  const maxScale = options.maxScale ?? initial * 1e6;
  const minScale = initial * 1e-9;
  const margin = options.endMarginNodes ?? DEFAULT_END_MARGIN_NODES;
  const nodes = fibre.layout.nodeCount;
  if (!(tolerance > 0 && tolerance < 1)) return { fired: false, reason: 'relativeTolerance must be in (0, 1)' };
  if (!(initial > 0 && Number.isFinite(initial))) return { fired: false, reason: 'initialScale must be > 0' };
  if (!Number.isInteger(margin) || margin < 0 || nodes - 1 - margin <= margin) {
    return { fired: false, reason: `fibre of ${nodes} nodes is too short for monitor nodes ${margin} from each end` };
  }
  const monitor = Int32Array.of(margin, nodes - 1 - margin);
  const apMv = options.apThresholdMv ?? 0;
  const earlyStop = options.earlyStop ?? true;
  const stim = prepareStimulus(pulse, options.dtUs ?? DEFAULT_DT_US, options.postPulseMs ?? defaultPostPulseMs(fibre));
  let simulations = 0;
  const run = (scale: number): Outcome => {
    simulations += 1;
    const r = simulateFromRest(fibre, extracellularMvPerUnit, stim, scale, monitor, apMv, earlyStop);
    return r >= 0 ? 'fired' : r === RUN_NOT_PROPAGATED ? 'over' : 'sub';
  };

  // 1. Bracket: lo does not fire (subthreshold), hi fires.
  let s = initial;
  let outcome = run(s);
  while (outcome === 'over') {
    s /= 2;
    if (s < minScale) return { fired: false, reason: 'every tested scale excites without propagation' };
    outcome = run(s);
  }
  let lo: number;
  let hi: number;
  let over = Infinity; // smallest scale known to be too strong
  if (outcome === 'fired') {
    hi = s;
    lo = s / 2;
    while (run(lo) === 'fired') {
      hi = lo;
      lo /= 2;
      if (lo < minScale) return { fired: false, reason: 'fires at vanishing stimulus: the fibre is not at rest' };
    }
  } else {
    if (s < initial) over = s * 2; // came down from a blocked start
    lo = s;
    hi = Math.min(s * 2, over);
    let o = hi < over ? run(hi) : 'over';
    while (o === 'sub') {
      lo = hi;
      hi *= 2;
      if (hi > maxScale) return { fired: false, reason: `no propagating action potential up to scale ${maxScale}` };
      o = run(hi);
    }
    if (o === 'over') {
      // The firing interval (threshold … block) is narrower than ×2 here: look inside (lo, hi).
      let top = hi;
      let found = false;
      for (let i = 0; i < WINDOW_SEARCH_STEPS && !found; i += 1) {
        const mid = Math.sqrt(lo * top);
        const m = run(mid);
        if (m === 'fired') {
          hi = mid;
          found = true;
        } else if (m === 'sub') lo = mid;
        else top = mid;
      }
      if (!found) return { fired: false, reason: 'no firing interval between subthreshold and blocked scales' };
    }
  }
  // 2. Bisection (geometric): 'over' inside the bracket is treated as not fired.
  while ((hi - lo) / hi > tolerance) {
    const mid = Math.sqrt(lo * hi);
    if (run(mid) === 'fired') hi = mid;
    else lo = mid;
  }
  return { fired: true, thresholdScale: hi, lowerScale: lo, simulations };
}
