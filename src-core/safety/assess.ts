/**
 * The safety report of an implant's programs: per program, per area, per electrode, with every finding as data.
 */
import type { ResolvedImplant } from '../hardware/implant';
import type { ImpedanceFault } from '../impedance/faults';
import type { ImpedanceModelOptions } from '../impedance/model';
import { buildImpedanceModel } from '../impedance/model';
import type { Program } from '../program/types';
import type { AreaSafety } from './area-safety';
import { DEFAULT_CHARGE_DENSITY_LIMIT_UC_PER_CM2, assessArea } from './area-safety';
import { programLimitWarnings } from './limit-checks';
import type { SafetyWarning } from './warnings';

/**
 * Options of `assessSafety`.
 * @example { chargeDensityLimitUcPerCm2: 30, faults: [{ kind: 'short', contacts: [2, 3] }] }
 */
export interface SafetyOptions {
  /** Charge-density limit per phase (µC/cm²); default `DEFAULT_CHARGE_DENSITY_LIMIT_UC_PER_CM2` (30). */
  readonly chargeDensityLimitUcPerCm2?: number;
  /** Lead faults to apply (open conductors, shorts). */
  readonly faults?: readonly ImpedanceFault[];
  /** Media and tissue factors of the impedance model. */
  readonly impedance?: ImpedanceModelOptions;
  /**
   * The output voltage the IPG can reach now (V); default its rated `complianceV`. Lower when the supply rail is weak
   * (an instructor's compliance limit, `deviceStateOf`).
   */
  readonly complianceV?: number;
}

/**
 * One program's safety numbers. `warnings` holds the program-level findings; each area holds its own.
 * @example report.programs[0]?.areas.map((a) => a.withinCompliance); // [true]
 */
export interface ProgramSafety {
  readonly programIndex: number;
  readonly name: string;
  readonly areas: readonly AreaSafety[];
  readonly warnings: readonly SafetyWarning[];
}

/**
 * The whole report. `warnings` collects every finding of every program and area, in order. JSON-safe.
 * @example assessSafety(implant, programs).hasErrors; // false for typical programs
 */
export interface SafetyReport {
  /** The output voltage the IPG can reach (V): its rating, or the `complianceV` option. */
  readonly complianceV: number;
  readonly chargeDensityLimitUcPerCm2: number;
  readonly programs: readonly ProgramSafety[];
  readonly warnings: readonly SafetyWarning[];
  /** True when any finding has severity `error`. */
  readonly hasErrors: boolean;
}

/**
 * Assesses every program on the implant: charge per phase, per-electrode current, charge and charge density,
 * required voltage against compliance, and the device limits. Nothing is clipped.
 *
 * @example
 * const report = assessSafety(implant, [program], { faults: [{ kind: 'open', contact: 3 }] });
 * report.programs[0]?.areas[0]?.withinCompliance; // false when contact 3 is an active electrode
 */
export function assessSafety(
  implant: ResolvedImplant,
  programs: readonly Program[],
  options: SafetyOptions = {},
): SafetyReport {
  const limit = options.chargeDensityLimitUcPerCm2 ?? DEFAULT_CHARGE_DENSITY_LIMIT_UC_PER_CM2;
  const model = buildImpedanceModel(implant, options.faults ?? [], options.impedance ?? {});
  const complianceV = options.complianceV ?? implant.ipg.complianceV;
  const reports = programs.map((program, programIndex) => ({
    programIndex,
    name: program.name,
    areas: program.areas.map((_, areaIndex) => assessArea(model, program, programIndex, areaIndex, limit, complianceV)),
    warnings: programLimitWarnings(implant.ipg, program, programIndex),
  }));
  const warnings = reports.flatMap((p) => [...p.warnings, ...p.areas.flatMap((a) => a.warnings)]);
  return {
    complianceV,
    chargeDensityLimitUcPerCm2: limit,
    programs: reports,
    warnings,
    hasErrors: warnings.some((w) => w.severity === 'error'),
  };
}
