/**
 * Scores a programming visit against its case (docs/scoring.md): a procedure checklist, outcome metrics of what the
 * device delivers (through the one simulation path), recorded thresholds against the model's truth, a 0–100 global
 * score with the weights of `score-weights.ts`, a proficiency level against the expert benchmark, and formative
 * feedback built from the measured facts. Deterministic: same case, session, record and log, same score.
 */
import type { ResolvedImplant } from '../hardware/implant';
import { blockingFindings } from '../programming/device-save';
import type { Session } from '../session/session';
import {
  describeConfiguration,
  latestThresholds,
  type RecordedThreshold,
  type ThresholdKind,
  type VisitRecord,
} from '../session/visit-record';
import type { PhysiologyEngine } from '../simulation/engine';
import { configureSimulation } from '../simulation/simulate';
import type { TeachingCase } from './case-schema';
import type { ExpertBenchmark } from './expert-benchmark';
import {
  COMPETENT_SCORE_WITHOUT_BENCHMARK,
  COMPETENT_SHARE_OF_BENCHMARK,
  HINT_PENALTY_POINTS,
  MAX_HINT_PENALTY_POINTS,
  PROFICIENT_SCORE_WITHOUT_BENCHMARK,
  PROFICIENT_SHARE_OF_BENCHMARK,
  SCORE_WEIGHTS,
  THRESHOLD_PASS_RELATIVE_ERROR,
  THRESHOLD_ZERO_CREDIT_RELATIVE_ERROR,
  type ScoreComponent,
} from './score-weights';
import { feedbackOf } from './score-feedback';
import {
  faultyContactsOf,
  faultyContactsUsed,
  visitOutcome,
  type VisitLogFacts,
  type VisitOutcome,
} from './visit-outcome';

export type ChecklistStatus = 'pass' | 'fail' | 'notApplicable';
export type ChecklistItemId =
  'impedanceChecked' | 'thresholdsRecorded' | 'savedToDevice' | 'safetyRespected' | 'faultyContactsAvoided';

/** One step of the procedure checklist with why it passed or failed. */
export interface ChecklistItem {
  readonly id: ChecklistItemId;
  readonly label: string;
  readonly status: ChecklistStatus;
  readonly reason: string;
}

/** A recorded threshold against the model's for the saved configuration supine. */
export interface ThresholdAccuracy {
  readonly kind: ThresholdKind;
  readonly recordedMa: number | null;
  readonly truthMa: number | null;
  /** |recorded − truth| / truth; null when either is missing. */
  readonly relativeError: number | null;
  /** 0–1 credit (1 within THRESHOLD_PASS_RELATIVE_ERROR, 0 from THRESHOLD_ZERO_CREDIT_RELATIVE_ERROR). */
  readonly credit: number;
}

/** One component of the global score: its 0–1 value (null = not assessed in this case) and weight. */
export interface ScorePart {
  readonly component: ScoreComponent;
  readonly value: number | null;
  readonly weight: number;
}

export type ProficiencyLevel = 'novice' | 'competent' | 'proficient';

/** The scored visit. */
export interface VisitScore {
  readonly caseId: string;
  readonly checklist: readonly ChecklistItem[];
  readonly outcome: {
    readonly painCoveredPct: number | null;
    readonly extraneousPct: number | null;
    readonly reliefPct: number | null;
    readonly comfortable: boolean | null;
    readonly rechargeMinutesPerDay: number | null;
    readonly longevityYears: number | null;
    readonly criteria: VisitOutcome['verdicts'];
  };
  readonly thresholds: readonly ThresholdAccuracy[];
  /** Undo steps of the visit, when the caller's log has them; reported, not scored (no benchmark for edits yet). */
  readonly editCount: number | null;
  /** Hints asked of the programming assistant, when the caller's log has them. */
  readonly hintsUsed: number | null;
  /** Points the hints took off (HINT_PENALTY_POINTS each, at most MAX_HINT_PENALTY_POINTS). */
  readonly hintPenalty: number;
  readonly parts: readonly ScorePart[];
  /** 0–100, one decimal: the weighted parts less the hint penalty. */
  readonly score: number;
  /** The benchmark's own score under the same rubric (its thresholds recorded exactly), or null without one. */
  readonly benchmarkScore: number | null;
  readonly benchmarkDescription: string | null;
  readonly level: ProficiencyLevel;
  readonly levelReason: string;
  readonly feedback: readonly string[];
}

