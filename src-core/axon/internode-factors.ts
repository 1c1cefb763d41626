/**
 * Static condensation of the passive internodes of the MRG double cable for one time step dt.
 *
 * For internal compartment k (not a node), backward Euler gives the 2 × 2 block (rows Vi, Vp)
 *   [ am + giL + giR      −am               ]     am = Cm/dt + Gm   (axolemma)
 *   [ −am                 am + bm + gpL + gpR ]   bm = Cmy/dt + Gmy (myelin)
 * with diagonal couplings −gi, −gp to the neighbours. Each internode's matrix A is therefore constant
 * for a given dt. This module stores its block LU factors (multipliers M, inverse pivots, upper
 * couplings U), the responses P = A⁻¹·e_first·gi(left node) and Q = A⁻¹·e_last·gi(right node), and the
 * static part of the reduced tridiagonal system on the node axoplasm potentials.
 */
import { COMPARTMENTS_PER_PERIOD } from './mrg-geometry';
import { E_PAS_MV, type MrgElectrical } from './mrg-electrical';

/** Precomputed coefficients for one dt (per compartment arrays of length n, per node of length N). */
export interface InternodeFactors {
  dtMs: number;
  readonly cdt: Float64Array;
  readonly srcG: Float64Array;
  readonly cmyDt: Float64Array;
  readonly bm: Float64Array;
  readonly gpEnd: Float64Array;
  readonly m11: Float64Array;
  readonly m12: Float64Array;
  readonly m21: Float64Array;
  readonly m22: Float64Array;
  readonly i11: Float64Array;
  readonly i12: Float64Array;
  readonly i21: Float64Array;
  readonly i22: Float64Array;
  readonly u1: Float64Array;
  readonly u2: Float64Array;
  readonly p1: Float64Array;
  readonly p2: Float64Array;
  readonly q1: Float64Array;
  readonly q2: Float64Array;
  readonly nodeCdt: Float64Array;
  readonly nodeDiag: Float64Array;
  readonly nodeLower: Float64Array;
  readonly nodeUpper: Float64Array;
  readonly giToLeft: Float64Array;
  readonly giToRight: Float64Array;
}

/**
 * Allocates (unfilled) factor arrays; `dtMs` is NaN until `factorInternodesInto` runs.
 *
 * @example
 * const f = createFactorArrays(221, 21);
 */
export function createFactorArrays(n: number, nodeCount: number): InternodeFactors {
  const a = (): Float64Array => new Float64Array(n);
  const b = (): Float64Array => new Float64Array(nodeCount);
  return {
    dtMs: Number.NaN,
    cdt: a(),
    srcG: a(),
    cmyDt: a(),
    bm: a(),
    gpEnd: a(),
    m11: a(),
    m12: a(),
    m21: a(),
    m22: a(),
    i11: a(),
    i12: a(),
    i21: a(),
    i22: a(),
    u1: a(),
    u2: a(),
    p1: a(),
    p2: a(),
    q1: a(),
    q2: a(),
    nodeCdt: b(),
    nodeDiag: b(),
    nodeLower: b(),
    nodeUpper: b(),
    giToLeft: b(),
    giToRight: b(),
  };
}

/** Solves A·x = rhs for one internode with the stored factors; rhs in (x1, x2), overwritten. */
function solveInternode(f: InternodeFactors, k0: number, k9: number, x1: Float64Array, x2: Float64Array): void {
  let pr1 = 0;
  let pr2 = 0;
  for (let k = k0; k <= k9; k += 1) {
    const b1 = x1[k]! - (f.m11[k]! * pr1 + f.m12[k]! * pr2);
    const b2 = x2[k]! - (f.m21[k]! * pr1 + f.m22[k]! * pr2);
    x1[k] = b1;
    x2[k] = b2;
    pr1 = b1;
    pr2 = b2;
  }
  let z1 = 0;
  let z2 = 0;
  for (let k = k9; k >= k0; k -= 1) {
    const c1 = x1[k]! - f.u1[k]! * z1;
    const c2 = x2[k]! - f.u2[k]! * z2;
    z1 = f.i11[k]! * c1 + f.i12[k]! * c2;
    z2 = f.i21[k]! * c1 + f.i22[k]! * c2;
    x1[k] = z1;
    x2[k] = z2;
  }
}

