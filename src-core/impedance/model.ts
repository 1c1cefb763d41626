/**
 * The electrode network of one implant: every contact's access resistance, the case's, the mutual terms between
 * contacts, and the faults. Pair impedances follow by superposition (`pairImpedanceOhm`).
 */
import type { ResolvedImplant } from '../hardware/implant';
import type { ElectrodeRef } from '../program/types';
import type { Ohms, SiemensPerMetre } from '../units';
import { ohm } from '../units';
import {
  contactAccessResistanceOhm,
  contactDistanceMm,
  equalAreaSphereResistanceOhm,
  pairImpedanceFromPartsOhm,
  pointMutualResistanceOhm,
} from './access-resistance';
import type { FaultTopology, ImpedanceFault } from './faults';
import { SHORT_RESISTANCE_OHM, faultTopology } from './faults';
import { CASE_CONDUCTING_AREA_MM2, ENCAPSULATION_CONDUCTIVITY_S_PER_M, POCKET_CONDUCTIVITY_S_PER_M } from './medium';

/**
 * Media of the impedance model; defaults are `ENCAPSULATION_CONDUCTIVITY_S_PER_M` and `POCKET_CONDUCTIVITY_S_PER_M`.
 * @example { conductivitySPerM: sPerM(0.2) }
 */
export interface ImpedanceModelOptions {
  /** Conductivity around the lead contacts (S/m). */
  readonly conductivitySPerM?: SiemensPerMetre;
  /** Conductivity around the IPG case (S/m). */
  readonly pocketConductivitySPerM?: SiemensPerMetre;
  /**
   * Factor on each contact's tissue (access) resistance, by device number; missing entries are 1. The patient's
   * per-contact variation times any encapsulation rise (`variation.ts`, `deviceStateOf`).
   */
  readonly tissueFactors?: readonly number[];
}

/**
 * The implant's electrode network with its faults applied.
 * @example buildImpedanceModel(implant).healthyAccessOhm[0]; // ≈ 688 Ω on perc-8-3x4
 */
export interface ImpedanceModel {
  readonly implant: ResolvedImplant;
  readonly conductivitySPerM: SiemensPerMetre;
  /** Access resistance of each healthy contact, by device number (Ω), tissue factors applied. */
  readonly healthyAccessOhm: readonly number[];
  /** Access resistance of the IPG case (Ω). */
  readonly caseAccessOhm: number;
  readonly faults: readonly ImpedanceFault[];
  readonly topology: FaultTopology;
}

/**
 * Builds the network of `implant` with `faults` applied. Throws a RangeError if a fault names a missing contact.
 *
 * @example
 * const model = buildImpedanceModel(implant, [{ kind: 'open', contact: 2 }]);
 * electrodeAccessOhm(model, 2); // Infinity
 */
export function buildImpedanceModel(
  implant: ResolvedImplant,
  faults: readonly ImpedanceFault[] = [],
  options: ImpedanceModelOptions = {},
): ImpedanceModel {
  const conductivity = options.conductivitySPerM ?? ENCAPSULATION_CONDUCTIVITY_S_PER_M;
  return {
    implant,
    conductivitySPerM: conductivity,
    healthyAccessOhm: implant.contacts.map(
      (contact) => contactAccessResistanceOhm(contact, conductivity) * (options.tissueFactors?.[contact.number] ?? 1),
    ),
    caseAccessOhm: equalAreaSphereResistanceOhm(
      CASE_CONDUCTING_AREA_MM2,
      options.pocketConductivitySPerM ?? POCKET_CONDUCTIVITY_S_PER_M,
    ),
    faults,
    topology: faultTopology(implant.contacts.length, faults),
  };
}

/**
 * True when `electrode` names the case or an existing contact of the model's implant.
 * @example isKnownElectrode(model, 30); // false with one 8-contact lead
 */
export function isKnownElectrode(model: ImpedanceModel, electrode: ElectrodeRef): boolean {
  return (
    electrode === 'case' || (Number.isInteger(electrode) && electrode >= 0 && electrode < model.implant.contacts.length)
  );
}

/**
 * Contacts tied to `contact` by shorts, itself included, in number order.
 * @example shortGroupOf(buildImpedanceModel(implant, [{ kind: 'short', contacts: [5, 2] }]), 5); // [2, 5]
 */