/** The trainee's end-of-visit state: the session (with what the device holds), its implant and the visit record. */
export interface ScoredVisit {
  readonly session: Session;
  readonly implant: ResolvedImplant;
  readonly visitRecord: VisitRecord;
}

export interface ScoreOptions {
  readonly engine: PhysiologyEngine;
  /** What the visit's event log knows that the session file does not (impedance check, edits, hints); absent = unknown. */
  readonly log?: Partial<VisitLogFacts>;
  /** The expert benchmark (`expertBenchmark`); absent = coverage judged against the case's target, absolute levels. */
  readonly benchmark?: ExpertBenchmark | null;
}

const KINDS: readonly ThresholdKind[] = ['perception', 'comfort', 'discomfort'];
const round1 = (x: number) => Math.round(x * 10) / 10;

/** Credit of a recorded threshold against the truth: 1 within the pass error, linear to 0 at the zero-credit error. */
export function thresholdCredit(relativeError: number | null): number {
  if (relativeError === null) return 0;
  if (relativeError <= THRESHOLD_PASS_RELATIVE_ERROR) return 1;
  const span = THRESHOLD_ZERO_CREDIT_RELATIVE_ERROR - THRESHOLD_PASS_RELATIVE_ERROR;
  return Math.max(0, 1 - (relativeError - THRESHOLD_PASS_RELATIVE_ERROR) / span);
}

/** The thresholds expected: the case's `thresholdsRecorded` kinds, or none when the case does not ask. */
const expectedKinds = (c: TeachingCase): readonly ThresholdKind[] =>
  c.success.flatMap((s) => (s.kind === 'thresholdsRecorded' ? s.kinds : []));

/** The model's thresholds of the active device program's first area, supine; null when nothing is on the device. */
function truthOf(engine: PhysiologyEngine, visit: ScoredVisit, active: number | null) {
  if (active === null) return null;
  const { session, implant } = visit;
  const delivered = { ...session, programs: session.devicePrograms };
  const c = configureSimulation(engine, delivered, implant, {
    programIndex: active,
    areaIndex: 0,
    posture: 'supine',
    stimulationOn: true,
  });
  return { perception: c.perceptionThresholdMa, comfort: c.comfortThresholdMa, discomfort: c.discomfortThresholdMa };
}

function thresholdAccuracy(
  teachingCase: TeachingCase,
  visit: ScoredVisit,
  active: number | null,
  truth: Record<ThresholdKind, number | null> | null,
): ThresholdAccuracy[] {
  const program = active === null ? undefined : visit.session.devicePrograms[active];
  const area = program?.areas[0];
  const found: Partial<Record<ThresholdKind, RecordedThreshold>> =
    program && area ? latestThresholds(visit.visitRecord, describeConfiguration(program, area), 'supine') : {};
  const expected = new Set(expectedKinds(teachingCase));
  return KINDS.filter((k) => expected.has(k) || found[k]).map((kind) => {
    const recordedMa = found[kind]?.amplitudeMa ?? null;
    const truthMa = truth?.[kind] ?? null;
    const relativeError =
      recordedMa !== null && truthMa !== null && truthMa > 0 ? Math.abs(recordedMa - truthMa) / truthMa : null;
    return { kind, recordedMa, truthMa, relativeError, credit: thresholdCredit(relativeError) };
  });
}

