/**
 * The fast threshold predictor: a modified driving function in the sense of Peterson, Izad & Tyler
 * 2011 (J Neural Eng 8:046030) — a weighted sum of second differences of Ve at the nodes around each
 * node — with weights fitted to the MRG model (docs/physics-predictor.md). Differences from MDF:
 * the depolarising and hyperpolarising parts of the drive have their own weights, a second branch
 * with its own weights covers excitation by the reversed phase of biphasic pulses and trains, and the
 * nodes are combined by a p-norm (p = 8, a smooth maximum) instead of a hard maximum.
 *
 * For node n, branch b (s₀ = +1, s₁ = −1), drive d_m = −σ·(Ve_{m−1} − 2Ve_m + Ve_{m+1}) (σ = +1 for a
 * cathodic-first pulse, −1 anodic-first; 0 at the two end nodes):
 *
 *   S_{b,n} = Σ_{|j| ≤ K} [ w⁺_{b,|j|} · max(s_b·d_{n+j}, 0) + w⁻_{b,|j|} · min(s_b·d_{n+j}, 0) ]
 *   threshold scale = 1 / ( Σ_{b,n} max(S_{b,n}, 0)^p )^{1/p}
 *
 * which is exactly homogeneous: scaling Ve by k divides the threshold by k.
 */
import type { PredictorWaveform } from './calibration-grid';

/** Exponent of the p-norm that combines the nodes (a smooth maximum; p → ∞ is the hard maximum). */
export const PREDICTOR_P_NORM = 8;

/** Everything the kernel needs for one fibre diameter and pulse shape. Build with `predictorCalibration`. */
export interface PredictorCalibration {
  readonly fibreDiameterUm: number;
  /** Node spacing of the fibre, mm: the caller samples Ve at multiples of it along the fibre. */
  readonly internodeLengthMm: number;
  readonly waveform: PredictorWaveform;
  /** Phase width, µs (fixed for the trains). */
  readonly pulseWidthUs: number;
  /** Polarity of the (first) phase: Ve(t) = scale × w(t) × profile as in `findThresholdScale`. */
  readonly polarity: 'cathodic' | 'anodic';
  /** Half-width K of the stencil, in nodes. */
  readonly reach: number;
  /** Number of branches (1 or 2). */
  readonly branches: number;
  /**
   * Weights (1/mV), per branch b a block of 2(K + 1): w⁺_{b,0..K} then w⁻_{b,0..K}, at offset
   * b · 2(K + 1).
   */
  readonly weights: Float64Array;
  /** Predicted scales above this are reported as Infinity (not activated within the bound). */
  readonly maxScale: number;
}

/**
 * Predicted threshold scales of `fibreCount` fibres: `veAtNodesMv[f · nodesPerFibre + i]` is Ve (mV)
 * per unit stimulus at node i of fibre f (consecutive nodes one internode apart along the fibre,
 * straight or curved). Writes `out[f]` = threshold scale (≥ 0; Infinity when the field cannot excite
 * the fibre with this polarity, or above `calibration.maxScale`) and returns `out`. Same meaning as
 * `findThresholdScale(fibre, profile, pulse).thresholdScale` of the MRG model. Allocates one
 * scratch per call, nothing per fibre. Fibres of mixed diameters: `predictThresholdScalesByDiameterInto`.
 *
 * @example
 * const cal = predictorCalibration(um(10), { waveform: 'monophasic', pulseWidthUs: us(100), polarity: 'cathodic' });
 * const ve = new Float64Array(21); // Ve at 21 nodes, mV per mA
 * predictThresholdScalesInto(new Float64Array(1), ve, 1, 21, cal); // [Infinity]: a flat field excites nothing
 */
export function predictThresholdScalesInto(
  out: Float64Array,
  veAtNodesMv: Float64Array,
  fibreCount: number,
  nodesPerFibre: number,
  calibration: PredictorCalibration,
): Float64Array {
  const scratch = createPredictorScratch(nodesPerFibre, calibration.reach);
  const driveSign = calibration.polarity === 'cathodic' ? -1 : 1;
  for (let f = 0; f < fibreCount; f += 1) {
    out[f] = predictFibreScale(
      veAtNodesMv,
      f * nodesPerFibre,
      nodesPerFibre,
      calibration.weights,
      calibration.reach,
      calibration.branches,
      driveSign,
      calibration.maxScale,
      scratch,
    );
  }
  return out;
}

