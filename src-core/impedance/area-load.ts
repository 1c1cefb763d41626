/**
 * The electrical solution of one area's stimulating phase: which current enters the tissue through which contact,
 * the contacts' potentials, the voltage the output stage must span and the power the tissue takes.
 *
 * Model (quasi-static, linear, resistive): each electrode k has a self resistance R_k and couples to every other
 * through the capped mutual resistance R_kj (`cappedMutualOhm`), so its potential is φ_k = Σ_j R_kj·i_j.
 * Current sources drive the electrodes' terminals. A terminal reaches the tissue through every unbroken contact
 * tied to it — by a short, or, on a single-source IPG, by the shared output that ties all cathodes together and
 * all anodes together — and its current divides between those contacts in proportion to their conductance 1/R_k
 * (the mutual terms are left out of the split). The output stage must span the highest anodic terminal potential
 * to the lowest cathodic one.
 */
import type { ElectrodeRef } from '../program/types';
import { cappedMutualOhm } from './access-resistance';
import type { ImpedanceModel } from './model';
import { pointMutualOhm } from './model';

/**
 * A signed electrode current (mA): positive is anodic (leaves the electrode into the tissue), negative cathodic.
 * @example { electrode: 3, currentMa: -5 } // contact 3 as a 5 mA cathode
 */
export interface ElectrodeCurrent {
  readonly electrode: ElectrodeRef;
  readonly currentMa: number;
}

/**
 * The solution of one area's stimulating phase.
 * @example solveAreaLoad(model, sources, 'independent').tissuePowerMw; // ≈ 29 mW during a 5 mA phase on 1.17 kΩ
 */
export interface AreaLoad {
  /** Current into the tissue through each electrode that carries any, contacts by number then the case. */
  readonly tissueCurrents: readonly ElectrodeCurrent[];
  /** Potential of each of those electrodes relative to far away (V), same order; empty when a path is open. */
  readonly potentialsV: readonly number[];
  /**
   * Voltage the output must span (V): highest anodic terminal minus lowest cathodic terminal; 0 when nothing is
   * driven; Infinity when open; NaN when the currents are so large that the potentials overflow (not computable).
   */
  readonly requiredVoltageV: number;
  /** Power dissipated in the tissue while the phase lasts (mW) = Σ φ_k·i_k; Infinity when open; NaN on overflow. */
  readonly tissuePowerMw: number;
  /** Electrodes driven with current that reach no tissue (broken conductor). */
  readonly openElectrodes: readonly ElectrodeRef[];
  /** A cathode and an anode are tied together (short): their current bypasses the tissue. */
  readonly shortAcrossPolarity: boolean;
}

/** Currents below this (mA) count as zero: far below any device step. */
const ZERO_CURRENT_MA = 1e-12;

function makeFind(parent: number[]): (n: number) => number {
  return (n) => {
    while (parent[n] !== n) n = parent[n]!;
    return n;
  };
}

/**
 * Solves one area's stimulating phase for `sources` (signed source currents, mA) on the model's network.
 * `sourceMode` is the IPG's: `independent` drives each electrode's own current; `single` ties all cathodes
 * together and all anodes together, and the current divides by conductance.
 *
 * @example
 * solveAreaLoad(model, [{ electrode: 3, currentMa: -5 }, { electrode: 4, currentMa: 5 }], 'independent').requiredVoltageV;
 * // ≈ 5.85 V (5 mA × 1170 Ω)
 */