function checklistOf(
  teachingCase: TeachingCase,
  visit: ScoredVisit,
  log: VisitLogFacts,
  thresholds: readonly ThresholdAccuracy[],
): ChecklistItem[] {
  const { session, implant, visitRecord } = visit;
  const device = session.devicePrograms;
  const item = (id: ChecklistItemId, label: string, status: ChecklistStatus, reason: string): ChecklistItem => ({
    id,
    label,
    status,
    reason,
  });
  const items: ChecklistItem[] = [];
  items.push(
    log.impedanceChecked === true
      ? item('impedanceChecked', 'Impedance checked', 'pass', 'an impedance check was run')
      : item(
          'impedanceChecked',
          'Impedance checked',
          'fail',
          log.impedanceChecked === false ? 'no impedance check was run' : 'the visit log holds no impedance check',
        ),
  );
  const expected = expectedKinds(teachingCase);
  const kinds = expected.length > 0 ? expected : KINDS;
  const missing = kinds.filter((k) => !thresholds.some((t) => t.kind === k && t.recordedMa !== null));
  items.push(
    item(
      'thresholdsRecorded',
      'Perception, comfort and discomfort thresholds recorded',
      missing.length === 0 ? 'pass' : 'fail',
      missing.length === 0
        ? `recorded for the saved program: ${kinds.join(', ')}`
        : `not recorded for the saved program: ${missing.join(', ')}`,
    ),
  );
  const saved = device.length > 0 && JSON.stringify(session.programs) === JSON.stringify(device);
  items.push(
    item(
      'savedToDevice',
      'Program saved to the device',
      saved ? 'pass' : 'fail',
      device.length === 0
        ? 'nothing was saved to the device'
        : saved
          ? 'the device holds the working programs'
          : 'the working programs differ from what the device holds',
    ),
  );
  const findings = blockingFindings({ ...session, programs: device }, implant);
  const overridden = new Set(visitRecord.safetyOverrides.flatMap((o) => o.findings.map((f) => f.message)));
  const uncovered = findings.filter((f) => !overridden.has(f.message));
  items.push(
    item(
      'safetyRespected',
      'No unsafe program delivered without a logged override',
      uncovered.length === 0 ? 'pass' : 'fail',
      findings.length === 0
        ? 'the device programs pass the safety assessment'
        : uncovered.length === 0
          ? `${findings.length} blocking finding(s), each covered by a logged override`
          : `unsafe without a logged override: ${uncovered[0]!.message}`,
    ),
  );
  const faulty = faultyContactsOf(session);
  const used = faultyContactsUsed(device, faulty);
  items.push(
    faulty.size === 0
      ? item('faultyContactsAvoided', 'Faulty contacts not used', 'notApplicable', 'the implant has no faulty contact')
      : item(
          'faultyContactsAvoided',
          'Faulty contacts not used',
          used.length === 0 && device.length > 0 ? 'pass' : 'fail',
          device.length === 0
            ? 'nothing was saved to the device'
            : used.length === 0
              ? 'no device program uses a faulty contact'
              : `the device programs use faulty contact ${used.join(', ')}`,
        ),
  );
  return items;
}

/** What a visit did, measured once (simulations, thresholds, checklist); grading it is cheap. */
interface Measured {
  readonly outcome: VisitOutcome;
  readonly checklist: ChecklistItem[];
  readonly thresholds: ThresholdAccuracy[];
  readonly primaryPct: number;
}

interface Core extends Measured {
  readonly parts: ScorePart[];
  readonly score: number;
}

const isRelief = (c: TeachingCase) => c.success.some((s) => s.kind === 'relief');

/** The primary outcome: relief for a relief goal, else coverage (mean over the programs the criteria name). */
function primaryOf(teachingCase: TeachingCase, outcome: VisitOutcome): number {
  if (isRelief(teachingCase)) return outcome.headline?.relief?.overallPct ?? 0;
  const named = outcome.verdicts.filter((v) => v.criterion.kind === 'painCovered');
  if (named.length === 0 || outcome.activeDeviceProgram === null)
    return outcome.headline?.coverage?.painCoveredPct ?? 0;
  const values = named.map((v) => {
    const c = v.criterion as Extract<typeof v.criterion, { kind: 'painCovered' }>;
    return (
      outcome.results.get(`${c.deviceProgram ?? outcome.activeDeviceProgram}:${c.posture ?? 'supine'}`)?.coverage
        ?.painCoveredPct ?? 0
    );
  });
  return values.reduce((a, b) => a + b, 0) / values.length;
}

function targetOf(teachingCase: TeachingCase): number {
  const targets = teachingCase.success.flatMap((s) =>
    s.kind === 'painCovered' || s.kind === 'relief' ? [s.minPct] : [],
  );
  return targets.length > 0 ? Math.max(...targets) : 100;
}

