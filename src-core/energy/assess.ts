/**
 * Energy report of an implant: the program that runs (one at a time, as on real IPGs — the patient switches
 * between programs) decides the battery drain; every program is also given as if it ran alone, for comparison.
 */
import type { ResolvedImplant } from '../hardware/implant';
import type { ImpedanceFault } from '../impedance/faults';
import type { ImpedanceModelOptions } from '../impedance/model';
import { buildImpedanceModel } from '../impedance/model';
import type { Program } from '../program/types';
import type { EnergyOptions, ProgramEnergy } from './program-energy';
import { programEnergy } from './program-energy';

/**
 * Options of `assessEnergy`.
 * @example { activeProgramIndex: 1, faults: [{ kind: 'open', contact: 2 }], headroomV: 0.5 }
 */
export interface EnergyReportOptions extends EnergyOptions {
  /** The program that runs (0-based); default 0. */
  readonly activeProgramIndex?: number;
  readonly faults?: readonly ImpedanceFault[];
  readonly impedance?: ImpedanceModelOptions;
}

/**
 * Battery drain of the running program, and each program's numbers as if it ran all day.
 * @example report.active?.rechargeMinutesPerDay; // minutes of charging a day for the running program
 */
export interface EnergyReport {
  readonly battery: 'rechargeable' | 'primary';
  readonly batteryEnergyMwh: number;
  readonly activeProgramIndex: number;
  /** The running program's numbers; `null` when there is no such program. */
  readonly active: ProgramEnergy | null;
  readonly programs: readonly ProgramEnergy[];
}

/**
 * Energy of the implant's programs; the active one sets recharge time (rechargeable) or longevity (primary).
 *
 * @example
 * assessEnergy(implant, [tonic, highFrequency], { activeProgramIndex: 1 }).active?.rechargeMinutesPerDay; // ≈ 77
 */
export function assessEnergy(
  implant: ResolvedImplant,
  programs: readonly Program[],
  options: EnergyReportOptions = {},
): EnergyReport {
  const model = buildImpedanceModel(implant, options.faults ?? [], options.impedance ?? {});
  const energies = programs.map((program, i) => programEnergy(model, program, i, options));
  const activeProgramIndex = options.activeProgramIndex ?? 0;
  return {
    battery: implant.ipg.battery,
    batteryEnergyMwh: implant.ipg.batteryEnergyMwh,
    activeProgramIndex,
    active: energies[activeProgramIndex] ?? null,
    programs: energies,
  };
}
