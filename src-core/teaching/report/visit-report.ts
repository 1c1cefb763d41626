/**
 * The visit report as data (docs/visit-report.md): what a supervisor files after a teaching visit — the case, the
 * hardware and where the leads lie, impedances when they were measured, each device program with its safety
 * numbers, thresholds found against the model's truth, coverage and relief, the patient's words, warnings and
 * overrides, energy and the score. Built only from the core's own results (`scoreVisit`, `assessSafety`,
 * `assessEnergy`, `impedanceCheck`); nothing is recomputed here. `visitReportHtml` prints it.
 */
import { levelPositionAt, type LevelPosition } from '../../anatomy/vertebral-column';
import { assessEnergy } from '../../energy/assess';
import { impedanceCheck, type ImpedanceMeasurement } from '../../impedance/check';
import type { ContactSetting, ParadigmKindName } from '../../program/types';
import { assessSafety } from '../../safety/assess';
import { deviceStateOf, impedanceInputsOf, safetyOptionsOf } from '../../session/device-state';
import type { SafetyWarning } from '../../safety/warnings';
import type { SafetyOverrideEntry, SensationNote } from '../../session/visit-record';
import { mm } from '../../units';
import type { TeachingCase } from '../case-schema';
import type { ScoredVisit, VisitScore } from '../score-visit';
import { fluoroStill, type FluoroStill } from './fluoro-still';

/** The words every report carries. */
export const TEACHING_MODEL_NOTICE = 'Teaching model — not for clinical use.';
/** The patient's words a report quotes: the latest notes of the visit's sensation history. */
export const MAX_REPORTED_SENSATIONS = 12;

/** One lead: its model, where its tip lies and which levels its contacts span. */
export interface LeadReport {
  readonly leadIndex: number;
  readonly modelName: string;
  readonly kind: 'percutaneous' | 'paddle';
  readonly tip: LevelPosition;
  /** Where it was meant to lie, when the case says it has moved since (migration); null otherwise. */
  readonly intendedTip: LevelPosition | null;
  readonly lateralMm: number;
  /** Device numbers of its first and last contacts. */
  readonly contactNumbers: readonly [number, number];
  /** The rostral and caudal ends of its contacts. */
  readonly contactsSpan: { readonly top: LevelPosition; readonly bottom: LevelPosition };
}

/** One area of a device program with the safety assessment's numbers. */
export interface AreaReport {
  readonly areaIndex: number;
  readonly contacts: readonly ContactSetting[];
  /** Delivered amplitude (mA): programmed, or the sub-perception dose (`assessSafety`). */
  readonly amplitudeMa: number;
  /** Null for absolute dosing; the share of the recorded perception threshold for sub-perception. */
  readonly subPerceptionPct: number | null;
  readonly pulseWidthUs: number;
  readonly chargePerPhaseUc: number;
  /** Highest charge density at any electrode of the area (µC/cm² per phase); null when only the case carries it. */
  readonly peakChargeDensityUcPerCm2: number | null;
  readonly requiredVoltageV: number | null;
  readonly withinCompliance: boolean;
}

/** One device program. */
export interface ProgramReport {
  readonly programIndex: number;
  readonly name: string;
  readonly paradigm: ParadigmKindName;
  readonly rateHz: number;
  readonly active: boolean;
  readonly areas: readonly AreaReport[];
  /** Charge per second as if it ran all day (µC/s, `assessEnergy`). */
  readonly chargePerSecondUc: number | null;
}

/** The impedance check, when the visit ran one. */
export type ImpedanceSection =
  | { readonly measured: false }
  | {
      readonly measured: true;
      readonly monopolar: readonly ImpedanceMeasurement[];
      readonly problems: readonly ImpedanceMeasurement[];
    };

/** Everything the printed report shows. JSON-safe. */
export interface VisitReport {
  readonly generatedAtIso: string;
  readonly notice: string;
  readonly case: {
    readonly id: string;
    readonly title: string;
    readonly level: TeachingCase['level'];
    readonly difficulty: number;
    readonly patientName: string;
    readonly brief: string;
    readonly objectives: readonly string[];
  };
  readonly hardware: {
    readonly ipgName: string;
    readonly battery: 'rechargeable' | 'primary';
    readonly complianceV: number;
    readonly chargeDensityLimitUcPerCm2: number;
    readonly leads: readonly LeadReport[];
  };
  readonly fluoro: FluoroStill;
  readonly impedance: ImpedanceSection;
  /** The programs on the device at the end of the visit (what the patient leaves with). */
  readonly programs: readonly ProgramReport[];
  readonly thresholds: VisitScore['thresholds'];
  readonly outcome: VisitScore['outcome'];
  readonly patientWords: readonly SensationNote[];
  readonly warnings: readonly Pick<SafetyWarning, 'severity' | 'message'>[];
  readonly safetyOverrides: readonly SafetyOverrideEntry[];
  readonly energy: {
    readonly battery: 'rechargeable' | 'primary';
    readonly rechargeMinutesPerDay: number | null;
    readonly longevityYears: number | null;
    readonly chargePerSecondUc: number | null;
    readonly batteryPowerMw: number | null;
  };
  readonly score: Pick<
    VisitScore,
    | 'score'
    | 'level'
    | 'levelReason'
    | 'benchmarkScore'
    | 'benchmarkDescription'
    | 'checklist'
    | 'parts'
    | 'feedback'
    | 'editCount'
  >;
}