function measure(
  engine: PhysiologyEngine,
  teachingCase: TeachingCase,
  visit: ScoredVisit,
  log: VisitLogFacts,
): Measured {
  const outcome = visitOutcome(engine, teachingCase, visit.session, visit.implant, visit.visitRecord, log);
  const truth = truthOf(engine, visit, outcome.activeDeviceProgram);
  const thresholds = thresholdAccuracy(teachingCase, visit, outcome.activeDeviceProgram, truth);
  const checklist = checklistOf(teachingCase, visit, log, thresholds);
  return { outcome, checklist, thresholds, primaryPct: primaryOf(teachingCase, outcome) };
}

/** The weighted score of a measured visit, its coverage or relief taken against `referencePct`. */
function grade(teachingCase: TeachingCase, measured: Measured, referencePct: number | null): Core {
  const { outcome, checklist, thresholds, primaryPct } = measured;
  const h = outcome.headline;
  const applicable = checklist.filter((i) => i.status !== 'notApplicable');
  const decided = outcome.verdicts.filter((v) => v.met !== null);
  const reference = referencePct !== null && referencePct > 0 ? referencePct : targetOf(teachingCase);
  const paresthesiaFree = teachingCase.success.some((s) => s.kind === 'paresthesiaFree');
  const energyCriteria = outcome.verdicts.filter(
    (v) => v.criterion.kind === 'energy' || v.criterion.kind === 'longevity',
  );
  const value: Record<ScoreComponent, number | null> = {
    checklist:
      applicable.length === 0 ? null : applicable.filter((i) => i.status === 'pass').length / applicable.length,
    criteria: decided.length === 0 ? null : decided.filter((v) => v.met).length / decided.length,
    coverage: Math.min(1, primaryPct / reference),
    // Nothing felt is not focus: only felt paresthesia can lie inside the pain (paresthesia-free goals judge it by their criterion).
    focus: paresthesiaFree ? null : h && h.paresthesia.length > 0 ? 1 - (h.coverage?.extraneousPct ?? 0) / 100 : 0,
    thresholds: thresholds.length === 0 ? null : thresholds.reduce((a, t) => a + t.credit, 0) / thresholds.length,
    comfort: h ? (h.uncomfortable ? 0 : 1) : 0,
    energy: energyCriteria.length === 0 ? null : energyCriteria.filter((v) => v.met).length / energyCriteria.length,
  };
  const parts = (Object.keys(SCORE_WEIGHTS) as ScoreComponent[]).map((component) => ({
    component,
    value: value[component],
    weight: SCORE_WEIGHTS[component],
  }));
  const assessed = parts.filter((p) => p.value !== null);
  const total = assessed.reduce((a, p) => a + p.weight, 0);
  const score = total === 0 ? 0 : round1((100 * assessed.reduce((a, p) => a + p.weight * p.value!, 0)) / total);
  return { ...measured, parts, score };
}

/**
 * Points a visit's hints cost: HINT_PENALTY_POINTS each, at most MAX_HINT_PENALTY_POINTS; none when unknown.
 * @example hintPenaltyOf(2); // 6
 */
export function hintPenaltyOf(hintsUsed: number | null): number {
  if (hintsUsed === null || !(hintsUsed > 0)) return 0;
  return Math.min(MAX_HINT_PENALTY_POINTS, HINT_PENALTY_POINTS * Math.floor(hintsUsed));
}

/** The benchmark as a visit an expert would leave: impedance checked, the model's thresholds recorded exactly. */
function benchmarkVisit(engine: PhysiologyEngine, benchmark: ExpertBenchmark, implant: ResolvedImplant): ScoredVisit {
  const { session } = benchmark;
  const program = session.devicePrograms[0];
  const base: ScoredVisit = { session, implant, visitRecord: { thresholds: [], sensations: [], safetyOverrides: [] } };
  if (!program?.areas[0]) return base;
  const truth = truthOf(engine, base, 0)!;
  const configuration = describeConfiguration(program, program.areas[0]);
  const recorded = KINDS.flatMap((kind, i) => {
    const amplitudeMa = truth[kind];
    return amplitudeMa === null ? [] : [{ kind, amplitudeMa, configuration, posture: 'supine' as const, atS: i }];
  });
  return { ...base, visitRecord: { ...base.visitRecord, thresholds: recorded } };
}

