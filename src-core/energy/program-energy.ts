/**
 * Charge, tissue power and battery power of one program, and what they mean for recharging or longevity.
 *
 * Battery model: each area's output runs from a supply rail set to the voltage the area needs plus
 * `OUTPUT_HEADROOM_V` (an adaptive rail). The rail supplies the charge the current sources deliver — the
 * stimulating phase, and the recharge phase too when it is active. A passive recharge draws nothing from the rail
 * when it flows, but the energy it dissipates was put into the coupling capacitor during the stimulating phase, so
 * it is added to the output power (energy is conserved: battery ≥ tissue). The rail is fed from the battery through
 * a DC–DC converter of the IPG's `converterEfficiency`.
 *
 * Device overhead, beside the output: a fixed `quiescentPowerMw` all day (housekeeping, telemetry, self-discharge —
 * what keeps recharging at ≈ 8 min/day even at 3 % pulse dosing, Provenzano et al. 2021), and, while stimulation is
 * on, the output stage's standing draw `outputStageOnPowerMw` plus `perPulseOverheadUj` for every pulse, both
 * independent of amplitude. Cycling scales the output and the on-time overhead, never the fixed part, so halving the
 * duty saves less than half the energy. A soft start is ignored.
 */
import type { IpgModel } from '../hardware/types';
import type { ImpedanceModel } from '../impedance/model';
import { PASSIVE_RECHARGE_TAU_US, phasesPerSecond } from '../program/timing';
import type { Program } from '../program/types';
import { areaAmplitudeMa, areaLoadOf } from '../safety/area-safety';
import { areaSourceCurrents } from '../safety/sources';
import { hasActiveRecharge, passiveRechargeEnergyUj, passiveWindowUs } from './recharge-energy';

/**
 * Voltage the supply rail keeps above what the load needs, so the current sources stay in regulation (V).
 * Typical [U]: current-source dropout of a few hundred mV plus regulation margin.
 *
 * @example
 * railVoltageV = requiredVoltageV + OUTPUT_HEADROOM_V; // 5.85 V + 1 V for a 5 mA, 1.17 kΩ bipole
 */
export const OUTPUT_HEADROOM_V = 1; // current-source dropout + margin, typical [U]

/**
 * One area's energy numbers; JSON-safe (`null` where an open circuit makes a value infinite).
 * @example { areaIndex: 0, amplitudeMa: 3, chargePerSecondUc: 900, requiredVoltageV: 3.51, railVoltageV: 4.51, tissuePowerMw: 6.32, passiveRechargeTissuePowerMw: 0, outputPowerMw: 8.12 }
 */
export interface AreaEnergy {
  readonly areaIndex: number;
  readonly amplitudeMa: number;
  /** Cathodic charge delivered per second while stimulation is on (µC/s). */
  readonly chargePerSecondUc: number;
  readonly requiredVoltageV: number | null;
  /** requiredVoltageV + headroom (V). */
  readonly railVoltageV: number | null;
  /** Mean power into the tissue while on, stimulating and recharge phases (mW). */
  readonly tissuePowerMw: number | null;
  /** Of which the passive recharge (mW). */
  readonly passiveRechargeTissuePowerMw: number | null;
  /** Mean power the output stage takes from the rail while on (mW), before the converter. */
  readonly outputPowerMw: number | null;
}

/**
 * One program's energy numbers. Power figures are means over a day, cycling included.
 * @example programEnergy(model, program, 0).batteryPowerMw; // ≈ 13.3 mW for 10 kHz, 3 mA, 30 µs on a 1.17 kΩ bipole
 */
