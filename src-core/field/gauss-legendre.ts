/**
 * Gauss–Legendre quadrature rules on [−1, 1], computed once by Newton iteration on the Legendre
 * polynomial (deterministic: no tables copied, no randomness). Used for the wavenumber panels of the
 * spectral transform and for the point-source grids that stand in for extended contacts.
 */

/** Nodes (ascending) and weights of one n-point rule on [−1, 1]. */
export interface GaussRule {
  readonly nodes: Float64Array;
  readonly weights: Float64Array;
}

const rules = new Map<number, GaussRule>();

function computeRule(n: number): GaussRule {
  const nodes = new Float64Array(n);
  const weights = new Float64Array(n);
  for (let i = 0; i < Math.ceil(n / 2); i += 1) {
    // Tricomi's initial guess, then Newton on P_n (three-term recurrence for P_n and P_{n−1}).
    let x = Math.cos((Math.PI * (i + 0.75)) / (n + 0.5));
    let dp = 1;
    for (let iter = 0; iter < 100; iter += 1) {
      let p0 = 1;
      let p1 = x;
      for (let k = 2; k <= n; k += 1) {
        const p2 = ((2 * k - 1) * x * p1 - (k - 1) * p0) / k;
        p0 = p1;
        p1 = p2;
      }
      dp = (n * (x * p1 - p0)) / (x * x - 1);
      const dx = p1 / dp;
      x -= dx;
      if (Math.abs(dx) < 1e-16) break;
    }
    const w = 2 / ((1 - x * x) * dp * dp);
    nodes[i] = -x;
    nodes[n - 1 - i] = x;
    weights[i] = w;
    weights[n - 1 - i] = w;
  }
  if (n % 2 === 1) nodes[(n - 1) / 2] = 0;
  return { nodes, weights };
}

/**
 * The n-point Gauss–Legendre rule on [−1, 1] (exact for polynomials of degree ≤ 2n − 1). Cached.
 *
 * @example
 * const { nodes, weights } = gaussLegendre(2); // nodes ±0.5774, weights 1, 1
 */
export function gaussLegendre(n: number): GaussRule {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`gaussLegendre: order must be a positive integer, got ${n}`);
  let rule = rules.get(n);
  if (rule === undefined) {
    rule = n === 1 ? { nodes: Float64Array.of(0), weights: Float64Array.of(2) } : computeRule(n);
    rules.set(n, rule);
  }
  return rule;
}
