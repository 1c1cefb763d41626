import type { Microcoulombs, Microseconds, Milliamps, Milliseconds } from '../units';
import { chargePerPhaseUc, mA, uC, us } from '../units';
import type { StimulationParameters } from './parameters';
import { PASSIVE_RECHARGE_TAU_US, periodUs } from './parameters';

/**
 * One piece of a current waveform, in µs from the start of the window. `flat` holds `currentMa` for its
 * whole span; `exponential` starts at `currentMa` and decays with time constant `tauUs`.
 * Segments are exact (analytic), so charge balance can be checked without sampling error.
 */
export type PulseSegment =
  | { readonly kind: 'flat'; readonly startUs: Microseconds; readonly endUs: Microseconds; readonly currentMa: Milliamps }
  | {
      readonly kind: 'exponential';
      readonly startUs: Microseconds;
      readonly endUs: Microseconds;
      readonly currentMa: Milliamps;
      readonly tauUs: Microseconds;
    };

/** The synthesised current at the stimulating contact over a time window. Negative current is cathodic. */
export interface PulseTrain {
  readonly windowUs: Microseconds;
  readonly segments: readonly PulseSegment[];
}

/**
 * Charge carried by one segment (µC), signed; analytic for both shapes.
 *
 * @example
 * segmentChargeUc({ kind: 'flat', startUs: us(0), endUs: us(300), currentMa: mA(-2) }); // -0.6
 */
export function segmentChargeUc(segment: PulseSegment): Microcoulombs {
  const duration = segment.endUs - segment.startUs;
  if (segment.kind === 'flat') return uC((segment.currentMa * duration) / 1000);
  const { tauUs } = segment;
  return uC((segment.currentMa * tauUs * (1 - Math.exp(-duration / tauUs))) / 1000);
}

/** Current of a segment at time `tUs` (inside it). */
export function segmentCurrentAt(segment: PulseSegment, tUs: number): Milliamps {
  if (segment.kind === 'flat') return segment.currentMa;
  return mA(segment.currentMa * Math.exp(-(tUs - segment.startUs) / segment.tauUs));
}

/** The segments of one pulse starting at `t0Us`; ends exactly charge-balanced. */
function pulseSegments(p: StimulationParameters, t0Us: number, availableUs: number): PulseSegment[] {
  const cathodicEnd = us(t0Us + p.pulseWidthUs);
  const rechargeStart = us(cathodicEnd + p.interphaseGapUs);
  const segments: PulseSegment[] = [{ kind: 'flat', startUs: us(t0Us), endUs: cathodicEnd, currentMa: mA(-p.amplitudeMa) }];
  if (p.recharge === 'active') {
    segments.push({ kind: 'flat', startUs: rechargeStart, endUs: us(rechargeStart + p.pulseWidthUs), currentMa: p.amplitudeMa });
    return segments;
  }
  // Passive: the coupling capacitor discharges until the next pulse. The decaying exponential is scaled so
  // that its integral over the available time equals the cathodic charge; devices close the output switch at
  // the end to return any residue, which this scaling stands for.
  const rechargeUs = t0Us + availableUs - rechargeStart;
  const tauUs = PASSIVE_RECHARGE_TAU_US;
  const charge = p.amplitudeMa * p.pulseWidthUs;
  const startCurrent = charge / (tauUs * (1 - Math.exp(-rechargeUs / tauUs)));
  segments.push({ kind: 'exponential', startUs: rechargeStart, endUs: us(rechargeStart + rechargeUs), currentMa: mA(startCurrent), tauUs });
  return segments;
}

/**
 * Synthesises the charge-balanced biphasic pulse train of `params` over `windowMs`, starting with a pulse at t = 0.
 * Only whole pulses are included, so the train is exactly balanced; `params` must be valid (see validateParameters).
 *
 * @example
 * const train = synthesizePulseTrain({ ...DEFAULT_TONIC_PARAMETERS, amplitudeMa: mA(2) }, ms(50));
 * train.segments.length; // 2 pulses × 2 phases = 4 at 50 Hz
 */
export function synthesizePulseTrain(params: StimulationParameters, windowMs: Milliseconds): PulseTrain {
  const windowUs = us(windowMs * 1000);
  const period = periodUs(params.rateHz);
  const segments: PulseSegment[] = [];
  for (let k = 0; (k + 1) * period <= windowUs + 1e-6; k++) {
    segments.push(...pulseSegments(params, k * period, period));
  }
  return { windowUs, segments };
}

/** Net charge of a train (µC); zero for a balanced train. */
export function netChargeUc(train: PulseTrain): Microcoulombs {
  return uC(train.segments.reduce((sum, s) => sum + segmentChargeUc(s), 0));
}

/** Charge of the cathodic (stimulating) phase (µC). */
export function cathodicChargePerPhaseUc(params: StimulationParameters): Microcoulombs {
  return chargePerPhaseUc(params.amplitudeMa, params.pulseWidthUs);
}

/** A point of a plotted waveform. */
export interface WaveformSample {
  readonly tUs: number;
  readonly currentMa: number;
}

/**
 * Turns a train into points for a line chart: vertical edges as repeated times, exponentials sampled at
 * `pointsPerExponential` points. Zero-current stretches between segments are drawn as zero.
 */
export function sampleForPlot(train: PulseTrain, pointsPerExponential = 12): WaveformSample[] {
  const out: WaveformSample[] = [{ tUs: 0, currentMa: 0 }];
  for (const s of train.segments) {
    out.push({ tUs: s.startUs, currentMa: 0 });
    if (s.kind === 'flat') {
      out.push({ tUs: s.startUs, currentMa: s.currentMa }, { tUs: s.endUs, currentMa: s.currentMa });
    } else {
      for (let i = 0; i <= pointsPerExponential; i++) {
        const t = s.startUs + ((s.endUs - s.startUs) * i) / pointsPerExponential;
        out.push({ tUs: t, currentMa: segmentCurrentAt(s, t) });
      }
    }
    out.push({ tUs: s.endUs, currentMa: 0 });
  }
  out.push({ tUs: train.windowUs, currentMa: 0 });
  return out;
}
