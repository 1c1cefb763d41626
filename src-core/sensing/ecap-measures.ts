/**
 * What a clinician reads off an ECAP: N1 (the first negative peak) and P2 (the positive peak after it), the
 * amplitude P2 − N1 (Chakravarthy et al.; Pilitsis et al. 2021), their latencies, the ECAP threshold (ET) and the
 * growth curve (ECAP against current; linear above ET, Gmel et al. 2021). Measured on the neural response plus
 * noise: the artefact model is subtracted exactly, as devices subtract a fitted exponential + linear artefact.
 */
import { ECAP_NOISE_RMS_UV, ecapTraceAt, type EcapTrace } from './ecap-trace';
import type { EcapConfiguration } from './ecap-configuration';

/** N1/P2 of a trace: amplitude in µV, latencies in ms from the pulse onset; null peaks when nothing is found. */
export interface EcapMeasures {
  readonly n1Uv: number;
  readonly n1LatencyMs: number;
  readonly p2Uv: number;
  readonly p2LatencyMs: number;
  /** P2 − N1 (µV). */
  readonly amplitudeUv: number;
}

/** One point of a growth curve. */
export interface GrowthPoint {
  readonly amplitudeMa: number;
  /** P2 − N1 of the noise-free neural response (µV). */
  readonly ecapUv: number;
}

/** An ECAP counts as present when P2 − N1 reaches this multiple of the noise RMS [U]: above noise's own peak-to-peak (≈ 5 σ over the N1–P2 span). */
export const DETECTION_NOISE_MULTIPLE = 6;
/** The ECAP detection criterion (µV). */
export const ECAP_DETECTION_UV = DETECTION_NOISE_MULTIPLE * ECAP_NOISE_RMS_UV;
/** P2 is looked for within this time after N1 (ms) [U]: the positive phase of a dorsal-column ECAP. */
const P2_SEARCH_MS = 1;
/** ET search: bisection to this resolution (mA) [U], finer than any programming step. */
const ET_RESOLUTION_MA = 0.01;

/**
 * N1 and P2 of `samplesUv` (µV, from the pulse onset, `sampleUs` apart), searched after `fromMs` (the pulse end).
 * @example ecapMeasuresOf(trace.neuralUv, 10, 0.3).amplitudeUv;
 */
export function ecapMeasuresOf(samplesUv: Float64Array, sampleUs: number, fromMs: number): EcapMeasures {
  const dtMs = sampleUs / 1000;
  const first = Math.max(0, Math.ceil(fromMs / dtMs));
  let n1 = first;
  for (let k = first; k < samplesUv.length; k++) if (samplesUv[k]! < samplesUv[n1]!) n1 = k;
  let p2 = n1;
  const last = Math.min(samplesUv.length, n1 + Math.round(P2_SEARCH_MS / dtMs) + 1);
  for (let k = n1; k < last; k++) if (samplesUv[k]! > samplesUv[p2]!) p2 = k;
  const n1Uv = samplesUv[n1] ?? 0;
  const p2Uv = samplesUv[p2] ?? 0;
  return { n1Uv, n1LatencyMs: n1 * dtMs, p2Uv, p2LatencyMs: p2 * dtMs, amplitudeUv: p2Uv - n1Uv };
}

/**
 * N1/P2 of a trace's neural response plus noise (the artefact subtracted), after the pulse.
 * @example traceMeasures(ecapTraceAt(ecap, 7), ecap).n1LatencyMs; // ≈ 0.45
 */
export function traceMeasures(trace: EcapTrace, config: EcapConfiguration): EcapMeasures {
  const signal = new Float64Array(trace.neuralUv.length);
  for (let k = 0; k < signal.length; k++) signal[k] = trace.neuralUv[k]! + trace.noiseUv[k]!;
  return ecapMeasuresOf(signal, trace.sampleUs, config.pulseWidthUs / 1000);
}

/**
 * P2 − N1 (µV) of the noise-free neural response at `amplitudeMa`: the ECAP amplitude a closed loop controls.
 * @example ecapAmplitudeAt(ecap, 7); // ≈ 9.6 µV for the tonic sample supine
 */
