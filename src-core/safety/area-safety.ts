/**
 * Safety numbers of one stimulation area: charge per phase, per-electrode current, charge and charge density,
 * the voltage the output must reach and whether it is within compliance.
 */
import type { IpgModel } from '../hardware/types';
import type { AreaLoad } from '../impedance/area-load';
import { solveAreaLoad } from '../impedance/area-load';
import type { ImpedanceModel } from '../impedance/model';
import { electrodeAccessOhm, isKnownElectrode, shortGroupOf } from '../impedance/model';
import { deliveredAmplitudeMa } from '../program/dosing';
import type { ElectrodeRef, Polarity, Program } from '../program/types';
import { amplitudeStepMaOf } from '../policy';
import { areaLimitWarnings } from './limit-checks';
import { areaSourceCurrents } from './sources';
import type { SafetyWarning } from './warnings';
import { electrodeName, fmt, safetyWarning } from './warnings';

/**
 * Charge-density limit per phase for platinum–iridium contacts (µC/cm²), the limit used in DBS labelling and widely
 * applied to SCS contacts (Kuncel & Grill 2004) [R]. Configurable per report.
 *
 * @example
 * assessSafety(implant, programs, { chargeDensityLimitUcPerCm2: 25 }); // a stricter limit
 */
export const DEFAULT_CHARGE_DENSITY_LIMIT_UC_PER_CM2 = 30; // Pt–Ir macroelectrode limit per phase (Kuncel & Grill 2004) [R]

const MM2_PER_CM2 = 100;

/**
 * One electrode of an area during the stimulating phase. JSON-safe: `null` where a value does not exist.
 * @example { electrode: 3, polarity: 'cathode', programmed: true, currentMa: 5, chargePerPhaseUc: 1.5, areaMm2: 12.25, chargeDensityUcPerCm2: 12.24, accessOhm: 688 }
 */
export interface ElectrodeSafety {
  readonly electrode: ElectrodeRef;
  /** As programmed; for a contact that only carries current through a short, the sign of that current. */
  readonly polarity: Polarity;
  /** False for a contact that is not in the area but carries current because it is shorted to one that is. */
  readonly programmed: boolean;
  /** Magnitude of the current entering the tissue through this electrode (mA). */
  readonly currentMa: number;
  /** Charge through this electrode per stimulating phase (µC). */
  readonly chargePerPhaseUc: number;
  /** Conducting area (mm²); `null` for the case. */
  readonly areaMm2: number | null;
  /** Charge per phase ÷ area (µC/cm²); `null` for the case (area-less: its density is negligible). */
  readonly chargeDensityUcPerCm2: number | null;
  /** Access resistance from the terminal into the tissue (Ω); `null` when open. */
  readonly accessOhm: number | null;
}

/**
 * One area's safety numbers.
 * @example assessSafety(implant, [program]).programs[0]?.areas[0]?.requiredVoltageV; // 5.85 for 5 mA on 1.17 kΩ
 */
export interface AreaSafety {
  readonly areaIndex: number;
  /** The amplitude delivered (mA): programmed, or the sub-perception dose rounded to the device step. */
  readonly amplitudeMa: number;
  readonly pulseWidthUs: number;
  /** amplitude × pulse width (µC). */
  readonly chargePerPhaseUc: number;
  /** Voltage the output must reach (V); `null` when a driven electrode is open (infinite). */
  readonly requiredVoltageV: number | null;
  /** requiredVoltageV ÷ amplitude (Ω): the load the area presents; `null` when open or at zero amplitude. */
  readonly loadImpedanceOhm: number | null;
  /** True only when requiredVoltageV is a finite voltage the IPG can reach; false when open or not computable. */
  readonly withinCompliance: boolean;
  readonly electrodes: readonly ElectrodeSafety[];
  readonly warnings: readonly SafetyWarning[];
}