export interface ProgramEnergy {
  readonly programIndex: number;
  readonly name: string;
  /** On-time fraction from cycling (1 when continuous). */
  readonly dutyCycle: number;
  /**
   * Σ areas amplitude × PW × phases per second while on (µC/s), cathodic phase only — charge per second as a dose
   * (Miller et al. 2016). An area with no closed current path counts zero.
   */
  readonly chargePerSecondUc: number;
  /** chargePerSecondUc × duty cycle (µC/s). */
  readonly meanChargePerSecondUc: number;
  readonly tissuePowerMw: number | null;
  /** Stimulation power drawn from the battery, after the converter and cycling (mW). */
  readonly stimulationBatteryPowerMw: number | null;
  /** Amplitude-independent draw while on — output-stage standing draw + per-pulse overhead — after cycling (mW). */
  readonly onTimeOverheadPowerMw: number;
  /** Fixed device overhead, drawn whatever the program and duty (mW): the IPG's `quiescentPowerMw`. */
  readonly fixedOverheadPowerMw: number;
  /** Stimulation plus on-time overhead plus fixed overhead (mW). */
  readonly batteryPowerMw: number | null;
  readonly dailyEnergyMwh: number | null;
  /** Rechargeable IPGs: minutes of charging a day to replace the daily energy; else `null`. */
  readonly rechargeMinutesPerDay: number | null;
  /** Rechargeable IPGs: days a full battery lasts; else `null`. */
  readonly daysBetweenRecharges: number | null;
  /** Primary-cell IPGs: years the battery lasts on this program; else `null`. */
  readonly longevityYears: number | null;
  readonly areas: readonly AreaEnergy[];
}

/**
 * Options of the energy model.
 * @example { headroomV: 0.5 }
 */
export interface EnergyOptions {
  /** Rail headroom (V); default `OUTPUT_HEADROOM_V`. */
  readonly headroomV?: number;
}

const HOURS_PER_DAY = 24;
const UW_PER_MW = 1000;
const DAYS_PER_YEAR = 365.25;
const orNull = (value: number) => (Number.isFinite(value) ? value : null);

function areaEnergy(model: ImpedanceModel, program: Program, areaIndex: number, headroomV: number): AreaEnergy {
  const area = program.areas[areaIndex]!;
  const amplitudeMa = areaAmplitudeMa(model.implant.ipg, program, areaIndex);
  const load = areaLoadOf(model, program, areaIndex);
  const phases = phasesPerSecond(program);
  // An area without a closed current path (no cathode or no anode) delivers nothing.
  const delivering = areaSourceCurrents(area, amplitudeMa).length > 0;
  const chargePerPhaseUc = delivering ? (amplitudeMa * area.pulseWidthUs) / 1000 : 0;
  const chargePerSecondUc = chargePerPhaseUc * phases;
  // Phase power (mW) × phase time per second (µs/s ÷ 1e6) = mean mW.
  const stimulatingMw = (load.tissuePowerMw * area.pulseWidthUs * phases) / 1e6;
  let passiveMw = 0;
  if (!hasActiveRecharge(program.paradigm) && chargePerPhaseUc > 0) {
    const loadOhm = (load.tissuePowerMw / (amplitudeMa * amplitudeMa)) * 1000; // mW/mA² = kΩ
    const perUnit = program.paradigm.kind === 'burst' ? program.paradigm.pulsesPerBurst : 1;
    const unitEnergyUj = passiveRechargeEnergyUj(
      chargePerPhaseUc * perUnit,
      loadOhm,
      PASSIVE_RECHARGE_TAU_US,
      passiveWindowUs(program, areaIndex),
    );
    passiveMw = (unitEnergyUj * program.rateHz) / 1000; // µJ × units/s = µW
  }
  const tissueMw = (hasActiveRecharge(program.paradigm) ? 2 * stimulatingMw : stimulatingMw) + passiveMw;
  const railV = load.requiredVoltageV + headroomV;
  const railChargePerSecondUc = hasActiveRecharge(program.paradigm) ? 2 * chargePerSecondUc : chargePerSecondUc;
  const outputMw = (railV * railChargePerSecondUc) / 1000 + passiveMw; // V × µA = µW
  return {
    areaIndex,
    amplitudeMa,
    chargePerSecondUc,
    requiredVoltageV: orNull(load.requiredVoltageV),
    railVoltageV: orNull(railV),
    tissuePowerMw: orNull(tissueMw),
    passiveRechargeTissuePowerMw: orNull(passiveMw),
    outputPowerMw: orNull(outputMw),
  };
}