export function ecapAmplitudeAt(config: EcapConfiguration, amplitudeMa: number): number {
  const trace = ecapTraceAt(config, amplitudeMa);
  return ecapMeasuresOf(trace.neuralUv, trace.sampleUs, config.pulseWidthUs / 1000).amplitudeUv;
}

/**
 * The ECAP threshold (mA): the lowest amplitude up to `maxMa` (default the configuration's ceiling) whose noise-free
 * P2 − N1 reaches `ECAP_DETECTION_UV`, by a scan on the recruited fibres' thresholds then bisection; null if never.
 * @example ecapThresholdMa(ecap); // e.g. 4.1
 */
export function ecapThresholdMa(config: EcapConfiguration, maxMa = config.maxMa): number | null {
  if (ecapAmplitudeAt(config, maxMa) < ECAP_DETECTION_UV) return null;
  let lo = 0;
  let hi = maxMa;
  // Nothing below the lowest fibre threshold can respond.
  let lowest = Infinity;
  for (const t of config.thresholdMa) lowest = Math.min(lowest, t);
  if (lowest < hi) lo = lowest;
  while (hi - lo > ET_RESOLUTION_MA) {
    const mid = (lo + hi) / 2;
    if (ecapAmplitudeAt(config, mid) >= ECAP_DETECTION_UV) hi = mid;
    else lo = mid;
  }
  return hi;
}

/**
 * The growth curve: noise-free P2 − N1 at `pointCount` amplitudes from 0 to `maxMa` (default the ceiling).
 * @example ecapGrowthCurve(ecap, 41).map((p) => p.ecapUv);
 */
export function ecapGrowthCurve(config: EcapConfiguration, pointCount = 41, maxMa = config.maxMa): GrowthPoint[] {
  const points: GrowthPoint[] = [];
  for (let i = 0; i < pointCount; i++) {
    const amplitudeMa = (maxMa * i) / Math.max(1, pointCount - 1);
    points.push({ amplitudeMa, ecapUv: ecapAmplitudeAt(config, amplitudeMa) });
  }
  return points;
}

/** The straight line through the upper growth curve: its slope and where it meets zero. */
export interface GrowthFit {
  /** Growth slope (µV per mA): with a controller's gain K, the loop gain is K × this. */
  readonly slopeUvPerMa: number;
  /** Amplitude where the fitted line reaches 0 µV (mA): the extrapolated ECAP threshold. */
  readonly interceptMa: number;
}

/** The fit uses the growth points at or above this fraction of the ECAP at the ceiling [U]: the linear part, not the foot. */
const FIT_FRACTION_OF_TOP = 0.25;

/**
 * Least-squares line through the growth curve's upper part (points ≥ 25 % of the ECAP at `maxMa`): slope and
 * x-intercept, the threshold read by extrapolating the linear growth rather than by a detection criterion; null when
 * there is no ECAP at the ceiling or fewer than two such points.
 * @example ecapGrowthFit(ecap)?.interceptMa; // ≈ 3.1 mA for the tonic sample supine
 */
export function ecapGrowthFit(config: EcapConfiguration, pointCount = 41, maxMa = config.maxMa): GrowthFit | null {
  return growthFitOf(ecapGrowthCurve(config, pointCount, maxMa));
}

/** `ecapGrowthFit` of a growth curve already computed (points ascending in amplitude, the last at the ceiling). */
export function growthFitOf(curve: readonly GrowthPoint[]): GrowthFit | null {
  const top = curve[curve.length - 1]!.ecapUv;
  if (!(top > 0)) return null;
  const points = curve.filter((p) => p.ecapUv >= FIT_FRACTION_OF_TOP * top);
  if (points.length < 2) return null;
  const mx = points.reduce((a, p) => a + p.amplitudeMa, 0) / points.length;
  const my = points.reduce((a, p) => a + p.ecapUv, 0) / points.length;
  let sxy = 0;
  let sxx = 0;
  for (const p of points) {
    sxy += (p.amplitudeMa - mx) * (p.ecapUv - my);
    sxx += (p.amplitudeMa - mx) ** 2;
  }
  const slopeUvPerMa = sxy / sxx;
  return { slopeUvPerMa, interceptMa: mx - my / slopeUvPerMa };
}
