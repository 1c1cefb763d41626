/**
 * Numerical integrator of the MRG double cable.
 *
 * Method (the scheme NEURON uses by default, `secondorder = 0`):
 * - Voltages: backward (implicit) Euler on the coupled linear system of the axoplasm (Vi) and the
 *   periaxonal layer (Vp) of every compartment, nodal conductances frozen over the step. With the gates
 *   held, the nodal current is linear in V, so this linearisation is exact for the step. Backward Euler
 *   is L-stable, which matters: the node–MYSA axial time constant is ~10 ns, far below any usable step.
 * - Gates: exponential Euler (NEURON `cnexp`) at the new membrane potential (staggered).
 * - Stimulus: Ve = amplitude × profile, amplitude = mean of the waveform over the step.
 *
 * Linear solve, exploiting the structure: each internode (MYSA, FLUT, 6 STIN, FLUT, MYSA; 20 unknowns)
 * is passive, so for a given dt its block-tridiagonal matrix A is constant. Its block LU factors and the
 * responses P = A⁻¹·(coupling to the left node) and Q = A⁻¹·(coupling to the right node) are computed
 * once per dt (static condensation). Each step then solves A·z = f for every internode with the stored
 * factors (no divisions), a scalar tridiagonal system for the node axoplasm potentials, and recovers
 * x = z + P·Vi(left) + Q·Vi(right). At nodes the periaxonal layer is tied to Ve (MRG: xg = 1e10).
 * All state lives in typed arrays allocated once; `stepInto` allocates nothing.
 */
import { CompartmentKind, COMPARTMENTS_PER_PERIOD, type MrgLayout } from './mrg-geometry';
import { E_PAS_MV, type MrgElectrical } from './mrg-electrical';
import {
  E_K_MV,
  E_LEAK_MV,
  E_NA_MV,
  G_KS_S_PER_CM2,
  G_LEAK_S_PER_CM2,
  G_NAF_S_PER_CM2,
  G_NAP_S_PER_CM2,
  V_INIT_MV,
  nodeSteadyStateGates,
  updateNodeGatesInto,
} from './mrg-channels';
import { createFactorArrays, factorInternodesInto, type InternodeFactors } from './internode-factors';

// Module-local copies: imported bindings can compile to getter calls, too slow for the inner loop.
const G_NAF = G_NAF_S_PER_CM2;
const G_NAP = G_NAP_S_PER_CM2;
const G_KS = G_KS_S_PER_CM2;
const G_LEAK = G_LEAK_S_PER_CM2;
const E_NA = E_NA_MV;
const E_K = E_K_MV;
const E_LEAK = E_LEAK_MV;
const PERIOD = COMPARTMENTS_PER_PERIOD;
const E_PAS = E_PAS_MV;

/** State, coefficients and scratch of one cable; owned by one fibre, reused by every simulation. */
export interface CableWorkspace {
  readonly n: number;
  readonly nodeCount: number;
  readonly nodeCompartment: Int32Array;
  /** Membrane potential Vi − Vp per compartment, mV. */
  readonly vmMv: Float64Array;
  /** Potential across the myelin, Vp − Ve, mV (0 at nodes). */
  readonly vMyelinMv: Float64Array;
  /** Gates of each node (length nodeCount). */
  readonly mp: Float64Array;
  readonly m: Float64Array;
  readonly h: Float64Array;
  readonly s: Float64Array;
  readonly electrical: MrgElectrical;
  /** Precomputed internode factors for `factors.dtMs`. */
  readonly factors: InternodeFactors;
  // Scratch.
  readonly r1: Float64Array;
  readonly r2: Float64Array;
  readonly nodeVi: Float64Array;
  readonly nodeC: Float64Array;
  readonly nodeD: Float64Array;
}

/**
 * Allocates the workspace of a cable and sets the MRG initial condition (Vm = v_init = −80 mV, no charge
 * on the myelin, gates at steady state).
 *
 * @example
 * const ws = createCableWorkspace(layout, mrgElectrical(geometry, layout));
 */