/**
 * The delivered amplitude of an area, with the paradigm's amplitude step for sub-perception dosing (mA).
 *
 * @example
 * areaAmplitudeMa(ipg, program, 0); // 5 for an absolute 5 mA area
 */
export function areaAmplitudeMa(ipg: IpgModel, program: Program, areaIndex: number): number {
  return deliveredAmplitudeMa(program.areas[areaIndex]!, amplitudeStepMaOf(ipg, program));
}

/**
 * Solves the area's stimulating phase on the model (skipping electrodes the implant does not have).
 *
 * @example
 * areaLoadOf(model, program, 0).requiredVoltageV; // ≈ 5.85 V for a 5 mA bipole
 */
export function areaLoadOf(model: ImpedanceModel, program: Program, areaIndex: number): AreaLoad {
  const area = program.areas[areaIndex]!;
  const amplitude = areaAmplitudeMa(model.implant.ipg, program, areaIndex);
  const sources = areaSourceCurrents(area, amplitude).filter((s) => isKnownElectrode(model, s.electrode));
  return solveAreaLoad(model, sources, model.implant.ipg.currentSources);
}

function electrodeSafety(
  model: ImpedanceModel,
  program: Program,
  areaIndex: number,
  electrode: ElectrodeRef,
  currentMa: number,
): ElectrodeSafety {
  const setting = program.areas[areaIndex]!.contacts.find((c) => c.electrode === electrode);
  const chargePerPhaseUc = (Math.abs(currentMa) * program.areas[areaIndex]!.pulseWidthUs) / 1000;
  const areaMm2 = electrode === 'case' ? null : model.implant.contacts[electrode]!.areaMm2;
  const access = electrodeAccessOhm(model, electrode);
  return {
    electrode,
    polarity: setting?.polarity ?? (currentMa < 0 ? 'cathode' : 'anode'),
    programmed: setting !== undefined,
    currentMa: Math.abs(currentMa),
    chargePerPhaseUc,
    areaMm2,
    chargeDensityUcPerCm2: areaMm2 === null ? null : chargePerPhaseUc / (areaMm2 / MM2_PER_CM2),
    accessOhm: Number.isFinite(access) ? access : null,
  };
}

/**
 * Assesses one area: electrode currents (fractions on independent sources, conductance split on a single source),
 * charge and charge density per electrode against `chargeDensityLimitUcPerCm2`, required voltage against the IPG's
 * compliance (`complianceV`, default the IPG's rating), and the device limits. Nothing is clipped; every finding is a warning in the result.
 *
 * @example
 * assessArea(model, program, 0, 0, 30).electrodes[0]?.chargeDensityUcPerCm2; // 12.2 for 5 mA × 300 µs on a 12.25 mm² ring
 */
