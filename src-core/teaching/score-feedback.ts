/**
 * Formative feedback: short sentences a trainee can act on, each built from a fact the scorer measured on this
 * visit (a failed checklist step, where the cathode sits against the benchmark's, where the paresthesia goes, how far
 * a recorded threshold is from the model's). No sentence is emitted without the fact behind it.
 */
import { levelPositionAt } from '../anatomy/vertebral-column';
import { mm } from '../units';
import type { TeachingCase } from './case-schema';
import type { ExpertBenchmark } from './expert-benchmark';
import type { ChecklistItem, ScoredVisit, ThresholdAccuracy } from './score-visit';
import { THRESHOLD_PASS_RELATIVE_ERROR } from './score-weights';
import type { VisitOutcome } from './visit-outcome';

/** A cathode this far (mm) from the benchmark's is worth a sentence [U] about half a percutaneous contact pitch. */
const CATHODE_OFFSET_WORTH_SAYING_MM = 3;

export interface FeedbackFacts {
  readonly teachingCase: TeachingCase;
  readonly visit: ScoredVisit;
  readonly checklist: readonly ChecklistItem[];
  readonly outcome: VisitOutcome;
  readonly thresholds: readonly ThresholdAccuracy[];
  readonly benchmark: ExpertBenchmark | null;
  readonly primaryPct: number;
  readonly benchmarkPrimaryPct: number | null;
  /** Hints asked of the programming assistant (null = not in the log) and the points they cost. */
  readonly hintsUsed?: number | null;
  readonly hintPenalty?: number;
}

const CHECKLIST_ADVICE: Record<ChecklistItem['id'], string> = {
  impedanceChecked: 'You did not check impedances: run the impedance check first, it shows open and shorted contacts.',
  thresholdsRecorded: 'Record each threshold when the patient reports it',
  savedToDevice: 'Save the program to the device before the patient leaves; until then they receive nothing new.',
  safetyRespected:
    'A program on the device fails the safety assessment with no logged override: lower the charge or record why.',
  faultyContactsAvoided: 'A device program uses a faulty contact: move its pole to a healthy neighbour.',
};

/** The current-weighted axial position (mm) of a program's cathodes on its first area; null without one. */
function cathodeAxialMm(
  visit: Pick<ScoredVisit, 'implant'>,
  program:
    | {
        readonly areas: readonly {
          readonly contacts: readonly {
            readonly electrode: number | 'case';
            readonly polarity: string;
            readonly fractionPct: number;
          }[];
        }[];
      }
    | undefined,
) {
  const cathodes = program?.areas[0]?.contacts.filter((c) => c.polarity === 'cathode' && c.electrode !== 'case') ?? [];
  if (cathodes.length === 0) return null;
  let sum = 0;
  let weight = 0;
  for (const c of cathodes) {
    const placed = visit.implant.contacts.find((k) => k.number === c.electrode);
    if (!placed) continue;
    sum += placed.centre.axialMm * c.fractionPct;
    weight += c.fractionPct;
  }
  return weight > 0 ? sum / weight : null;
}

/**
 * The debrief's sentences for a scored visit, most important first.
 * @example feedbackOf(facts)[0]; // "You did not check impedances: …"
 */