export function createCableWorkspace(layout: MrgLayout, electrical: MrgElectrical): CableWorkspace {
  const n = layout.compartmentCount;
  for (let j = 0; j < layout.nodeCount; j += 1) {
    if (
      layout.nodeCompartment[j] !== j * COMPARTMENTS_PER_PERIOD ||
      layout.kind[j * COMPARTMENTS_PER_PERIOD] !== CompartmentKind.Node
    ) {
      throw new Error('cable solver expects the MRG period layout starting and ending with a node');
    }
  }
  const ws: CableWorkspace = {
    n,
    nodeCount: layout.nodeCount,
    nodeCompartment: layout.nodeCompartment,
    vmMv: new Float64Array(n),
    vMyelinMv: new Float64Array(n),
    mp: new Float64Array(layout.nodeCount),
    m: new Float64Array(layout.nodeCount),
    h: new Float64Array(layout.nodeCount),
    s: new Float64Array(layout.nodeCount),
    electrical,
    factors: createFactorArrays(n, layout.nodeCount),
    r1: new Float64Array(n),
    r2: new Float64Array(n),
    nodeVi: new Float64Array(layout.nodeCount),
    nodeC: new Float64Array(layout.nodeCount),
    nodeD: new Float64Array(layout.nodeCount),
  };
  setInitialConditionInto(ws);
  return ws;
}

/**
 * Sets Vm = −80 mV everywhere, no charge on the myelin, gates at steady state (NEURON `finitialize(-80)`).
 *
 * @example
 * setInitialConditionInto(ws);
 */
export function setInitialConditionInto(ws: CableWorkspace): void {
  ws.vmMv.fill(V_INIT_MV);
  ws.vMyelinMv.fill(0);
  const g = nodeSteadyStateGates(V_INIT_MV);
  ws.mp.fill(g.mp);
  ws.m.fill(g.m);
  ws.h.fill(g.h);
  ws.s.fill(g.s);
}

/**
 * Advances the cable by one backward-Euler step of `dtMs`, with extracellular potential
 * Ve_k = `amplitude` × `profileMv[k]` during the step. Writes the workspace state in place.
 *
 * @example
 * for (let k = 0; k < steps; k += 1) stepInto(ws, profile, scale * wave[k], 0.002);
 */
export function stepInto(ws: CableWorkspace, profileMv: Float64Array, amplitude: number, dtMs: number): void {
  const f = ws.factors;
  if (f.dtMs !== dtMs) factorInternodesInto(f, ws.electrical, ws.nodeCount, dtMs);
  const { nodeCount, vmMv, vMyelinMv, mp, m, h, s, r1, r2, nodeVi, nodeC, nodeD } = ws;
  const { srcG, cdt, cmyDt, bm, m11, m12, m21, m22, i11, i12, i21, i22, u1, u2, p1, p2, q1, q2 } = f;
  const { gpEnd, nodeDiag, nodeLower, nodeUpper, giToRight, giToLeft } = f;
  const areaCm2 = ws.electrical.membraneAreaCm2;
  const active = ws.electrical.nodeIsActive;
  const gmUs = ws.electrical.membraneConductanceUs;
  const nodeCdt = f.nodeCdt;
  const P = PERIOD;
  // 1. Internodes: forward elimination of the RHS with the stored factors, then back substitution (z).
  for (let j = 0; j + 1 < nodeCount; j += 1) {
    const k0 = j * P + 1;
    const k9 = k0 + P - 2;
    let pr1 = 0;
    let pr2 = 0;
    for (let k = k0; k <= k9; k += 1) {
      const ve = amplitude * profileMv[k]!;
      const src = cdt[k]! * vmMv[k]! + srcG[k]!;
      let b1 = src;
      let b2 = -src + cmyDt[k]! * vMyelinMv[k]! + bm[k]! * ve;
      if (k === k0) b2 += gpEnd[k]! * amplitude * profileMv[k0 - 1]!;
      else if (k === k9) b2 += gpEnd[k]! * amplitude * profileMv[k9 + 1]!;
      b1 -= m11[k]! * pr1 + m12[k]! * pr2;
      b2 -= m21[k]! * pr1 + m22[k]! * pr2;
      r1[k] = b1;
      r2[k] = b2;
      pr1 = b1;
      pr2 = b2;
    }
    let z1 = 0;
    let z2 = 0;
    for (let k = k9; k >= k0; k -= 1) {
      const c1 = r1[k]! - u1[k]! * z1;
      const c2 = r2[k]! - u2[k]! * z2;
      z1 = i11[k]! * c1 + i12[k]! * c2;
      z2 = i21[k]! * c1 + i22[k]! * c2;
      r1[k] = z1;
      r2[k] = z2;
    }
  }
  // 2. Node axoplasm potentials: scalar tridiagonal (Thomas) with the nodal conductances of this step.
  for (let j = 0; j < nodeCount; j += 1) {
    const k = j * P;
    const ve = amplitude * profileMv[k]!;
    // Gates frozen over the step: I = gNa·(V − ENa) + gK·(V − EK) + gL·(V − EL).
    const a = areaCm2[k]! * 1e6 * active[j]!; // S/cm² → µS (0 for a passive end node)
    const mj = m[j]!;
    const pj = mp[j]!;
    const gNa = (G_NAF * mj * mj * mj * h[j]! + G_NAP * pj * pj * pj) * a;
    const gK = G_KS * s[j]! * a;
    const gL = G_LEAK * a;
    const gP = gmUs[k]!; // passive end node leak (0 for an MRG node)
    const am = nodeCdt[j]! + gNa + gK + gL + gP;
    let rhs = nodeCdt[j]! * vmMv[k]! + gNa * E_NA + gK * E_K + gL * E_LEAK + gP * E_PAS + am * ve;
    if (j > 0) rhs += giToLeft[j]! * r1[k - 1]!;
    if (j + 1 < nodeCount) rhs += giToRight[j]! * r1[k + 1]!;
    let diag = am + nodeDiag[j]!;
    if (j > 0) {
      const w = nodeLower[j]! / nodeD[j - 1]!;
      diag -= w * nodeUpper[j - 1]!;
      rhs -= w * nodeVi[j - 1]!;
    }
    nodeD[j] = diag;
    nodeVi[j] = rhs; // forward-eliminated RHS for now
    nodeC[j] = nodeUpper[j]!;
  }
  for (let j = nodeCount - 1; j >= 0; j -= 1) {
    const next = j + 1 < nodeCount ? nodeVi[j + 1]! : 0;
    nodeVi[j] = (nodeVi[j]! - nodeC[j]! * next) / nodeD[j]!;
  }
  // 3. Recover every compartment and update Vm, Vp − Ve.
  for (let j = 0; j < nodeCount; j += 1) {
    const k = j * P;
    vmMv[k] = nodeVi[j]! - amplitude * profileMv[k]!;
    vMyelinMv[k] = 0;
    if (j + 1 === nodeCount) break;
    const viL = nodeVi[j]!;
    const viR = nodeVi[j + 1]!;
    for (let kk = k + 1; kk < k + P; kk += 1) {
      const xi = r1[kk]! + p1[kk]! * viL + q1[kk]! * viR;
      const xp = r2[kk]! + p2[kk]! * viL + q2[kk]! * viR;
      vmMv[kk] = xi - xp;
      vMyelinMv[kk] = xp - amplitude * profileMv[kk]!;
    }
  }
  updateNodeGatesInto(mp, m, h, s, vmMv, ws.nodeCompartment, nodeCount, dtMs);
}