/**
 * Amplitude-independent draw while stimulation is on (mW, before cycling): the output stage's standing draw, plus
 * the per-pulse overhead for each pulse of every area that delivers (a burst counts each of its pulses).
 *
 * @example
 * onTimeOverheadPowerMw(ipg, tenKilohertz, areas); // 0.2 mW + 10 000 pulses/s × 0.01 µJ = 0.3 mW
 */
export function onTimeOverheadPowerMw(
  ipg: Pick<IpgModel, 'outputStageOnPowerMw' | 'perPulseOverheadUj'>,
  program: Pick<Program, 'paradigm' | 'rateHz'>,
  areas: readonly Pick<AreaEnergy, 'chargePerSecondUc'>[],
): number {
  const deliveringAreas = areas.filter((a) => a.chargePerSecondUc > 0).length;
  if (deliveringAreas === 0) return 0;
  const pulsesPerSecond = deliveringAreas * phasesPerSecond(program);
  return ipg.outputStageOnPowerMw + (pulsesPerSecond * ipg.perPulseOverheadUj) / UW_PER_MW; // µJ × 1/s = µW
}

/**
 * On-time fraction of a program's cycling.
 *
 * @example
 * dutyCycleOf({ onS: 30, offS: 30 }); // 0.5
 */
export function dutyCycleOf(cycling: Program['cycling']): number {
  if (!cycling) return 1;
  const total = cycling.onS + cycling.offS;
  return total > 0 ? cycling.onS / total : 1;
}

/**
 * Energy of one program on the model's implant.
 *
 * @example
 * programEnergy(buildImpedanceModel(implant), tonic, 0).rechargeMinutesPerDay; // ≈ 17.7 min/day on ipg-rechargeable-32, 8.1 of them fixed
 */
export function programEnergy(
  model: ImpedanceModel,
  program: Program,
  programIndex: number,
  options: EnergyOptions = {},
): ProgramEnergy {
  const { ipg } = model.implant;
  const headroomV = options.headroomV ?? OUTPUT_HEADROOM_V;
  const areas = program.areas.map((_, i) => areaEnergy(model, program, i, headroomV));
  const duty = dutyCycleOf(program.cycling);
  const sum = (pick: (a: AreaEnergy) => number | null) =>
    areas.reduce((s, a) => s + (pick(a) ?? Number.POSITIVE_INFINITY), 0);
  const chargePerSecondUc = areas.reduce((s, a) => s + a.chargePerSecondUc, 0);
  const stimulationBatteryMw = (sum((a) => a.outputPowerMw) / ipg.converterEfficiency) * duty;
  const onTimeOverheadMw = onTimeOverheadPowerMw(ipg, program, areas) * duty;
  const batteryMw = stimulationBatteryMw + onTimeOverheadMw + ipg.quiescentPowerMw;
  const dailyMwh = batteryMw * HOURS_PER_DAY;
  const rechargeable = ipg.battery === 'rechargeable';
  const finite = Number.isFinite(dailyMwh);
  return {
    programIndex,
    name: program.name,
    dutyCycle: duty,
    chargePerSecondUc,
    meanChargePerSecondUc: chargePerSecondUc * duty,
    tissuePowerMw: orNull(sum((a) => a.tissuePowerMw) * duty),
    stimulationBatteryPowerMw: orNull(stimulationBatteryMw),
    onTimeOverheadPowerMw: onTimeOverheadMw,
    fixedOverheadPowerMw: ipg.quiescentPowerMw,
    batteryPowerMw: orNull(batteryMw),
    dailyEnergyMwh: orNull(dailyMwh),
    rechargeMinutesPerDay:
      rechargeable && finite && ipg.rechargePowerMw !== undefined ? (dailyMwh / ipg.rechargePowerMw) * 60 : null,
    daysBetweenRecharges: rechargeable && finite ? ipg.batteryEnergyMwh / dailyMwh : null,
    longevityYears: !rechargeable && finite ? ipg.batteryEnergyMwh / dailyMwh / DAYS_PER_YEAR : null,
    areas,
  };
}
