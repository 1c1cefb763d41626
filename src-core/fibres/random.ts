/**
 * A small seeded pseudo-random generator (mulberry32): the same seed always gives the same fibre population, so
 * results are reproducible and tests can replay them. Never Math.random() in the core.
 *
 * @example const next = seededRandom(42); next(); // 0.6011037519201636, always
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A standard normal deviate from two uniforms (Box–Muller). */
export function normal(next: () => number): number {
  const u = Math.max(next(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
}

/**
 * Uniform draws in [0, 1) with exactly one in each of `n` equal strata, in random order (Latin hypercube along one
 * axis): paired with another stratified coordinate, both are spread evenly and independently of each other.
 */
export function stratifiedUniforms(n: number, next: () => number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order.map((stratum) => (stratum + next()) / n);
}
