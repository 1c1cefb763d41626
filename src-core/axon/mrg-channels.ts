/**
 * Node-of-Ranvier membrane of the MRG model (`AXNODE.mod`, McIntyre, Richardson & Grill 2002):
 * fast Na (m³h), persistent Na (mp³), slow K (s) and leak, Hodgkin–Huxley form, rates in 1/ms,
 * potentials in mV (membrane potential V = Vi − Ve at the node).
 *
 * The rate expressions, their removable-singularity values and the `Exp` guard (exp(x) = 0 for
 * x < −100) follow the published AXNODE.mod (ModelDB 3810) including Ted Carnevale's sign fix; the
 * temperature factors are applied at 37 °C as in that file's INITIAL block.
 */

export const G_NAF_S_PER_CM2 = 3.0; // McIntyre, Richardson & Grill 2002 (AXNODE.mod gnabar)
export const G_NAP_S_PER_CM2 = 0.01; // McIntyre, Richardson & Grill 2002 (AXNODE.mod gnapbar)
export const G_KS_S_PER_CM2 = 0.08; // McIntyre, Richardson & Grill 2002 (AXNODE.mod gkbar)
export const G_LEAK_S_PER_CM2 = 0.007; // McIntyre, Richardson & Grill 2002 (AXNODE.mod gl)
export const E_NA_MV = 50.0; // McIntyre, Richardson & Grill 2002 (AXNODE.mod ena)
export const E_K_MV = -90.0; // McIntyre, Richardson & Grill 2002 (AXNODE.mod ek)
export const E_LEAK_MV = -90.0; // McIntyre, Richardson & Grill 2002 (AXNODE.mod el)
export const NODE_CM_UF_PER_CM2 = 2.0; // McIntyre, Richardson & Grill 2002 (MRGaxon.hoc node cm)
export const TEMPERATURE_C = 37; // McIntyre, Richardson & Grill 2002 (MRGaxon.hoc celsius)
export const V_INIT_MV = -80; // McIntyre, Richardson & Grill 2002 (MRGaxon.hoc v_init)

const VTRAUB_MV = -80; // McIntyre, Richardson & Grill 2002 (AXNODE.mod vtraub)
const Q10_1 = Math.pow(2.2, (TEMPERATURE_C - 20) / 10); // McIntyre et al. 2002: mp, m rates (Q10 2.2 from 20 °C)
const Q10_2 = Math.pow(2.9, (TEMPERATURE_C - 20) / 10); // McIntyre et al. 2002: h rates (Q10 2.9 from 20 °C)
const Q10_3 = Math.pow(3.0, (TEMPERATURE_C - 36) / 10); // McIntyre et al. 2002: s rates (Q10 3 from 36 °C)

/** AXNODE.mod's guarded exponential: 0 below −100 to avoid underflow. */
function guardedExp(x: number): number {
  return x < -100 ? 0 : Math.exp(x);
}

/** A·(v+B)/(1 − exp(−(v+B)/C)) with its limit A·C at v = −B. */
function linoidUp(v: number, a: number, b: number, c: number): number {
  const x = (v + b) / c;
  return Math.abs(x) < 1e-6 ? a * c : (a * (v + b)) / (1 - guardedExp(-x));
}

/** A·(−(v+B))/(1 − exp((v+B)/C)) with its limit A·C at v = −B (Carnevale's sign fix). */
function linoidDown(v: number, a: number, b: number, c: number): number {
  const x = (v + b) / c;
  return Math.abs(x) < 1e-6 ? a * c : (a * -(v + b)) / (1 - guardedExp(x));
}