/** Snapshot of a cable state (for restoring the rest state before each simulation). */
export interface CableSnapshot {
  readonly vmMv: Float64Array;
  readonly vMyelinMv: Float64Array;
  readonly mp: Float64Array;
  readonly m: Float64Array;
  readonly h: Float64Array;
  readonly s: Float64Array;
}

/**
 * Copies the current state into a new snapshot (allocates; call outside hot loops).
 *
 * @example
 * const rest = snapshot(ws);
 */
export function snapshot(ws: CableWorkspace): CableSnapshot {
  return {
    vmMv: ws.vmMv.slice(),
    vMyelinMv: ws.vMyelinMv.slice(),
    mp: ws.mp.slice(),
    m: ws.m.slice(),
    h: ws.h.slice(),
    s: ws.s.slice(),
  };
}

/**
 * Restores a snapshot into the workspace (no allocation).
 *
 * @example
 * restoreInto(ws, rest);
 */
export function restoreInto(ws: CableWorkspace, snap: CableSnapshot): void {
  ws.vmMv.set(snap.vmMv);
  ws.vMyelinMv.set(snap.vMyelinMv);
  ws.mp.set(snap.mp);
  ws.m.set(snap.m);
  ws.h.set(snap.h);
  ws.s.set(snap.s);
}

/**
 * Lets the unstimulated cable relax from the MRG initial condition to its resting state (ASCENT runs a
 * similar settling period before stimulating); backward Euler is stable for the large steps used.
 *
 * @example
 * settleToRestInto(ws, new Float64Array(ws.n), 50, 0.05);
 */
export function settleToRestInto(
  ws: CableWorkspace,
  zeroProfile: Float64Array,
  durationMs: number,
  dtMs: number,
): void {
  setInitialConditionInto(ws);
  const steps = Math.ceil(durationMs / dtMs);
  for (let k = 0; k < steps; k += 1) stepInto(ws, zeroProfile, 0, dtMs);
}