export function feedbackOf(facts: FeedbackFacts): string[] {
  const { visit, checklist, outcome, thresholds, benchmark } = facts;
  const out: string[] = [];
  for (const item of checklist)
    if (item.status === 'fail')
      out.push(
        item.id === 'thresholdsRecorded'
          ? `${CHECKLIST_ADVICE[item.id]} (${item.reason}).`
          : `${CHECKLIST_ADVICE[item.id]} (${item.reason})`,
      );
  const active = outcome.activeDeviceProgram;
  const h = outcome.headline;
  if (
    active !== null &&
    benchmark &&
    facts.benchmarkPrimaryPct !== null &&
    facts.primaryPct < facts.benchmarkPrimaryPct
  ) {
    const mine = cathodeAxialMm(visit, visit.session.devicePrograms[active]);
    const theirs = cathodeAxialMm(visit, benchmark.session.devicePrograms[0]);
    if (mine !== null && theirs !== null && Math.abs(mine - theirs) >= CATHODE_OFFSET_WORTH_SAYING_MM) {
      const where = levelPositionAt(mm(theirs));
      // Axial distance grows caudally (spine frame): a smaller value is higher up.
      out.push(
        `Your cathode sits ${Math.abs(mine - theirs).toFixed(0)} mm ${mine < theirs ? 'above' : 'below'} the benchmark's (at ${where.level} + ${where.offsetMm.toFixed(0)} mm), which covers ${Math.round(facts.benchmarkPrimaryPct)} % against your ${Math.round(facts.primaryPct)} %: move it ${mine < theirs ? 'down' : 'up'}.`,
      );
    } else {
      out.push(
        `The benchmark reaches ${Math.round(facts.benchmarkPrimaryPct)} % against your ${Math.round(facts.primaryPct)} % with ${benchmark.description}: compare the poles and pulse width.`,
      );
    }
  }
  if (h && h.coverage && h.paresthesia.length > 0 && h.coverage.extraneousPct > 0) {
    const pain = new Set((visit.session.patient.painMap ?? []).map((r) => `${r.dermatome}:${r.side}`));
    const outside = [
      ...new Set(
        h.paresthesia.filter((p) => !pain.has(`${p.dermatome}:${p.side}`)).map((p) => `${p.dermatome} ${p.side}`),
      ),
    ];
    const failed = outcome.verdicts.some((v) => v.criterion.kind === 'paresthesiaOutsidePain' && v.met === false);
    if (failed || h.coverage.extraneousPct >= 50)
      out.push(
        `${Math.round(h.coverage.extraneousPct)} % of the paresthesia lies outside the pain (${outside.slice(0, 4).join(', ')}): narrow the field with a guarded tripole or move the cathode toward the painful segments.`,
      );
  }
  const paresthesiaGoal = !facts.teachingCase.success.some((s) => s.kind === 'paresthesiaFree' || s.kind === 'relief');
  if (h && paresthesiaGoal && h.paresthesia.length === 0)
    out.push(
      `The saved program is felt nowhere at ${h.amplitudeMa.toFixed(1)} mA${h.perceptionThresholdMa === null ? '' : ` (perception from ${h.perceptionThresholdMa.toFixed(1)} mA)`}: raise the amplitude until the patient feels it, then set it between comfort and discomfort.`,
    );
  if (h?.uncomfortable)
    out.push(
      `The saved program is uncomfortable at ${h.amplitudeMa.toFixed(1)} mA (discomfort from ${h.discomfortThresholdMa?.toFixed(1) ?? '?'} mA): set it between comfort and discomfort.`,
    );
  for (const t of thresholds)
    if (t.relativeError !== null && t.relativeError > THRESHOLD_PASS_RELATIVE_ERROR)
      out.push(
        `Your recorded ${t.kind} threshold (${t.recordedMa!.toFixed(1)} mA) is ${Math.round(t.relativeError * 100)} % ${t.recordedMa! > t.truthMa! ? 'above' : 'below'} the model's (${t.truthMa!.toFixed(1)} mA): raise the amplitude in small steps and record the moment the patient reports it.`,
      );
  for (const v of outcome.verdicts)
    if (
      (v.criterion.kind === 'energy' ||
        v.criterion.kind === 'longevity' ||
        v.criterion.kind === 'relief' ||
        v.criterion.kind === 'paresthesiaFree') &&
      v.met === false
    )
      out.push(`Goal not met — ${v.description}: ${v.measured}.`);
  if (facts.hintsUsed && facts.hintPenalty)
    out.push(
      `You asked the assistant for ${facts.hintsUsed} hint${facts.hintsUsed === 1 ? '' : 's'}: ${facts.hintPenalty} points off. Next time try the step yourself first.`,
    );
  return out;
}