/** Persistent Na activation opening rate αmp (1/ms) at 37 °C. @example alphaMp(-80) */
export function alphaMp(vMv: number): number {
  return Q10_1 * linoidUp(vMv, 0.01, 27, 10.2); // McIntyre et al. 2002 (ampA, ampB, ampC)
}
/** Persistent Na activation closing rate βmp (1/ms). @example betaMp(-80) */
export function betaMp(vMv: number): number {
  return Q10_1 * linoidDown(vMv, 0.00025, 34, 10); // McIntyre et al. 2002 (bmpA, bmpB, bmpC)
}
/** Fast Na activation opening rate αm (1/ms). @example alphaM(-80) */
export function alphaM(vMv: number): number {
  return Q10_1 * linoidUp(vMv, 1.86, 21.4, 10.3); // McIntyre et al. 2002 (amA, amB, amC)
}
/** Fast Na activation closing rate βm (1/ms). @example betaM(-80) */
export function betaM(vMv: number): number {
  return Q10_1 * linoidDown(vMv, 0.086, 25.7, 9.16); // McIntyre et al. 2002 (bmA, bmB, bmC)
}
/** Fast Na inactivation recovery rate αh (1/ms). @example alphaH(-80) */
export function alphaH(vMv: number): number {
  return Q10_2 * linoidDown(vMv, 0.062, 114.0, 11.0); // McIntyre et al. 2002 (ahA, ahB, ahC)
}
/** Fast Na inactivation rate βh (1/ms). @example betaH(-80) */
export function betaH(vMv: number): number {
  return (Q10_2 * 2.3) / (1 + guardedExp(-(vMv + 31.8) / 13.4)); // McIntyre et al. 2002 (bhA, bhB, bhC)
}
/** Slow K activation opening rate αs (1/ms). @example alphaS(-80) */
export function alphaS(vMv: number): number {
  return (Q10_3 * 0.3) / (guardedExp((vMv - VTRAUB_MV - 27) / -5) + 1); // McIntyre et al. 2002 (asA, asB, asC)
}
/** Slow K activation closing rate βs (1/ms). @example betaS(-80) */
export function betaS(vMv: number): number {
  return (Q10_3 * 0.03) / (guardedExp((vMv - VTRAUB_MV + 10) / -1) + 1); // McIntyre et al. 2002 (bsA, bsB, bsC)
}

/** Steady-state gates at a membrane potential. */
export interface NodeGates {
  mp: number;
  m: number;
  h: number;
  s: number;
}

/**
 * Steady-state (x∞ = α/(α+β)) values of the four gates at `vMv`.
 *
 * @example
 * const g = nodeSteadyStateGates(-80); // g.m ≈ 0.0089, g.h ≈ 0.68 (rest)
 */
export function nodeSteadyStateGates(vMv: number): NodeGates {
  const inf = (a: number, b: number): number => a / (a + b);
  return {
    mp: inf(alphaMp(vMv), betaMp(vMv)),
    m: inf(alphaM(vMv), betaM(vMv)),
    h: inf(alphaH(vMv), betaH(vMv)),
    s: inf(alphaS(vMv), betaS(vMv)),
  };
}

/**
 * Nodal ionic current density (mA/cm²) at `vMv` with the given gates.
 *
 * @example
 * nodeIonicCurrentMaPerCm2(-80, nodeSteadyStateGates(-80)); // small: −80 mV is close to rest
 */
export function nodeIonicCurrentMaPerCm2(vMv: number, g: NodeGates): number {
  return (
    G_NAF_S_PER_CM2 * g.m * g.m * g.m * g.h * (vMv - E_NA_MV) +
    G_NAP_S_PER_CM2 * g.mp * g.mp * g.mp * (vMv - E_NA_MV) +
    G_KS_S_PER_CM2 * g.s * (vMv - E_K_MV) +
    G_LEAK_S_PER_CM2 * (vMv - E_LEAK_MV)
  );
}

/** One exponential-Euler (NEURON `cnexp`) gate step: x ← x∞ + (x − x∞)·exp(−dt(α+β)). */
function relax(x: number, a: number, b: number, dtMs: number): number {
  const sum = a + b;
  const xInf = a / sum;
  return xInf + (x - xInf) * Math.exp(-dtMs * sum);
}

/**
 * Advances the gates of `n` nodes by `dtMs` with exponential Euler at the (new) membrane potentials
 * `vmMv[nodeCompartment[j]]` — the staggered scheme NEURON uses with `cnexp` after its implicit
 * voltage solve. Writes `mp`, `m`, `h`, `s` in place and returns nothing (no allocation).
 *
 * @example
 * updateNodeGatesInto(mp, m, h, s, vm, layout.nodeCompartment, layout.nodeCount, 0.0025);
 */
export function updateNodeGatesInto(
  mp: Float64Array,
  m: Float64Array,
  h: Float64Array,
  s: Float64Array,
  vmMv: Float64Array,
  nodeCompartment: Int32Array,
  n: number,
  dtMs: number,
): void {
  for (let j = 0; j < n; j += 1) {
    const v = vmMv[nodeCompartment[j]!]!;
    mp[j] = relax(mp[j]!, alphaMp(v), betaMp(v), dtMs);
    m[j] = relax(m[j]!, alphaM(v), betaM(v), dtMs);
    h[j] = relax(h[j]!, alphaH(v), betaH(v), dtMs);
    s[j] = relax(s[j]!, alphaS(v), betaS(v), dtMs);
  }
}
