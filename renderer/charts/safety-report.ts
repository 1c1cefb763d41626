import {
  assessEnergy,
  assessSafety,
  type ImpedanceFault,
  type Program,
  type ProgramEnergy,
  type ResolvedImplant,
} from '../../src-core';

/** One program's safety and energy as the safety summary and the compare dialog show them. */
export interface ProgramSafetyReport {
  readonly safety: ReturnType<typeof assessSafety>;
  readonly energy: ProgramEnergy | null;
  /** The highest charge per phase of its areas (µC). */
  readonly peakChargePerPhaseUc: number;
  /** The highest charge density at any of its electrodes (µC/cm²). */
  readonly peakDensity: number;
  /** The highest output voltage its areas need (V; Infinity for an open circuit). */
  readonly peakVoltage: number;
  readonly withinCompliance: boolean;
}

/**
 * The core's safety and energy assessment of one program (assessSafety, assessEnergy) with the session's charge-density
 * limit and faults, and its peaks: the one way the renderer reads them.
 * @example programSafetyReport(implant, program, 30, []).peakDensity; // µC/cm²
 */
export function programSafetyReport(
  implant: ResolvedImplant,
  program: Program,
  chargeDensityLimitUcPerCm2: number,
  faults: readonly ImpedanceFault[],
): ProgramSafetyReport {
  const safety = assessSafety(implant, [program], { chargeDensityLimitUcPerCm2, faults });
  const energy = assessEnergy(implant, [program], { activeProgramIndex: 0, faults });
  const areas = safety.programs[0]?.areas ?? [];
  const densities = areas.flatMap((a) => a.electrodes.map((e) => e.chargeDensityUcPerCm2 ?? 0));
  const voltages = areas.map((a) => a.requiredVoltageV ?? Number.POSITIVE_INFINITY);
  return {
    safety,
    energy: energy.active,
    peakChargePerPhaseUc: Math.max(0, ...areas.map((a) => a.chargePerPhaseUc)),
    peakDensity: Math.max(0, ...densities),
    peakVoltage: Math.max(0, ...voltages),
    withinCompliance: areas.every((a) => a.withinCompliance),
  };
}
