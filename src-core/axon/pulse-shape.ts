/**
 * Stimulus pulse shapes as piecewise-constant, normalised current waveforms.
 *
 * Sign convention: the value is the electrode current per unit amplitude, positive = anodic (current
 * leaves the electrode into the tissue, Ve rises near it), negative = cathodic (Ve falls near the
 * electrode and depolarises the closest nodes). A cathodic monophasic pulse is −1 for its width.
 */
import type { Microseconds } from '../units';

/** Piecewise-constant waveform: `values[i]` holds on [`edgesUs[i]`, `edgesUs[i + 1]`), 0 elsewhere. */
export interface PulseShape {
  readonly label: string;
  /** Breakpoints in µs, strictly increasing, starting at 0; length = values.length + 1. */
  readonly edgesUs: Float64Array;
  /** Normalised current of each piece (−1 … 1 for the standard shapes). */
  readonly values: Float64Array;
  /** End of the last piece, µs. */
  readonly durationUs: Microseconds;
}

function shape(label: string, edges: number[], values: number[]): PulseShape {
  for (let i = 1; i < edges.length; i += 1) {
    if (!(edges[i]! > edges[i - 1]!)) throw new RangeError(`pulse breakpoints must increase (${label})`);
  }
  return {
    label,
    edgesUs: Float64Array.from(edges),
    values: Float64Array.from(values),
    durationUs: edges[edges.length - 1]! as Microseconds,
  };
}

function checkWidth(pulseWidthUs: number): void {
  if (!(pulseWidthUs > 0) || !Number.isFinite(pulseWidthUs)) {
    throw new RangeError(`pulse width must be a positive finite number of µs, got ${pulseWidthUs}`);
  }
}

/**
 * A single rectangular phase.
 *
 * @example
 * const p = monophasicPulse(us(210), 'cathodic'); // −1 on [0, 210) µs
 */
export function monophasicPulse(pulseWidthUs: Microseconds, polarity: 'cathodic' | 'anodic'): PulseShape {
  checkWidth(pulseWidthUs);
  return shape(`monophasic ${polarity} ${pulseWidthUs} µs`, [0, pulseWidthUs], [polarity === 'cathodic' ? -1 : 1]);
}

/**
 * A symmetric, charge-balanced biphasic pulse: two rectangular phases of equal width and amplitude and
 * opposite sign, with an optional interphase gap.
 *
 * @example
 * const p = biphasicPulse(us(60), { firstPhase: 'cathodic', interphaseGapUs: us(20) });
 * // −1 on [0, 60), 0 on [60, 80), +1 on [80, 140) µs
 */
export function biphasicPulse(
  pulseWidthUs: Microseconds,
  options: { firstPhase?: 'cathodic' | 'anodic'; interphaseGapUs?: Microseconds } = {},
): PulseShape {
  checkWidth(pulseWidthUs);
  const first = options.firstPhase ?? 'cathodic';
  const gap = options.interphaseGapUs ?? 0;
  if (!(gap >= 0) || !Number.isFinite(gap)) throw new RangeError(`interphase gap must be ≥ 0 µs, got ${gap}`);
  const sign = first === 'cathodic' ? -1 : 1;
  const w = pulseWidthUs as number;
  const label = `biphasic ${first}-first ${w} µs, gap ${gap} µs`;
  return gap > 0
    ? shape(label, [0, w, w + gap, 2 * w + gap], [sign, 0, -sign])
    : shape(label, [0, w, 2 * w], [sign, -sign]);
}

/**
 * A general waveform given as samples held for `sampleIntervalUs` each (zero-order hold).
 *
 * @example
 * const p = sampledWaveform(Float64Array.of(-1, -1, 0, 0.5, 0.5, 0.5, 0.5), us(10)); // 70 µs long
 */
export function sampledWaveform(samples: ArrayLike<number>, sampleIntervalUs: Microseconds): PulseShape {
  checkWidth(sampleIntervalUs);
  if (samples.length === 0) throw new RangeError('a sampled waveform needs at least one sample');
  const edges: number[] = [0];
  const values: number[] = [];
  for (let i = 0; i < samples.length; i += 1) {
    const v = samples[i]!;
    if (!Number.isFinite(v)) throw new RangeError(`waveform sample ${i} is not finite`);
    edges.push((i + 1) * sampleIntervalUs);
    values.push(v);
  }
  return shape(`sampled ${samples.length} × ${sampleIntervalUs} µs`, edges, values);
}

/**
 * Writes the mean of the waveform over each time step [k·dt, (k+1)·dt) into `out[k]` for
 * k < `stepCount` (0 after the pulse). Averaging keeps the delivered charge exact even when a pulse
 * edge falls inside a step. Returns `out`.
 *
 * @example
 * const w = stepAveragesInto(new Float64Array(100), monophasicPulse(us(30), 'cathodic'), 2.5, 100);
 * // w[0..11] = −1, w[12..] = 0
 */
export function stepAveragesInto(out: Float64Array, pulse: PulseShape, dtUs: number, stepCount: number): Float64Array {
  const { edgesUs, values } = pulse;
  const pieces = values.length;
  let piece = 0;
  for (let k = 0; k < stepCount; k += 1) {
    const t0 = k * dtUs;
    const t1 = t0 + dtUs;
    while (piece < pieces && edgesUs[piece + 1]! <= t0) piece += 1;
    let integral = 0;
    for (let p = piece; p < pieces && edgesUs[p]! < t1; p += 1) {
      const a = Math.max(t0, edgesUs[p]!);
      const b = Math.min(t1, edgesUs[p + 1]!);
      if (b > a) integral += values[p]! * (b - a);
    }
    out[k] = integral / dtUs;
  }
  return out;
}

/**
 * Net normalised charge of the waveform, ∫ w dt in µs (0 for a charge-balanced pulse).
 *
 * @example
 * netChargeUs(biphasicPulse(us(100))); // 0
 */
export function netChargeUs(pulse: PulseShape): number {
  let q = 0;
  for (let i = 0; i < pulse.values.length; i += 1) q += pulse.values[i]! * (pulse.edgesUs[i + 1]! - pulse.edgesUs[i]!);
  return q;
}