export function solveAreaLoad(
  model: ImpedanceModel,
  sources: readonly ElectrodeCurrent[],
  sourceMode: 'independent' | 'single',
): AreaLoad {
  const n = model.implant.contacts.length;
  const caseIndex = n;
  const indexOf = (e: ElectrodeRef) => (e === 'case' ? caseIndex : e);
  const electrodeOf = (k: number): ElectrodeRef => (k === caseIndex ? 'case' : k);
  const parent = [...model.topology.group, caseIndex];
  const find = makeFind(parent);
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const driven = sources.filter((s) => Math.abs(s.currentMa) > ZERO_CURRENT_MA);
  if (sourceMode === 'single') {
    for (const sign of [-1, 1]) {
      const same = driven.filter((s) => Math.sign(s.currentMa) === sign).map((s) => indexOf(s.electrode));
      for (const k of same.slice(1)) union(same[0]!, k);
    }
  }
  const injected = new Map<number, number>();
  const polarities = new Map<number, Set<number>>();
  for (const s of driven) {
    const node = find(indexOf(s.electrode));
    injected.set(node, (injected.get(node) ?? 0) + s.currentMa);
    polarities.set(node, (polarities.get(node) ?? new Set()).add(Math.sign(s.currentMa)));
  }
  const selfOhm = (k: number) => (k === caseIndex ? model.caseAccessOhm : model.healthyAccessOhm[k]!);
  const conducts = (k: number) => k === caseIndex || !model.topology.open[k];
  const currents = new Map<number, number>();
  const openElectrodes: ElectrodeRef[] = [];
  for (const [node, current] of injected) {
    const members = Array.from({ length: n + 1 }, (_, k) => k).filter((k) => find(k) === node && conducts(k));
    if (members.length === 0) {
      if (Math.abs(current) > ZERO_CURRENT_MA)
        for (const s of driven) if (find(indexOf(s.electrode)) === node) openElectrodes.push(s.electrode);
      continue;
    }
    const conductance = members.reduce((sum, k) => sum + 1 / selfOhm(k), 0);
    for (const k of members) currents.set(k, (current * (1 / selfOhm(k))) / conductance);
  }
  const carrying = [...currents.keys()]
    .filter((k) => Math.abs(currents.get(k)!) > ZERO_CURRENT_MA)
    .sort((a, b) => a - b);
  const tissueCurrents = carrying.map((k) => ({ electrode: electrodeOf(k), currentMa: currents.get(k)! }));
  const shortAcrossPolarity = [...polarities.values()].some((set) => set.size > 1);
  if (openElectrodes.length > 0) {
    return {
      tissueCurrents,
      potentialsV: [],
      requiredVoltageV: Number.POSITIVE_INFINITY,
      tissuePowerMw: Number.POSITIVE_INFINITY,
      openElectrodes,
      shortAcrossPolarity,
    };
  }
  // φ_k (V) = Σ_j R_kj (Ω) · i_j (mA) / 1000.
  const potentialsV = carrying.map((k) =>
    carrying.reduce((sum, j) => {
      const r =
        j === k
          ? selfOhm(k)
          : cappedMutualOhm(pointMutualOhm(model, electrodeOf(k), electrodeOf(j)), selfOhm(k), selfOhm(j));
      return sum + (r * currents.get(j)!) / 1000;
    }, 0),
  );
  const tissuePowerMw = carrying.reduce((sum, k, i) => sum + potentialsV[i]! * currents.get(k)!, 0);
  // A terminal's potential: the conductance-weighted mean over the contacts it reaches.
  const terminalV = (node: number) => {
    let weighted = 0;
    let weight = 0;
    carrying.forEach((k, i) => {
      if (find(k) !== node) return;
      weighted += potentialsV[i]! / selfOhm(k);
      weight += 1 / selfOhm(k);
    });
    return weight > 0 ? weighted / weight : 0;
  };
  let highest = Number.NEGATIVE_INFINITY;
  let lowest = Number.POSITIVE_INFINITY;
  for (const [node, signs] of polarities) {
    const v = terminalV(node);
    if (signs.has(1)) highest = Math.max(highest, v);
    if (signs.has(-1)) lowest = Math.min(lowest, v);
  }
  // Only an area with no driven pair needs no voltage. A potential that overflowed (a current no device makes)
  // is not a small voltage: it stays NaN, so it can never pass as "0 V, within compliance".
  const drivesBothPolarities = Number.isFinite(highest) && Number.isFinite(lowest);
  const computable = potentialsV.every(Number.isFinite) && Number.isFinite(tissuePowerMw);
  const requiredVoltageV = !computable ? Number.NaN : drivesBothPolarities ? Math.max(0, highest - lowest) : 0;
  return {
    tissueCurrents,
    potentialsV,
    requiredVoltageV,
    tissuePowerMw: computable ? tissuePowerMw : Number.NaN,
    openElectrodes,
    shortAcrossPolarity,
  };
}
