/**
 * Least-squares fit of the predictor weights (kernel.ts) to MRG thresholds: minimises
 * Σ_c log²(T̂_c / T_c) + ridge over the training fields of one (diameter, shape), by Levenberg–Marquardt
 * with continuation in the p of the p-norm (2 → 4 → 8): the objective is smooth for finite p, and
 * starting soft avoids the local minima of a hard maximum over nodes. Deterministic, no randomness.
 */
import { PREDICTOR_P_NORM } from '../../src-core/axon/predictor/kernel';

/** Model structure: stencil half-width K (nodes), number of branches, ridge weight. */
export interface FitConfig {
  readonly reach: number;
  readonly branches: number;
  readonly ridge: number;
}

/** One training field: Ve at the nodes (mV per unit) and its MRG threshold scale (finite). */
export interface FitSample {
  readonly nodesMv: Float64Array;
  readonly thresholdScale: number;
}

/** Feature rows of one field: `rows[r · block …]`, each row belonging to branch `branchOf[r]`. */
interface SampleRows {
  readonly rows: Float64Array;
  readonly branchOf: Uint8Array;
  readonly count: number;
  readonly logThreshold: number;
}

/** Cathodic-first drive −Δ²Ve at each node (0 at the two end nodes), mV. */
export function cathodicDriveMv(nodesMv: Float64Array): Float64Array {
  const n = nodesMv.length;
  const d = new Float64Array(n);
  for (let m = 1; m < n - 1; m += 1) d[m] = -(nodesMv[m - 1]! - 2 * nodesMv[m]! + nodesMv[m + 1]!);
  return d;
}

/** Feature rows of a field: per branch and node, the split drive sums at offsets 0..K; empty rows dropped. */
function rowsOf(sample: FitSample, config: FitConfig): SampleRows {
  const d = cathodicDriveMv(sample.nodesMv);
  const n = d.length;
  const k = config.reach;
  const block = 2 * (k + 1);
  let peak = 0;
  for (let m = 0; m < n; m += 1) peak = Math.max(peak, Math.abs(d[m]!));
  const rows: number[] = [];
  const branchOf: number[] = [];
  const row = new Float64Array(block);
  for (let b = 0; b < config.branches; b += 1) {
    const s = b === 0 ? 1 : -1;
    for (let i = 0; i < n; i += 1) {
      row.fill(0);
      let big = 0;
      for (let m = Math.max(0, i - k); m <= Math.min(n - 1, i + k); m += 1) {
        const v = s * d[m]!;
        const slot = (v > 0 ? 0 : k + 1) + Math.abs(m - i);
        row[slot] = row[slot]! + v;
        big = Math.max(big, Math.abs(v));
      }
      if (big > 1e-3 * peak) {
        for (let a = 0; a < block; a += 1) rows.push(row[a]!);
        branchOf.push(b);
      }
    }
  }
  return {
    rows: Float64Array.from(rows),
    branchOf: Uint8Array.from(branchOf),
    count: branchOf.length,
    logThreshold: Math.log(sample.thresholdScale),
  };
}

/** p-norm prediction Ŝ = 1/T̂ of one field; writes ∂Ŝ/∂θ into `grad` if given. */
function evaluate(
  theta: Float64Array,
  s: SampleRows,
  block: number,
  p: number,
  sums: Float64Array,
  grad?: Float64Array,
): number {
  let max = 0;
  for (let r = 0; r < s.count; r += 1) {
    const o = s.branchOf[r]! * block;
    let acc = 0;
    for (let a = 0; a < block; a += 1) acc += theta[o + a]! * s.rows[r * block + a]!;
    sums[r] = acc;
    if (acc > max) max = acc;
  }
  if (grad !== undefined) grad.fill(0);
  if (!(max > 0)) return 0;
  let total = 0;
  for (let r = 0; r < s.count; r += 1) if (sums[r]! > 0) total += Math.pow(sums[r]! / max, p);
  const value = max * Math.pow(total, 1 / p);
  if (grad !== undefined) {
    for (let r = 0; r < s.count; r += 1) {
      if (!(sums[r]! > 0)) continue;
      const c = Math.pow(sums[r]! / value, p - 1);
      const o = s.branchOf[r]! * block;
      for (let a = 0; a < block; a += 1) grad[o + a] = grad[o + a]! + c * s.rows[r * block + a]!;
    }
  }
  return value;
}

/** Solves A·x = b (dense, partial pivoting) in place; returns x. */
function solveDense(a: Float64Array, b: Float64Array, n: number): Float64Array {
  for (let i = 0; i < n; i += 1) {
    let p = i;
    for (let r = i + 1; r < n; r += 1) if (Math.abs(a[r * n + i]!) > Math.abs(a[p * n + i]!)) p = r;
    if (p !== i) {
      for (let c = 0; c < n; c += 1) [a[i * n + c], a[p * n + c]] = [a[p * n + c]!, a[i * n + c]!];
      [b[i], b[p]] = [b[p]!, b[i]!];
    }
    for (let r = i + 1; r < n; r += 1) {
      const f = a[r * n + i]! / a[i * n + i]!;
      if (f === 0) continue;
      for (let c = i; c < n; c += 1) a[r * n + c] = a[r * n + c]! - f * a[i * n + c]!;
      b[r] = b[r]! - f * b[i]!;
    }
  }
  const x = new Float64Array(n);
  for (let i = n - 1; i >= 0; i -= 1) {
    let s = b[i]!;
    for (let c = i + 1; c < n; c += 1) s -= a[i * n + c]! * x[c]!;
    x[i] = s / a[i * n + i]!;
  }
  return x;
}

