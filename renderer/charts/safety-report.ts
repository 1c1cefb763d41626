import {
  assessEnergy,
  assessSafety,
  batteryStatusOf,
  impedanceInputsOf,
  safetyOptionsOf,
  type BatteryStatus,
  type Program,
  type ProgramEnergy,
  type ResolvedImplant,
  type Session,
} from '../../src-core';

/** What of the session the device's state depends on: the patient (impedance variation), faults, conditions, limit. */
export type DeviceFacts = Pick<Session, 'patient' | 'faults' | 'conditions' | 'settings'>;

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
  /** The battery as an instructor set it (low battery), or null when the session says nothing of it. */
  readonly battery: BatteryStatus | null;
}

/**
 * The core's safety and energy assessment of one program (assessSafety, assessEnergy) under the session's device
 * state (`deviceStateOf`: faults, the patient's per-contact impedance variation, instructor conditions, the
 * charge-density limit), and its peaks: the one way the renderer reads them.
 * @example programSafetyReport(implant, program, session).peakDensity; // µC/cm²
 */
export function programSafetyReport(
  implant: ResolvedImplant,
  program: Program,
  device: DeviceFacts,
): ProgramSafetyReport {
  const safety = assessSafety(implant, [program], safetyOptionsOf(device, implant));
  const energy = assessEnergy(implant, [program], { ...impedanceInputsOf(device, implant), activeProgramIndex: 0 });
  const areas = safety.programs[0]?.areas ?? [];
  const densities = areas.flatMap((a) => a.electrodes.map((e) => e.chargeDensityUcPerCm2 ?? 0));
  const voltages = areas.map((a) => a.requiredVoltageV ?? Number.POSITIVE_INFINITY);
  const batteryPct = device.conditions?.batteryPct;
  return {
    safety,
    energy: energy.active,
    peakChargePerPhaseUc: Math.max(0, ...areas.map((a) => a.chargePerPhaseUc)),
    peakDensity: Math.max(0, ...densities),
    peakVoltage: Math.max(0, ...voltages),
    withinCompliance: areas.every((a) => a.withinCompliance),
    battery: batteryPct === undefined ? null : batteryStatusOf(implant.ipg, energy.active, batteryPct),
  };
}