/**
 * Scores the trainee's visit. `visit` is the session at the end of the visit (`restoreSession` gives session,
 * implant and visitRecord); `options.log` carries what only the app's event log knows (impedance check, edits).
 * @example scoreVisit(teachingCase, restored, { engine, log: { impedanceChecked: true }, benchmark }).score;
 */
export function scoreVisit(teachingCase: TeachingCase, visit: ScoredVisit, options: ScoreOptions): VisitScore {
  const { engine, benchmark = null } = options;
  const log: VisitLogFacts = {
    impedanceChecked: options.log?.impedanceChecked ?? null,
    editCount: options.log?.editCount ?? null,
    hintsUsed: options.log?.hintsUsed ?? null,
  };
  // The benchmark's visit is measured once: it sets the coverage reference and is then graded against itself (full
  // coverage marks unless it covers nothing).
  const expert = benchmark
    ? measure(engine, teachingCase, benchmarkVisit(engine, benchmark, visit.implant), {
        impedanceChecked: true,
        editCount: null,
        hintsUsed: null,
      })
    : null;
  const expertRef = expert ? expert.primaryPct : null;
  const graded = grade(teachingCase, measure(engine, teachingCase, visit, log), expertRef);
  // Hints are taken off the total, not a component: asking is a step the trainee did not find alone.
  const hintPenalty = hintPenaltyOf(log.hintsUsed);
  const trainee = { ...graded, score: round1(Math.max(0, graded.score - hintPenalty)) };
  const benchmarkScore = expert ? grade(teachingCase, expert, expertRef).score : null;
  const safetyFailed = trainee.checklist.some((i) => i.id === 'safetyRespected' && i.status === 'fail');
  const proficientAt =
    benchmarkScore !== null ? PROFICIENT_SHARE_OF_BENCHMARK * benchmarkScore : PROFICIENT_SCORE_WITHOUT_BENCHMARK;
  const competentAt =
    benchmarkScore !== null ? COMPETENT_SHARE_OF_BENCHMARK * benchmarkScore : COMPETENT_SCORE_WITHOUT_BENCHMARK;
  const against = benchmarkScore !== null ? `the benchmark's ${benchmarkScore}` : 'a full 100 (no benchmark)';
  const level: ProficiencyLevel = safetyFailed
    ? 'novice'
    : trainee.score >= proficientAt
      ? 'proficient'
      : trainee.score >= competentAt
        ? 'competent'
        : 'novice';
  const levelReason = safetyFailed
    ? 'an unsafe program was delivered without a logged override: safety gates the level'
    : `${trainee.score} against ${against}: proficient from ${round1(proficientAt)}, competent from ${round1(competentAt)}`;
  const h = trainee.outcome.headline;
  const energy = trainee.outcome.energy;
  return {
    caseId: teachingCase.id,
    checklist: trainee.checklist,
    outcome: {
      painCoveredPct: h?.coverage ? round1(h.coverage.painCoveredPct) : null,
      extraneousPct: h?.coverage ? round1(h.coverage.extraneousPct) : null,
      reliefPct: h?.relief && isRelief(teachingCase) ? round1(h.relief.overallPct) : null,
      comfortable: h ? !h.uncomfortable : null,
      rechargeMinutesPerDay: energy?.rechargeMinutesPerDay ?? null,
      longevityYears: energy?.longevityYears ?? null,
      criteria: trainee.outcome.verdicts,
    },
    thresholds: trainee.thresholds,
    editCount: log.editCount,
    hintsUsed: log.hintsUsed,
    hintPenalty,
    parts: trainee.parts,
    score: trainee.score,
    benchmarkScore,
    benchmarkDescription: benchmark?.description ?? null,
    level,
    levelReason,
    feedback: feedbackOf({
      teachingCase,
      visit,
      checklist: trainee.checklist,
      outcome: trainee.outcome,
      thresholds: trainee.thresholds,
      benchmark,
      primaryPct: trainee.primaryPct,
      benchmarkPrimaryPct: expertRef,
      hintsUsed: log.hintsUsed,
      hintPenalty,
    }),
  };
}