/** Initial weights: the activating function scaled to the geometric-mean threshold, decaying with offset. */
function initialTheta(samples: SampleRows[], config: FitConfig, block: number): Float64Array {
  let acc = 0;
  for (const s of samples) {
    let peak = 0;
    for (let r = 0; r < s.count; r += 1) if (s.branchOf[r] === 0) peak = Math.max(peak, s.rows[r * block]!);
    acc += -s.logThreshold - Math.log(Math.max(peak, 1e-30));
  }
  const w0 = Math.exp(acc / samples.length);
  const theta = new Float64Array(config.branches * block);
  for (let b = 0; b < config.branches; b += 1) {
    for (let a = 0; a <= config.reach; a += 1) {
      theta[b * block + a] = w0 * Math.exp(-a) * (b === 0 ? 1 : 0.3);
      theta[b * block + config.reach + 1 + a] = 0.5 * w0 * Math.exp(-a) * (b === 0 ? 1 : 0.3);
    }
  }
  return theta;
}

/** A fitted weight vector (kernel layout) and its final training cost (Σ log² error + ridge). */
export interface FitResult {
  readonly weights: Float64Array;
  readonly cost: number;
}

/**
 * Fits the weights of one (diameter, shape) to `samples` (finite MRG thresholds). `start` (same
 * structure) warm-starts the fit, e.g. from the neighbouring pulse width, so that the weights vary
 * smoothly along the calibration grid; without it the fit starts from the activating function.
 *
 * @example
 * const { weights } = fitPredictorWeights(samples, { reach: 6, branches: 1, ridge: 1e-3 });
 */
export function fitPredictorWeights(samples: readonly FitSample[], config: FitConfig, start?: Float64Array): FitResult {
  const block = 2 * (config.reach + 1);
  const np = config.branches * block;
  const prepared = samples
    .filter((s) => Number.isFinite(s.thresholdScale) && s.thresholdScale > 0)
    .map((s) => rowsOf(s, config));
  const sums = new Float64Array(prepared.reduce((m, s) => Math.max(m, s.count), 1));
  const warm = start !== undefined && start.length === np;
  const theta = warm ? Float64Array.from(start) : initialTheta(prepared, config, block);
  const grad = new Float64Array(np);
  const jtj = new Float64Array(np * np);
  const jtr = new Float64Array(np);
  let current = Infinity;
  // A warm start is already near a p = 8 optimum: no continuation.
  for (const p of warm ? [PREDICTOR_P_NORM] : [2, 4, PREDICTOR_P_NORM]) {
    const cost = (t: Float64Array): number => {
      let c = 0;
      for (const s of prepared) {
        const v = evaluate(t, s, block, p, sums);
        c += v > 0 ? (Math.log(v) + s.logThreshold) ** 2 : 100;
      }
      const ref = t[0]! * t[0]!;
      for (let a = 1; a < np; a += 1) c += (config.ridge * t[a]! * t[a]!) / ref;
      return c;
    };
    current = cost(theta);
    let lambda = 1e-2;
    for (let iteration = 0; iteration < 300; iteration += 1) {
      jtj.fill(0);
      jtr.fill(0);
      for (const s of prepared) {
        const v = evaluate(theta, s, block, p, sums, grad);
        if (!(v > 0)) continue;
        const residual = Math.log(v) + s.logThreshold;
        for (let i = 0; i < np; i += 1) {
          const gi = grad[i]! / v;
          if (gi === 0) continue;
          jtr[i] = jtr[i]! + gi * residual;
          for (let j = 0; j < np; j += 1) jtj[i * np + j] = jtj[i * np + j]! + (gi * grad[j]!) / v;
        }
      }
      const ref = theta[0]! * theta[0]!;
      for (let a = 1; a < np; a += 1) {
        jtj[a * np + a] = jtj[a * np + a]! + config.ridge / ref;
        jtr[a] = jtr[a]! + (config.ridge * theta[a]!) / ref;
      }
      let improved = false;
      for (let tries = 0; tries < 16 && !improved; tries += 1) {
        const a = Float64Array.from(jtj);
        for (let i = 0; i < np; i += 1) a[i * np + i] = a[i * np + i]! + lambda * jtj[i * np + i]! + 1e-300;
        const step = solveDense(
          a,
          Float64Array.from(jtr, (v) => -v),
          np,
        );
        const trial = Float64Array.from(theta, (v, i) => v + step[i]!);
        const c = cost(trial);
        if (c < current - 1e-12 * (1 + current)) {
          theta.set(trial);
          current = c;
          lambda = Math.max(lambda / 3, 1e-12);
          improved = true;
        } else lambda *= 4;
      }
      if (!improved) break;
    }
  }
  return { weights: theta, cost: current };
}
