/**
 * What the programming assistant aims at for a case, read from the case's success criteria: the outcome it
 * maximises (coverage of the pain, or relief for a relief goal), the posture of each device program, and the
 * criteria a single program can meet or miss (coverage, paresthesia outside the pain, comfort, paresthesia-free,
 * relief, energy, longevity). Procedure criteria (impedance checked, thresholds recorded, saved) are not the program's.
 */
import type { Posture } from '../../anatomy/patient-anatomy';
import type { ProgramEnergy } from '../../energy/program-energy';
import type { SimulationResult } from '../../simulation/simulate';
import { SCORE_WEIGHTS } from '../score-weights';
import type { TeachingCase } from '../case-schema';
import type { SuccessCriterion } from '../criteria';
import { reliefAfterMinOf } from '../visit-outcome';

/** The case's goal as the assistant reads it. */
export interface AssistantGoal {
  /** 'relief' when the case has a relief criterion (paresthesia-free therapy), else 'coverage'. */
  readonly outcome: 'coverage' | 'relief';
  /** Nothing may be felt (a paresthesia-free criterion). */
  readonly paresthesiaFree: boolean;
  /** The simulated time relief is judged after (min), 0 without a relief goal. */
  readonly afterMin: number;
  /** One posture per device program to save (program 0 first): more than one for a program per posture. */
  readonly postures: readonly Posture[];
  /** The criteria each device program is judged by (index = device program). */
  readonly criteriaByProgram: readonly (readonly SuccessCriterion[])[];
}

const PROGRAM_CRITERIA: ReadonlySet<SuccessCriterion['kind']> = new Set([
  'painCovered',
  'paresthesiaOutsidePain',
  'comfortable',
  'paresthesiaFree',
  'relief',
  'energy',
  'longevity',
]);

/**
 * The goal of a case: one device program per posture its criteria name (else one, supine), each with the criteria
 * that read it (a criterion naming no device program reads the active one, program 0).
 * @example goalOf(postureCase).postures; // ['supine', 'sitting']
 */
export function goalOf(teachingCase: TeachingCase): AssistantGoal {
  const postures: Posture[] = ['supine'];
  for (const c of teachingCase.success)
    if ('deviceProgram' in c && c.deviceProgram !== undefined) postures[c.deviceProgram] = c.posture ?? 'supine';
  const filled = Array.from(postures, (p) => p ?? 'supine');
  const criteriaByProgram = filled.map((_, program) =>
    teachingCase.success.filter(
      (c) =>
        PROGRAM_CRITERIA.has(c.kind) &&
        ('deviceProgram' in c && c.deviceProgram !== undefined ? c.deviceProgram : 0) === program,
    ),
  );
  return {
    outcome: teachingCase.success.some((c) => c.kind === 'relief') ? 'relief' : 'coverage',
    paresthesiaFree: teachingCase.success.some((c) => c.kind === 'paresthesiaFree'),
    afterMin: reliefAfterMinOf(teachingCase),
    postures: filled,
    criteriaByProgram,
  };
}

/** How good one program is for the goal: compared field by field, higher first, then the lower energy. */
export interface ProgramMerit {
  /** Program criteria met. */
  readonly criteriaMet: number;
  readonly criteriaCount: number;
  /** Coverage of the pain (%) or, for a relief goal, relief (%). */
  readonly primaryPct: number;
  /** Paresthesia outside the pain (%); 0 when nothing is felt. */
  readonly outsidePct: number;
  /** The rubric's outcome points: coverage and focus weighted as `SCORE_WEIGHTS`. */
  readonly points: number;
  /** Battery draw of the program (mW): the tie-break; Infinity when the device cannot deliver it. */
  readonly batteryMw: number;
}

function criterionMet(c: SuccessCriterion, r: SimulationResult, energy: ProgramEnergy | null): boolean {
  switch (c.kind) {
    case 'painCovered':
      return (r.coverage?.painCoveredPct ?? 0) >= c.minPct;
    case 'paresthesiaOutsidePain':
      return r.paresthesia.length > 0 && (r.coverage?.extraneousPct ?? 0) <= c.maxPct;
    case 'comfortable':
      return !r.uncomfortable;
    case 'paresthesiaFree':
      return r.paresthesia.length === 0;
    case 'relief':
      return (r.relief?.overallPct ?? 0) >= c.minPct;
    case 'energy':
      return (energy?.rechargeMinutesPerDay ?? Number.POSITIVE_INFINITY) <= c.maxRechargeMinPerDay;
    case 'longevity':
      return (energy?.longevityYears ?? Number.NEGATIVE_INFINITY) >= c.minLongevityYears;
    default:
      return true;
  }
}

/**
 * The merit of a simulated program for device program `programIndex` of the goal — the same reading of the result
 * the scorer makes (visit-outcome.ts): criteria met, coverage or relief, paresthesia outside the pain, energy.
 * @example meritOf(goal, 0, result, energy).primaryPct; // 100
 */
export function meritOf(
  goal: AssistantGoal,
  programIndex: number,
  result: SimulationResult,
  energy: ProgramEnergy | null,
): ProgramMerit {
  const criteria = goal.criteriaByProgram[programIndex] ?? [];
  const primaryPct =
    goal.outcome === 'relief' ? (result.relief?.overallPct ?? 0) : (result.coverage?.painCoveredPct ?? 0);
  const felt = result.paresthesia.length > 0;
  const outsidePct = felt ? (result.coverage?.extraneousPct ?? 0) : 0;
  // As the rubric's focus component: nothing felt earns no focus, and a paresthesia-free goal does not judge it.
  const focus = goal.paresthesiaFree ? 0 : felt ? 1 - outsidePct / 100 : 0;
  return {
    criteriaMet: criteria.filter((c) => criterionMet(c, result, energy)).length,
    criteriaCount: criteria.length,
    primaryPct,
    outsidePct,
    points: (SCORE_WEIGHTS.coverage * primaryPct) / 100 + SCORE_WEIGHTS.focus * focus,
    batteryMw: energy?.batteryPowerMw ?? Number.POSITIVE_INFINITY,
  };
}

/** Points closer than this count as equal, so the energy decides [U] a hundredth of a rubric point. */
const POINTS_TIE = 0.01;

/**
 * Positive when `a` is the better program: more criteria met, then more rubric points, then less battery draw.
 * @example [m1, m2].sort((a, b) => compareMerit(b, a)); // best first
 */
export function compareMerit(a: ProgramMerit, b: ProgramMerit): number {
  if (a.criteriaMet !== b.criteriaMet) return a.criteriaMet - b.criteriaMet;
  if (Math.abs(a.points - b.points) > POINTS_TIE) return a.points - b.points;
  if (a.batteryMw !== b.batteryMw) return a.batteryMw < b.batteryMw ? 1 : -1;
  return 0;
}
