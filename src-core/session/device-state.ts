/**
 * What a session says about the device and the tissue around it, resolved once for every caller of the impedance,
 * safety and energy models: the lead faults, each contact's tissue factor (the patient's per-contact variation times
 * any encapsulation rise), the output voltage the IPG can reach and the battery's charge. The app, the CLI and the
 * scorer all read the session through this, so they agree on every ohm.
 */
import type { ResolvedImplant } from '../hardware/implant';
import type { ImpedanceCheckOptions } from '../impedance/check';
import type { ImpedanceFault } from '../impedance/faults';
import type { ImpedanceModelOptions } from '../impedance/model';
import type { SafetyOptions } from '../safety/assess';
import { contactTissueFactors, encapsulationImpedanceFactor } from '../impedance/variation';
import { patientSeed } from '../simulation/simulation-setup';
import type { Session } from './session';

/**
 * The session's device and tissue, ready for `impedanceCheck`, `assessSafety` and `assessEnergy`.
 * @example deviceStateOf(session, implant).impedance.tissueFactors?.length; // the implant's contact count
 */
export interface DeviceState {
  readonly faults: readonly ImpedanceFault[];
  /** Tissue factors now, and at implant (the impedance check's baseline). */
  readonly impedance: ImpedanceCheckOptions & { readonly tissueFactors: readonly number[] };
  /** The output voltage the IPG can reach now (V): its rated compliance, or an instructor's lower limit. */
  readonly complianceV: number;
  /** True when an instructor has limited the compliance below the IPG's rating. */
  readonly complianceLimited: boolean;
  /** Battery charge left (%), `null` when the session says nothing (a charged battery). */
  readonly batteryPct: number | null;
}

/**
 * Resolves the session's faults and conditions on `implant`. The per-contact variation comes from the patient's
 * seed (`patientSeed` of the patient's id — the same seed as the fibres), so one patient's contacts read the same at
 * every visit.
 *
 * @example
 * const state = deviceStateOf(session, implant);
 * impedanceCheck(implant, state.faults, state.impedance); // what the app's check shows
 * assessSafety(implant, session.programs, { faults: state.faults, impedance: state.impedance, complianceV: state.complianceV });
 */
export function deviceStateOf(
  session: Pick<Session, 'patient' | 'faults' | 'conditions'>,
  implant: ResolvedImplant,
): DeviceState {
  const baseline = contactTissueFactors(patientSeed(session.patient.id), implant.contacts.length);
  const rise = encapsulationImpedanceFactor(session.conditions?.encapsulationWeeks ?? 0);
  const limit = session.conditions?.complianceLimitV;
  const complianceLimited = limit !== undefined && limit < implant.ipg.complianceV;
  return {
    faults: session.faults,
    impedance: { tissueFactors: baseline.map((f) => f * rise), baselineTissueFactors: baseline },
    complianceV: complianceLimited ? limit : implant.ipg.complianceV,
    complianceLimited,
    batteryPct: session.conditions?.batteryPct ?? null,
  };
}

/**
 * `assessSafety`'s options for a session: its charge-density limit, faults, tissue factors and the compliance now.
 * @example assessSafety(implant, session.programs, safetyOptionsOf(session, implant));
 */
export function safetyOptionsOf(
  session: Pick<Session, 'patient' | 'faults' | 'conditions' | 'settings'>,
  implant: ResolvedImplant,
): SafetyOptions {
  const state = deviceStateOf(session, implant);
  return {
    chargeDensityLimitUcPerCm2: session.settings.chargeDensityLimitUcPerCm2,
    faults: state.faults,
    impedance: { tissueFactors: state.impedance.tissueFactors },
    complianceV: state.complianceV,
  };
}

/**
 * The impedance inputs of `assessEnergy` (and `buildImpedanceModel`) for a session: its faults and tissue factors.
 * @example assessEnergy(implant, session.programs, { ...impedanceInputsOf(session, implant), activeProgramIndex: 0 });
 */
export function impedanceInputsOf(
  session: Pick<Session, 'patient' | 'faults' | 'conditions'>,
  implant: ResolvedImplant,
): { readonly faults: readonly ImpedanceFault[]; readonly impedance: ImpedanceModelOptions } {
  const state = deviceStateOf(session, implant);
  return { faults: state.faults, impedance: { tissueFactors: state.impedance.tissueFactors } };
}