/**
 * Fills `f` for time step `dtMs` (O(n); runs when dt changes).
 *
 * @example
 * factorInternodesInto(f, electrical, 21, 0.002);
 */
export function factorInternodesInto(f: InternodeFactors, e: MrgElectrical, nodeCount: number, dtMs: number): void {
  const P = COMPARTMENTS_PER_PERIOD;
  const gi = e.axialConductanceUs;
  const gp = e.periaxonalConductanceUs;
  for (let j = 0; j + 1 < nodeCount; j += 1) {
    const k0 = j * P + 1;
    const k9 = k0 + P - 2;
    let pi11 = 0;
    let pi12 = 0;
    let pi21 = 0;
    let pi22 = 0;
    let pu1 = 0;
    let pu2 = 0;
    for (let k = k0; k <= k9; k += 1) {
      const giL = gi[k - 1]!;
      const giR = gi[k]!;
      const gpL = gp[k - 1]!;
      const gpR = gp[k]!;
      const cdt = e.membraneCapacitanceNf[k]! / dtMs;
      const am = cdt + e.membraneConductanceUs[k]!;
      const cmyDt = e.myelinCapacitanceNf[k]! / dtMs;
      const bm = cmyDt + e.myelinConductanceUs[k]!;
      f.cdt[k] = cdt;
      f.srcG[k] = e.membraneConductanceUs[k]! * E_PAS_MV;
      f.cmyDt[k] = cmyDt;
      f.bm[k] = bm;
      f.gpEnd[k] = k === k0 ? gpL : k === k9 ? gpR : 0;
      let d11 = am + giL + giR;
      let d12 = -am;
      let d21 = -am;
      let d22 = am + bm + gpL + gpR;
      let m11 = 0;
      let m12 = 0;
      let m21 = 0;
      let m22 = 0;
      if (k > k0) {
        // M = L·inv(D'_{k−1}) with L = diag(−giL, −gpL); D'_k = D_k − M·U_{k−1}.
        m11 = -giL * pi11;
        m12 = -giL * pi12;
        m21 = -gpL * pi21;
        m22 = -gpL * pi22;
        d11 -= m11 * pu1;
        d12 -= m12 * pu2;
        d21 -= m21 * pu1;
        d22 -= m22 * pu2;
      }
      const det = d11 * d22 - d12 * d21;
      pi11 = d22 / det;
      pi12 = -d12 / det;
      pi21 = -d21 / det;
      pi22 = d11 / det;
      pu1 = -giR;
      pu2 = -gpR;
      f.m11[k] = m11;
      f.m12[k] = m12;
      f.m21[k] = m21;
      f.m22[k] = m22;
      f.i11[k] = pi11;
      f.i12[k] = pi12;
      f.i21[k] = pi21;
      f.i22[k] = pi22;
      f.u1[k] = k < k9 ? pu1 : 0;
      f.u2[k] = k < k9 ? pu2 : 0;
    }
    // Responses to a unit axoplasm potential at the left (P) and right (Q) node.
    f.p1.fill(0, k0, k9 + 1);
    f.p2.fill(0, k0, k9 + 1);
    f.q1.fill(0, k0, k9 + 1);
    f.q2.fill(0, k0, k9 + 1);
    f.p1[k0] = gi[k0 - 1]!;
    f.q1[k9] = gi[k9]!;
    solveInternode(f, k0, k9, f.p1, f.p2);
    solveInternode(f, k0, k9, f.q1, f.q2);
  }
  for (let j = 0; j < nodeCount; j += 1) {
    const k = j * P;
    const giL = j > 0 ? gi[k - 1]! : 0;
    const giR = j + 1 < nodeCount ? gi[k]! : 0;
    f.nodeCdt[j] = e.membraneCapacitanceNf[k]! / dtMs;
    f.giToLeft[j] = giL;
    f.giToRight[j] = giR;
    f.nodeDiag[j] = giL + giR - (j > 0 ? giL * f.q1[k - 1]! : 0) - (j + 1 < nodeCount ? giR * f.p1[k + 1]! : 0);
    f.nodeLower[j] = j > 0 ? -giL * f.p1[k - 1]! : 0;
    f.nodeUpper[j] = j + 1 < nodeCount ? -giR * f.q1[k + 1]! : 0;
  }
  f.dtMs = dtMs;
}
