/**
 * MRG pulse shapes of programmed waveforms: a tonic pulse with an interphase gap and active or passive recharge, a
 * burst with its passive recharge, and a kHz train of symmetric biphasic pulses. Tonic and burst phases come from the
 * device model itself (`waveform/phases.ts` `unitPhases`, recharge time constant from `program/timing.ts`), so the
 * cable is driven by the same current the pulse plots and the energy model describe.
 */
import {
  PASSIVE_RECHARGE_MIN_TIME_CONSTANTS,
  PASSIVE_RECHARGE_TAU_US,
  areaOccupancyUs,
  periodUs,
} from '../program/timing';
import type { Paradigm, RechargeMode } from '../program/types';
import type { Hertz, Microseconds, Milliseconds } from '../units';
import { us } from '../units';
import { unitPhases, type UnitPhase } from '../waveform/phases';
import type { PulseShape } from './pulse-shape';

/** A programmed waveform whose stimulating phases all have one width (given separately). */
export type ProgrammedWaveform =
  | { readonly kind: 'tonic'; readonly recharge: RechargeMode; readonly interphaseGapUs: Microseconds }
  | { readonly kind: 'burst'; readonly pulsesPerBurst: number; readonly intraBurstRateHz: Hertz }
  | { readonly kind: 'train'; readonly rateHz: Hertz; readonly trainMs: Milliseconds };

/**
 * Longest piece (µs) an exponential recharge is cut into. Each piece holds the exact mean of the exponential over
 * it, so the charge is exact; within 10 µs a τ = 400 µs decay changes by 2.5 %, far below what the axon resolves.
 */
const EXPONENTIAL_PIECE_US = 10;

/** Stimulating phases in a train of `trainMs` at `rateHz`: every pulse that starts before the train ends. */
export function trainPulseCount(rateHz: Hertz, trainMs: Milliseconds): number {
  return Math.max(1, Math.ceil((trainMs * 1000) / periodUs(rateHz) - 1e-9));
}

/** The unit phases (device model, 1 mA, unit weight) of a programmed waveform starting at t = 0. */
function phasesOf(waveform: ProgrammedWaveform, pulseWidthUs: Microseconds): UnitPhase[] {
  if (waveform.kind === 'train') {
    const period = periodUs(waveform.rateHz);
    const phases: UnitPhase[] = [];
    for (let k = 0; k < trainPulseCount(waveform.rateHz, waveform.trainMs); k += 1) {
      phases.push(...unitPhases({ kind: 'highFrequency' }, pulseWidthUs, k * period, (k + 1) * period));
    }
    return phases;
  }
  const paradigm: Paradigm =
    waveform.kind === 'tonic'
      ? { kind: 'tonic', recharge: waveform.recharge, interphaseGapUs: waveform.interphaseGapUs }
      : { kind: 'burst', pulsesPerBurst: waveform.pulsesPerBurst, intraBurstRateHz: waveform.intraBurstRateHz };
  // A single pulse or burst is given the device's minimum occupancy: a passive recharge then lasts 3 τ.
  return unitPhases(paradigm, pulseWidthUs, 0, areaOccupancyUs(paradigm, { pulseWidthUs }));
}

function checkWaveform(waveform: ProgrammedWaveform, pulseWidthUs: number): void {
  if (!(pulseWidthUs > 0) || !Number.isFinite(pulseWidthUs)) {
    throw new RangeError(`pulse width must be a positive finite number of µs, got ${pulseWidthUs}`);
  }
  switch (waveform.kind) {
    case 'tonic':
      if (!(waveform.interphaseGapUs >= 0) || !Number.isFinite(waveform.interphaseGapUs))
        throw new RangeError(`interphase gap must be ≥ 0 µs, got ${waveform.interphaseGapUs}`);
      return;
    case 'burst':
      if (!Number.isInteger(waveform.pulsesPerBurst) || waveform.pulsesPerBurst < 1)
        throw new RangeError(`a burst needs a whole number of pulses ≥ 1, got ${waveform.pulsesPerBurst}`);
      // As validateProgram: each pulse ends before the next starts.
      if (!(waveform.intraBurstRateHz > 0) || !(pulseWidthUs < periodUs(waveform.intraBurstRateHz)))
        throw new RangeError(`burst pulses of ${pulseWidthUs} µs do not fit at ${waveform.intraBurstRateHz} Hz`);
      return;
    case 'train':
      if (!(waveform.trainMs > 0) || !Number.isFinite(waveform.trainMs))
        throw new RangeError(`train duration must be > 0 ms, got ${waveform.trainMs}`);
      if (!(waveform.rateHz > 0) || !(2 * pulseWidthUs <= periodUs(waveform.rateHz)))
        throw new RangeError(`biphasic pulses of 2 × ${pulseWidthUs} µs do not fit at ${waveform.rateHz} Hz`);
  }
}

/** Appends `value` on [`edges.at(-1)`, `endUs`), merging with the previous piece when the value is the same. */
function appendPiece(edges: number[], values: number[], endUs: number, value: number): void {
  const startUs = edges[edges.length - 1]!;
  if (!(endUs > startUs)) return;
  if (values.length > 0 && values[values.length - 1] === value) edges[edges.length - 1] = endUs;
  else {
    values.push(value);
    edges.push(endUs);
  }
}