/** Scratch of the kernel: the split drive, zero-padded by K on both sides, and the node sums. */
export interface PredictorScratch {
  readonly plus: Float64Array;
  readonly minus: Float64Array;
  readonly sums: Float64Array;
}

/**
 * Scratch arrays for fibres of `nodesPerFibre` nodes and a stencil half-width `reach` (allocate once
 * per batch).
 *
 * @example
 * const scratch = createPredictorScratch(21, 6);
 */
export function createPredictorScratch(nodesPerFibre: number, reach: number): PredictorScratch {
  return {
    plus: new Float64Array(nodesPerFibre + 2 * reach),
    minus: new Float64Array(nodesPerFibre + 2 * reach),
    sums: new Float64Array(2 * nodesPerFibre),
  };
}

/**
 * Threshold scale of one fibre whose n node values start at `ve[base]` (the formula in the header):
 * `weights` in the `PredictorCalibration` layout, `driveSign` = −σ (−1 for a cathodic-first pulse, +1
 * for anodic-first). Nodes with `excitable[base + i] === 0` still carry the drive to their neighbours' sums but
 * are not sites where excitation may begin. Low-level building block of the batch kernels; allocates nothing.
 *
 * @example
 * predictFibreScale(ve, 0, 21, cal.weights, cal.reach, cal.branches, -1, Infinity, createPredictorScratch(21, cal.reach));
 */
export function predictFibreScale(
  ve: Float64Array,
  base: number,
  n: number,
  w: Float64Array,
  k: number,
  branches: number,
  driveSign: number,
  maxScale: number,
  scratch: PredictorScratch,
  excitable?: Uint8Array,
): number {
  const { plus, minus, sums } = scratch;
  // Drive at node m (array index m + k); the end nodes and the padding stay 0.
  for (let m = 1; m < n - 1; m += 1) {
    const d = driveSign * (ve[base + m - 1]! - 2 * ve[base + m]! + ve[base + m + 1]!);
    plus[m + k] = d > 0 ? d : 0;
    minus[m + k] = d < 0 ? d : 0;
  }
  const block = 2 * (k + 1);
  const two = branches > 1;
  let max = 0;
  for (let i = 0; i < n; i += 1) {
    const c = i + k;
    // Branch 0 sees (d⁺, d⁻); branch 1 sees the reversed drive: (−d)⁺ = −d⁻, (−d)⁻ = −d⁺.
    let s0 = w[0]! * plus[c]! + w[k + 1]! * minus[c]!;
    let s1 = two ? -(w[block]! * minus[c]! + w[block + k + 1]! * plus[c]!) : 0;
    for (let a = 1; a <= k; a += 1) {
      const p = plus[c - a]! + plus[c + a]!;
      const q = minus[c - a]! + minus[c + a]!;
      s0 += w[a]! * p + w[k + 1 + a]! * q;
      if (two) s1 -= w[block + a]! * q + w[block + k + 1 + a]! * p;
    }
    if (excitable !== undefined && excitable[base + i] === 0) s0 = s1 = 0; // excitation may not begin here
    sums[2 * i] = s0;
    sums[2 * i + 1] = s1;
    if (s0 > max) max = s0;
    if (s1 > max) max = s1;
  }
  if (!(max > 0)) return Infinity;
  // p-norm with p = 8 by three squarings, scaled by the maximum so nothing overflows.
  let total = 0;
  for (let i = 0; i < 2 * n; i += 1) {
    const x = sums[i]! / max;
    if (x > 0) {
      const x2 = x * x;
      const x4 = x2 * x2;
      total += x4 * x4;
    }
  }
  const scale = 1 / (max * Math.pow(total, 1 / PREDICTOR_P_NORM));
  return scale > maxScale ? Infinity : scale;
}