/** What `visitReport` is built from. */
export interface VisitReportInput {
  readonly teachingCase: TeachingCase;
  /** The visit as scored: session (with the device programs), implant and record. */
  readonly visit: ScoredVisit;
  /** `scoreVisit` of that visit. */
  readonly score: VisitScore;
  /** True when the visit ran an impedance check (the same fact the score's log carries). */
  readonly impedanceChecked: boolean;
  /** When the report was made (ISO 8601, from the caller's clock: the core reads none). */
  readonly generatedAtIso: string;
}

/** The impedance check the visit ran, with the session's faults (the same call the app's check makes). */
function impedanceSection({ implant, session }: ScoredVisit): ImpedanceSection {
  const state = deviceStateOf(session, implant);
  const check = impedanceCheck(implant, state.faults, state.impedance);
  return { measured: true, monopolar: check.monopolar, problems: check.problems };
}

/**
 * Builds the report of a scored visit.
 * @example visitReport({ teachingCase, visit, score, impedanceChecked: true, generatedAtIso: new Date().toISOString() }).programs[0]?.areas[0]?.chargePerPhaseUc;
 */
export function visitReport(input: VisitReportInput): VisitReport {
  const { teachingCase, visit, score } = input;
  const { session, implant, visitRecord } = visit;
  const device = session.devicePrograms;
  const active = device.length === 0 ? null : session.activeProgram < device.length ? session.activeProgram : 0;
  const safety = assessSafety(implant, device, safetyOptionsOf(session, implant));
  const energy = assessEnergy(implant, device, {
    ...impedanceInputsOf(session, implant),
    activeProgramIndex: active ?? 0,
  });
  const programs: ProgramReport[] = device.map((program, programIndex) => ({
    programIndex,
    name: program.name,
    paradigm: program.paradigm.kind,
    rateHz: program.rateHz,
    active: programIndex === active,
    chargePerSecondUc: energy.programs[programIndex]?.chargePerSecondUc ?? null,
    areas: safety.programs[programIndex]!.areas.map((a, areaIndex) => {
      const area = program.areas[areaIndex]!;
      const densities = a.electrodes.flatMap((e) =>
        e.chargeDensityUcPerCm2 === null ? [] : [e.chargeDensityUcPerCm2],
      );
      return {
        areaIndex,
        contacts: area.contacts,
        amplitudeMa: a.amplitudeMa,
        subPerceptionPct: area.dosing.mode === 'subPerception' ? area.dosing.percentOfPerception : null,
        pulseWidthUs: a.pulseWidthUs,
        chargePerPhaseUc: a.chargePerPhaseUc,
        peakChargeDensityUcPerCm2: densities.length === 0 ? null : Math.max(...densities),
        requiredVoltageV: a.requiredVoltageV,
        withinCompliance: a.withinCompliance,
      };
    }),
  }));
  const caseLeads = teachingCase.implant?.leads ?? [];
  const leads: LeadReport[] = implant.leads.map((lead, leadIndex) => {
    const own = implant.contacts.filter((c) => c.leadIndex === leadIndex);
    const ends = own.flatMap((c) => [c.centre.axialMm - c.shape.lengthMm / 2, c.centre.axialMm + c.shape.lengthMm / 2]);
    const intended = caseLeads[leadIndex]?.intendedPlacement;
    return {
      leadIndex,
      modelName: lead.model.name,
      kind: lead.model.kind,
      tip: lead.placement.tip,
      intendedTip: intended ? { level: intended.tip.level, offsetMm: mm(intended.tip.offsetMm) } : null,
      lateralMm: lead.placement.lateralMm,
      contactNumbers: [own[0]!.number, own[own.length - 1]!.number],
      contactsSpan: { top: levelPositionAt(mm(Math.min(...ends))), bottom: levelPositionAt(mm(Math.max(...ends))) },
    };
  });
  const a = energy.active;
  return {
    generatedAtIso: input.generatedAtIso,
    notice: TEACHING_MODEL_NOTICE,
    case: {
      id: teachingCase.id,
      title: teachingCase.title,
      level: teachingCase.level,
      difficulty: teachingCase.difficulty,
      patientName: teachingCase.patient.name,
      brief: teachingCase.brief,
      objectives: teachingCase.objectives,
    },
    hardware: {
      ipgName: implant.ipg.name,
      battery: implant.ipg.battery,
      complianceV: safety.complianceV,
      chargeDensityLimitUcPerCm2: safety.chargeDensityLimitUcPerCm2,
      leads,
    },
    fluoro: fluoroStill(implant, active === null ? null : (device[active]!.areas[0] ?? null)),
    impedance: input.impedanceChecked ? impedanceSection(visit) : { measured: false },
    programs,
    thresholds: score.thresholds,
    outcome: score.outcome,
    patientWords: visitRecord.sensations.slice(-MAX_REPORTED_SENSATIONS),
    warnings: safety.warnings.map((w) => ({ severity: w.severity, message: w.message })),
    safetyOverrides: visitRecord.safetyOverrides,
    energy: {
      battery: energy.battery,
      rechargeMinutesPerDay: score.outcome.rechargeMinutesPerDay,
      longevityYears: score.outcome.longevityYears,
      chargePerSecondUc: a?.chargePerSecondUc ?? null,
      batteryPowerMw: a?.batteryPowerMw ?? null,
    },
    score: {
      score: score.score,
      level: score.level,
      levelReason: score.levelReason,
      benchmarkScore: score.benchmarkScore,
      benchmarkDescription: score.benchmarkDescription,
      checklist: score.checklist,
      parts: score.parts,
      feedback: score.feedback,
      editCount: score.editCount,
    },
  };
}