/**
 * The piecewise-constant MRG waveform of a programmed waveform (sign convention of `pulse-shape.ts`: cathodic = −1
 * per mA of the stimulating phase), `polarity` being that of the stimulating phases:
 * - tonic: stimulating phase, gap, then an equal opposite phase (active) or the device's passive exponential
 *   recharge (τ = `PASSIVE_RECHARGE_TAU_US`) over 3 τ, returning the phase's charge;
 * - burst: `pulsesPerBurst` stimulating phases at `intraBurstRateHz`, then one passive recharge over 3 τ returning
 *   the whole burst's charge (BurstDR, De Ridder et al. 2010);
 * - train: symmetric biphasic pulses (no gap) at `rateHz`, every pulse that starts within `trainMs`.
 * Every shape nets zero charge. Throws RangeError for parameters the device could not deliver.
 *
 * @example
 * programmedPulseShape({ kind: 'tonic', recharge: 'active', interphaseGapUs: us(20) }, us(60), 'cathodic');
 * // −1 on [0, 60), 0 on [60, 80), +1 on [80, 140) µs
 */
export function programmedPulseShape(
  waveform: ProgrammedWaveform,
  pulseWidthUs: Microseconds,
  polarity: 'cathodic' | 'anodic',
): PulseShape {
  checkWaveform(waveform, pulseWidthUs);
  const { edgesUs, values } = piecesOf(phasesOf(waveform, pulseWidthUs), polarity === 'cathodic' ? -1 : 1);
  const label =
    waveform.kind === 'tonic'
      ? `tonic ${polarity} ${pulseWidthUs} µs, gap ${waveform.interphaseGapUs} µs, ${waveform.recharge} recharge`
      : waveform.kind === 'burst'
        ? `burst ${waveform.pulsesPerBurst} × ${pulseWidthUs} µs ${polarity} at ${waveform.intraBurstRateHz} Hz, passive recharge`
        : `train ${waveform.rateHz} Hz × ${waveform.trainMs} ms of ${pulseWidthUs} µs biphasic ${polarity}-first`;
  return { label, edgesUs, values, durationUs: us(edgesUs[edgesUs.length - 1]!) };
}

/**
 * Piecewise-constant pieces of unit phases, `sign` × each phase's factor (unit phases give a stimulating phase +1;
 * the MRG convention makes a cathodic phase −1). An exponential phase is cut into pieces of at most
 * `EXPONENTIAL_PIECE_US`, each holding the exponential's exact mean over it.
 */
function piecesOf(phases: readonly UnitPhase[], sign: number): { edgesUs: Float64Array; values: Float64Array } {
  const edges: number[] = [0];
  const values: number[] = [];
  for (const phase of phases) {
    appendPiece(edges, values, phase.startUs, 0);
    if (phase.kind === 'flat') {
      appendPiece(edges, values, phase.endUs, sign * phase.factor);
      continue;
    }
    const pieces = Math.ceil((phase.endUs - phase.startUs) / EXPONENTIAL_PIECE_US - 1e-9);
    const widthUs = (phase.endUs - phase.startUs) / pieces;
    for (let i = 0; i < pieces; i += 1) {
      const a = i * widthUs;
      const b = i === pieces - 1 ? phase.endUs - phase.startUs : (i + 1) * widthUs;
      // Exact mean of factor·e^(−t/τ) over [a, b).
      const mean = (phase.factor * phase.tauUs * (Math.exp(-a / phase.tauUs) - Math.exp(-b / phase.tauUs))) / (b - a);
      appendPiece(edges, values, phase.startUs + b, sign * mean);
    }
  }
  return { edgesUs: Float64Array.from(edges), values: Float64Array.from(values) };
}

/**
 * A passive recharge on its own, as the phase it is at the contact it leaves as a cathode (an area's anodes): an
 * exponential discharge starting at 1 (per mA of its peak), time constant `tauUs`, over `PASSIVE_RECHARGE_MIN_TIME_CONSTANTS` τ,
 * with `polarity` the sign it has at the contact. Used to measure how a recharge excites fibres under an area's
 * anodes (tools/predictor/waveform-factors.ts).
 *
 * @example passiveRechargeShape(us(400), 'cathodic').durationUs; // 1200
 */
export function passiveRechargeShape(tauUs: Microseconds, polarity: 'cathodic' | 'anodic'): PulseShape {
  const endUs = us(PASSIVE_RECHARGE_MIN_TIME_CONSTANTS * tauUs);
  const phase: UnitPhase = { kind: 'exponential', startUs: us(0), endUs, factor: 1, tauUs };
  const { edgesUs, values } = piecesOf([phase], polarity === 'cathodic' ? -1 : 1);
  return { label: `passive recharge τ ${tauUs} µs, ${polarity}`, edgesUs, values, durationUs: endUs };
}

/** What a report needs to name a programmed waveform completely. */
export interface ProgrammedPulseFacts {
  /** Stimulating phases (pulses) in the waveform. */
  readonly stimulatingPhases: number;
  /** The passive recharge, if any: its time constant and how long it lasts (µs). */
  readonly passiveRecharge: { readonly tauUs: number; readonly windowUs: number } | null;
}

/**
 * Pulse count and passive recharge of a programmed waveform.
 *
 * @example
 * programmedPulseFacts({ kind: 'burst', pulsesPerBurst: 5, intraBurstRateHz: Hz(500) });
 * // { stimulatingPhases: 5, passiveRecharge: { tauUs: 2500, windowUs: 7500 } }
 */
export function programmedPulseFacts(waveform: ProgrammedWaveform): ProgrammedPulseFacts {
  const passive = waveform.kind === 'burst' || (waveform.kind === 'tonic' && waveform.recharge === 'passive');
  return {
    stimulatingPhases:
      waveform.kind === 'burst'
        ? waveform.pulsesPerBurst
        : waveform.kind === 'train'
          ? trainPulseCount(waveform.rateHz, waveform.trainMs)
          : 1,
    passiveRecharge: passive
      ? { tauUs: PASSIVE_RECHARGE_TAU_US, windowUs: PASSIVE_RECHARGE_MIN_TIME_CONSTANTS * PASSIVE_RECHARGE_TAU_US }
      : null,
  };
}
