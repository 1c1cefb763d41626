/**
 * One simulated stimulus on an MRG fibre, from rest, classified as fired / subthreshold / excited but
 * not propagated.
 *
 * Fired criterion: an action potential PROPAGATES — the membrane potential of a monitor node crosses
 * `apThresholdMv` (default 0 mV; MRG APs peak near +30 mV) going up. The monitor nodes sit a few nodes
 * in from each end, so an AP started near the electrode has to travel along the fibre to count.
 */
import type { MrgFibre } from './mrg-fibre';
import { restoreInto, stepInto } from './cable-solver';
import { stepAveragesInto, type PulseShape } from './pulse-shape';

/** Outcome code of `simulateFromRest` when no node crossed the AP threshold. */
export const RUN_SUBTHRESHOLD = -1;
/**
 * Outcome code when some node crossed the AP threshold but no monitor node did: an AP started but
 * did not propagate (virtual-anode block at strong stimuli), i.e. the stimulus was too strong.
 */
export const RUN_NOT_PROPAGATED = -2;

/** Latency allowance after the pulse for an AP to start near threshold, ms. */
const LATENCY_ALLOWANCE_MS = 1.0;
/** Slowest conduction velocity assumed when sizing the simulated time, m/s per µm of fibre diameter. */
const SLOW_CV_M_PER_S_PER_UM = 2.5;
/** Early stop: every node within this many mV of its resting potential, … */
const QUIET_VM_MV = 5;
/** … no node's Na inactivation gate this far above rest (guards against anode-break rebound), … */
const QUIET_H = 0.05;
/** … and the largest nodal depolarisation not growing between two checks this many steps apart. */
const QUIET_CHECK_EVERY = 8;

/**
 * Simulated time after the pulse: a latency allowance (1 ms) plus the time to travel the whole fibre
 * at a deliberately slow conduction velocity (2.5 m/s per µm; MRG conducts at ≈ 5–6 m/s per µm).
 *
 * @example
 * defaultPostPulseMs(createMrgFibre(um(10))); // 1 + 23 mm / 25 mm/ms ≈ 1.92 ms
 */
export function defaultPostPulseMs(fibre: MrgFibre): number {
  const { positionMm, compartmentCount } = fibre.layout;
  const lengthMm = positionMm[compartmentCount - 1]! - positionMm[0]!;
  return LATENCY_ALLOWANCE_MS + lengthMm / (SLOW_CV_M_PER_S_PER_UM * fibre.geometry.fibreDiameterUm);
}

/** A pulse sampled on the time grid of a simulation. */
export interface PreparedStimulus {
  readonly dtMs: number;
  readonly stepCount: number;
  /** First step that lies entirely after the pulse. */
  readonly pulseEndStep: number;
  /** Mean normalised waveform over each step. */
  readonly wave: Float64Array;
}

/**
 * Samples a pulse shape onto the time grid (allocates once per search, not per run).
 *
 * @example
 * const stim = prepareStimulus(monophasicPulse(us(100), 'cathodic'), 2, 2.0);
 */
export function prepareStimulus(pulse: PulseShape, dtUs: number, postPulseMs: number): PreparedStimulus {
  if (!(dtUs > 0) || !Number.isFinite(dtUs)) throw new RangeError(`time step must be > 0 µs, got ${dtUs}`);
  const stepCount = Math.ceil((pulse.durationUs + postPulseMs * 1000) / dtUs - 1e-9);
  const wave = stepAveragesInto(new Float64Array(stepCount), pulse, dtUs, stepCount);
  const pulseEndStep = Math.min(stepCount, Math.ceil(pulse.durationUs / dtUs - 1e-9));
  return { dtMs: dtUs / 1000, stepCount, pulseEndStep, wave };
}

/**
 * Largest nodal depolarisation above rest (mV) if every node is within ±5 mV of rest and none has
 * more Na channels available than at rest (h − h_rest < 0.05); +Infinity otherwise.
 */
function quietDepolarisationMv(fibre: MrgFibre): number {
  const { vmMv, h, nodeCompartment, nodeCount } = fibre.workspace;
  const rest = fibre.rest;
  let maxDepolarisation = -Infinity;
  for (let j = 0; j < nodeCount; j += 1) {
    const k = nodeCompartment[j]!;
    const dv = vmMv[k]! - rest.vmMv[k]!;
    if (Math.abs(dv) >= QUIET_VM_MV || h[j]! - rest.h[j]! >= QUIET_H) return Infinity;
    if (dv > maxDepolarisation) maxDepolarisation = dv;
  }
  return maxDepolarisation;
}

/**
 * Runs one simulation from rest with Ve = scale × wave(t) × profile. Returns the step at which a
 * monitor node first crossed `apThresholdMv` upward (≥ 0, fired; the run stops there), or
 * `RUN_NOT_PROPAGATED` if some other node crossed it but no monitor node did, or `RUN_SUBTHRESHOLD`.
 *
 * With `earlyStop`, a run also ends once the fibre is quiet after the pulse: every node within ±5 mV
 * of rest, none de-inactivated (h > h_rest + 0.05, the anode-break hazard), and the largest nodal
 * depolarisation not growing. Near threshold the stimulated node sits ≈ 15–20 mV above rest until it
 * fires or decays, so this never cuts a run that would still fire (checked in the tests).
 *
 * @example
 * const outcome = simulateFromRest(fibre, profile, stim, 0.3, Int32Array.of(3, 17), 0, true);
 */
export function simulateFromRest(
  fibre: MrgFibre,
  profileMv: Float64Array,
  stimulus: PreparedStimulus,
  scale: number,
  monitorNodes: Int32Array,
  apThresholdMv: number,
  earlyStop: boolean,
): number {
  const ws = fibre.workspace;
  restoreInto(ws, fibre.rest);
  const { vmMv, nodeCompartment, nodeCount } = ws;
  const { wave, stepCount, dtMs, pulseEndStep } = stimulus;
  let previousQuiet = Infinity;
  let excited = false;
  for (let k = 0; k < stepCount; k += 1) {
    stepInto(ws, profileMv, scale * wave[k]!, dtMs);
    for (let i = 0; i < monitorNodes.length; i += 1) {
      if (vmMv[nodeCompartment[monitorNodes[i]!]!]! >= apThresholdMv) return k;
    }
    if (!excited) {
      for (let j = 0; j < nodeCount; j += 1) {
        if (vmMv[nodeCompartment[j]!]! >= apThresholdMv) excited = true;
      }
    }
    if (earlyStop && k >= pulseEndStep && (k - pulseEndStep) % QUIET_CHECK_EVERY === 0) {
      const quiet = quietDepolarisationMv(fibre);
      if (quiet <= previousQuiet && previousQuiet !== Infinity) break;
      previousQuiet = quiet;
    }
  }
  return excited ? RUN_NOT_PROPAGATED : RUN_SUBTHRESHOLD;
}