export function shortGroupOf(model: ImpedanceModel, contact: number): number[] {
  const root = model.topology.group[contact];
  return model.topology.group.flatMap((g, n) => (g === root ? [n] : []));
}

/**
 * Resistance from an electrode's terminal into the tissue (Ω): the contact's own access resistance; for a contact
 * shorted to others, the parallel of the group's unbroken contacts (their mutual coupling ignored, which
 * understates it slightly); `Infinity` for an open contact. The case never faults.
 *
 * @example
 * electrodeAccessOhm(buildImpedanceModel(implant, [{ kind: 'short', contacts: [0, 1] }]), 0); // ≈ 344 Ω (688 ∥ 688)
 */
export function electrodeAccessOhm(model: ImpedanceModel, electrode: ElectrodeRef): Ohms {
  if (electrode === 'case') return ohm(model.caseAccessOhm);
  if (model.topology.open[electrode]) return ohm(Number.POSITIVE_INFINITY);
  let conductance = 0;
  for (const member of shortGroupOf(model, electrode)) {
    if (!model.topology.open[member]) conductance += 1 / model.healthyAccessOhm[member]!;
  }
  return ohm(1 / conductance);
}

/**
 * Uncapped point mutual resistance between two electrodes (Ω); 0 with the case, which lies far from the leads
 * (its pocket is tens of centimetres away, so ρ/(4πs) is a few ohms at most).
 *
 * @example
 * pointMutualOhm(model, 3, 4); // ≈ 103 Ω for adjacent contacts 7 mm apart at 0.11 S/m
 */
export function pointMutualOhm(model: ImpedanceModel, a: ElectrodeRef, b: ElectrodeRef): Ohms {
  if (a === 'case' || b === 'case') return ohm(0);
  const ca = model.implant.contacts[a]!;
  const cb = model.implant.contacts[b]!;
  const sameFace = ca.facesVentrallyOnly && cb.facesVentrallyOnly && ca.leadIndex === cb.leadIndex;
  return pointMutualResistanceOhm(contactDistanceMm(ca, cb), sameFace, model.conductivitySPerM);
}

/**
 * Impedance between two electrodes as a device would measure it (Ω): 0 for the same electrode; `Infinity` if
 * either is open; `SHORT_RESISTANCE_OHM` for two contacts of one short group; otherwise R_a + R_b − 2·R_ab.
 *
 * @example
 * pairImpedanceOhm(buildImpedanceModel(implant), 3, 4); // ≈ 1170 Ω (adjacent contacts, perc-8-3x4)
 * pairImpedanceOhm(buildImpedanceModel(implant), 3, 'case'); // ≈ 706 Ω
 */
export function pairImpedanceOhm(model: ImpedanceModel, a: ElectrodeRef, b: ElectrodeRef): Ohms {
  if (a === b) return ohm(0);
  const ra = electrodeAccessOhm(model, a);
  const rb = electrodeAccessOhm(model, b);
  if (!Number.isFinite(ra) || !Number.isFinite(rb)) return ohm(Number.POSITIVE_INFINITY);
  if (a !== 'case' && b !== 'case' && model.topology.group[a] === model.topology.group[b])
    return ohm(SHORT_RESISTANCE_OHM);
  return pairImpedanceFromPartsOhm(ra, rb, pointMutualOhm(model, a, b));
}

/**
 * One contact's access and monopolar (contact ↔ case) impedance; `Infinity` when open.
 * @example { contact: 0, leadIndex: 0, accessOhm: 688, monopolarOhm: 706 }
 */
export interface ContactImpedance {
  readonly contact: number;
  readonly leadIndex: number;
  readonly accessOhm: number;
  readonly monopolarOhm: number;
}

/**
 * Access and monopolar impedance of every contact, in device order.
 *
 * @example
 * contactImpedances(implant)[0]; // { contact: 0, leadIndex: 0, accessOhm: 688, monopolarOhm: 706 }
 */
export function contactImpedances(
  implant: ResolvedImplant,
  faults: readonly ImpedanceFault[] = [],
  options: ImpedanceModelOptions = {},
): ContactImpedance[] {
  const model = buildImpedanceModel(implant, faults, options);
  return implant.contacts.map((contact) => ({
    contact: contact.number,
    leadIndex: contact.leadIndex,
    accessOhm: electrodeAccessOhm(model, contact.number),
    monopolarOhm: pairImpedanceOhm(model, contact.number, 'case'),
  }));
}