export function assessArea(
  model: ImpedanceModel,
  program: Program,
  programIndex: number,
  areaIndex: number,
  chargeDensityLimitUcPerCm2: number,
  complianceV: number = model.implant.ipg.complianceV,
): AreaSafety {
  const { ipg } = model.implant;
  const area = program.areas[areaIndex]!;
  const place = { programIndex, programName: program.name, areaIndex };
  const amplitudeMa = areaAmplitudeMa(ipg, program, areaIndex);
  const warnings: SafetyWarning[] = [...areaLimitWarnings(ipg, program, programIndex, areaIndex, amplitudeMa)];
  for (const c of area.contacts) {
    if (!isKnownElectrode(model, c.electrode)) {
      warnings.push(
        safetyWarning(
          'electrode-unknown',
          { ...place, electrode: c.electrode },
          `${electrodeName(c.electrode)} does not exist on this implant; it is left out.`,
        ),
      );
    }
  }
  if (amplitudeMa > 0 && areaSourceCurrents(area, amplitudeMa).length === 0) {
    warnings.push(
      safetyWarning(
        'no-current-path',
        place,
        'the area needs at least one cathode and one anode with a non-zero share to deliver current.',
      ),
    );
  }
  const load = areaLoadOf(model, program, areaIndex);
  const shown = new Map<ElectrodeRef, number>(
    area.contacts.filter((c) => isKnownElectrode(model, c.electrode)).map((c) => [c.electrode, 0]),
  );
  for (const t of load.tissueCurrents) shown.set(t.electrode, t.currentMa);
  const electrodes = [...shown.entries()].map(([electrode, current]) =>
    electrodeSafety(model, program, areaIndex, electrode, current),
  );
  for (const e of electrodes) {
    if (e.chargeDensityUcPerCm2 !== null && e.chargeDensityUcPerCm2 > chargeDensityLimitUcPerCm2) {
      warnings.push(
        safetyWarning(
          'charge-density',
          { ...place, electrode: e.electrode },
          `${electrodeName(e.electrode)} carries ${fmt(e.chargeDensityUcPerCm2)} µC/cm² per phase (${fmt(e.chargePerPhaseUc)} µC on ${fmt(e.areaMm2!)} mm²), above the ${chargeDensityLimitUcPerCm2} µC/cm² limit.`,
        ),
      );
    }
    if (!e.programmed) {
      warnings.push(
        safetyWarning(
          'shorted-contact',
          { ...place, electrode: e.electrode },
          `${electrodeName(e.electrode)} is not programmed but carries ${fmt(e.currentMa)} mA through a short.`,
        ),
      );
    } else if (e.electrode !== 'case' && shortGroupOf(model, e.electrode).length > 1) {
      const others = shortGroupOf(model, e.electrode).filter((n) => n !== e.electrode);
      warnings.push(
        safetyWarning(
          'shorted-contact',
          { ...place, electrode: e.electrode },
          `${electrodeName(e.electrode)} is shorted to contact ${others.join(', ')}: its current spreads over both.`,
        ),
      );
    }
  }
  for (const electrode of load.openElectrodes) {
    warnings.push(
      safetyWarning(
        'open-circuit',
        { ...place, electrode },
        `${electrodeName(electrode)} is open (broken conductor): no voltage can drive its current.`,
      ),
    );
  }
  if (load.shortAcrossPolarity) {
    warnings.push(
      safetyWarning(
        'short-across-polarity',
        place,
        'a cathode and an anode are shorted together: current bypasses the tissue.',
      ),
    );
  }
  const required = load.requiredVoltageV;
  // Compliance holds only for a voltage that was actually computed: NaN (overflow) and Infinity (open) never pass.
  const withinCompliance = Number.isFinite(required) && required <= complianceV;
  if (Number.isNaN(required)) {
    warnings.push(
      safetyWarning(
        'not-computable',
        place,
        `${fmt(amplitudeMa)} mA at ${fmt(area.pulseWidthUs)} µs is beyond what the model can compute: the output voltage is unknown, so compliance cannot be shown.`,
      ),
    );
  }
  if (!withinCompliance && Number.isFinite(required)) {
    warnings.push(
      safetyWarning(
        'compliance',
        place,
        complianceV < ipg.complianceV
          ? `the output needs ${fmt(required)} V but the ${ipg.name} can reach only ${fmt(complianceV)} V now (rated ${ipg.complianceV} V): the programmed current cannot be delivered.`
          : `the output needs ${fmt(required)} V but the ${ipg.name} can reach ${ipg.complianceV} V: the programmed current cannot be delivered.`,
      ),
    );
  }
  return {
    areaIndex,
    amplitudeMa,
    pulseWidthUs: area.pulseWidthUs,
    chargePerPhaseUc: (amplitudeMa * area.pulseWidthUs) / 1000,
    requiredVoltageV: Number.isFinite(required) ? required : null,
    loadImpedanceOhm: Number.isFinite(required) && amplitudeMa > 0 ? (required / amplitudeMa) * 1000 : null,
    withinCompliance,
    electrodes,
    warnings,
  };
}
