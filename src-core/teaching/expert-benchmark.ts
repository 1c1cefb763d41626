/**
 * A simple expert benchmark for scoring — not the programming assistant of issue 13: a small, bounded, deterministic
 * search over single-lead bipoles (cathode above or below its anode) and guarded tripoles (+ − +), on the contacts
 * an impedance check shows healthy, at a few pulse widths, each set halfway between its comfort and discomfort
 * thresholds (where a clinician leaves a paresthesia program), or for a relief goal a 10 kHz bipole at a few doses.
 * Candidates are simulated through the one simulation path and ranked by the case's own success criteria.
 */
import type { Posture } from '../anatomy/patient-anatomy';
import type { ResolvedImplant } from '../hardware/implant';
import { blockingFindings } from '../programming/device-save';
import type { Program, StimulationArea } from '../program/types';
import type { Session } from '../session/session';
import { EMPTY_VISIT_RECORD } from '../session/visit-record';
import type { PhysiologyEngine } from '../simulation/engine';
import { configureSimulation } from '../simulation/simulate';
import { Hz, mA, us } from '../units';
import type { TeachingCase } from './case-schema';
import type { SuccessCriterion } from './criteria';
import { SCORE_WEIGHTS } from './score-weights';
import { faultyContactsOf, visitOutcome } from './visit-outcome';

/** Pulse widths tried for a paresthesia program (µs) [U] the common clinical span of tonic SCS, 200–450 µs. */
export const BENCHMARK_PULSE_WIDTHS_US = [300, 200, 450] as const;
/** Contact sets refined over the other pulse widths after the first pass [U] keeps the search within seconds. */
export const BENCHMARK_REFINED_CANDIDATES = 2;
/** 10 kHz doses tried for a relief goal (mA) [U] inside the 1–5 mA clinical range of 10 kHz SCS (Kapural 2015, Anesthesiology 123:851). */
export const BENCHMARK_KILOHERTZ_DOSES_MA = [1.5, 2.5, 3.5] as const;
/** 10 kHz pulse width (µs) (Kapural 2015, Anesthesiology 123:851: 30 µs at 10 kHz). */
const KILOHERTZ_PULSE_WIDTH_US = 30;
/** Tonic rate of the benchmark (Hz) [U] a usual starting rate of tonic SCS. */
const TONIC_RATE_HZ = 50;

/** The benchmark's program(s) on the device and how it was found. */
export interface ExpertBenchmark {
  /** The case's session with the benchmark's programs saved to the device. */
  readonly session: Session;
  /** The chosen configuration in words ("lead 1: 2− 3+ · 300 µs · 3.4 mA"). */
  readonly description: string;
  /** Configurations simulated (each a threshold configuration through the one simulation path). */
  readonly configurationsTried: number;
  /** What the benchmark is: always "simple benchmark (single-lead bipoles and guarded tripoles)". */
  readonly label: string;
}

type Poles = { readonly cathode: number; readonly anodes: readonly number[] };

/** Bipoles both ways and guarded tripoles of neighbouring contacts on each lead, without faulty contacts. */
function contactSetsOf(implant: ResolvedImplant, faulty: ReadonlySet<number>): Poles[] {
  const sets: Poles[] = [];
  implant.leads.forEach((_, lead) => {
    const on = implant.contacts.filter((c) => c.leadIndex === lead).map((c) => c.number);
    for (let i = 0; i < on.length; i++) {
      const c = on[i]!;
      if (faulty.has(c)) continue;
      const up = on[i - 1];
      const down = on[i + 1];
      const ok = (n: number | undefined): n is number => n !== undefined && !faulty.has(n);
      if (ok(down)) sets.push({ cathode: c, anodes: [down] });
      if (ok(up)) sets.push({ cathode: c, anodes: [up] });
      if (ok(up) && ok(down)) sets.push({ cathode: c, anodes: [up, down] });
    }
  });
  return sets;
}

function areaOf(poles: Poles, pulseWidthUs: number, amplitudeMa: number): StimulationArea {
  return {
    contacts: [
      { electrode: poles.cathode, polarity: 'cathode', fractionPct: 100 },
      ...poles.anodes.map((a) => ({
        electrode: a,
        polarity: 'anode' as const,
        fractionPct: 100 / poles.anodes.length,
      })),
    ],
    amplitudeMa: mA(amplitudeMa),
    pulseWidthUs: us(pulseWidthUs),
    dosing: { mode: 'absolute' },
  };
}

function programOf(base: Program, area: StimulationArea, kilohertz: boolean): Program {
  return {
    ...base,
    name: 'Benchmark',
    paradigm: kilohertz ? { kind: 'highFrequency' } : { kind: 'tonic', recharge: 'active', interphaseGapUs: us(20) },
    rateHz: Hz(kilohertz ? 10_000 : TONIC_RATE_HZ),
    cycling: undefined,
    softStartS: 0,
    areas: [area],
  };
}

const withDevice = (session: Session, programs: readonly Program[]): Session => ({
  ...session,
  programs,
  devicePrograms: programs,
  activeProgram: 0,
});

/** The postures device programs are kept for: one per program a criterion names, else one supine. */
function devicePostures(criteria: readonly SuccessCriterion[]): Posture[] {
  const out: Posture[] = ['supine'];
  for (const c of criteria)
    if ('deviceProgram' in c && c.deviceProgram !== undefined) out[c.deviceProgram] = c.posture ?? 'supine';
  return Array.from(out, (p) => p ?? 'supine');
}

/**
 * The benchmark's search: deterministic, bounded by the contact sets × pulse widths (a few dozen configurations).
 * `session` is the case's session (`caseToSession`), `implant` its resolved implant.
 * @example expertBenchmark(engine, teachingCase, caseToSession(teachingCase), implant).description;
 */
export function expertBenchmark(
  engine: PhysiologyEngine,
  teachingCase: TeachingCase,
  session: Session,
  implant: ResolvedImplant,
): ExpertBenchmark {
  const base = session.programs[0]!;
  const kilohertz = teachingCase.success.some((c) => c.kind === 'relief');
  const postures = devicePostures(teachingCase.success);
  const sets = contactSetsOf(implant, faultyContactsOf(session));
  let tried = 0;
  type Candidate = { programs: Program[]; poles: Poles; score: number };
  const scored: Candidate[] = [];
  /** The device programs for a contact set at a pulse width, each set in its posture; null if never comfortable. */
  const programsFor = (
    poles: Poles,
    pulseWidthUs: number,
    inPostures: readonly Posture[],
    doseMa?: number,
  ): Program[] | null => {
    if (doseMa !== undefined) return [programOf(base, areaOf(poles, KILOHERTZ_PULSE_WIDTH_US, doseMa), true)];
    const out: Program[] = [];
    for (const posture of inPostures) {
      const probe = programOf(base, areaOf(poles, pulseWidthUs, 0), false);
      const c = configureSimulation(engine, withDevice(session, [probe]), implant, {
        programIndex: 0,
        areaIndex: 0,
        posture,
        stimulationOn: true,
      });
      tried++;
      if (c.comfortThresholdMa === null) return null;
      const top = c.discomfortThresholdMa ?? c.comfortThresholdMa;
      const halfwayMa = Math.max(c.comfortThresholdMa, Math.floor(((c.comfortThresholdMa + top) / 2) * 10) / 10);
      out.push(programOf(base, areaOf(poles, pulseWidthUs, Math.min(halfwayMa, c.ceiling.maxMa)), false));
    }
    return out;
  };
  const rank = (programs: Program[]): number => {
    const outcome = visitOutcome(engine, teachingCase, withDevice(session, programs), implant, EMPTY_VISIT_RECORD, {
      impedanceChecked: true,
      editCount: null,
    });
    const met = outcome.verdicts.filter((v) => v.met === true).length;
    const h = outcome.headline;
    const primary = kilohertz ? (h?.relief?.overallPct ?? 0) : (h?.coverage?.painCoveredPct ?? 0);
    const focus = h && h.paresthesia.length > 0 ? 100 - (h.coverage?.extraneousPct ?? 0) : kilohertz ? 100 : 0;
    // Criteria met first (the case's definition of success), then the rubric's own outcome weights.
    return met * 1000 + (SCORE_WEIGHTS.coverage * primary) / 100 + (SCORE_WEIGHTS.focus * focus) / 100;
  };
  /** Scores a candidate into `into`; an unsafe one (a blocking safety finding) is never the benchmark. */
  const consider = (
    into: Candidate[],
    poles: Poles,
    pulseWidthUs: number,
    inPostures: readonly Posture[],
    doseMa?: number,
  ) => {
    const programs = programsFor(poles, pulseWidthUs, inPostures, doseMa);
    if (!programs) return;
    if (doseMa !== undefined) tried++;
    if (blockingFindings(withDevice(session, programs), implant).length > 0) return;
    into.push({ programs, poles, score: rank(programs) });
  };
  const byScore = (list: readonly Candidate[]) => [...list].sort((a, b) => b.score - a.score);
  if (kilohertz) {
    for (const poles of sets.filter((p) => p.anodes.length === 1))
      for (const dose of BENCHMARK_KILOHERTZ_DOSES_MA)
        consider(scored, poles, KILOHERTZ_PULSE_WIDTH_US, postures, dose);
  } else {
    // First pass supine at the first pulse width; a case with a program per posture then sets the best few in each
    // posture (at that pulse width: switching posture rebuilds the fields, the costly part), others try the other widths.
    const first: Candidate[] = [];
    const perPosture = postures.length > 1;
    for (const poles of sets) consider(first, poles, BENCHMARK_PULSE_WIDTHS_US[0], ['supine']);
    const top = byScore(first).slice(0, BENCHMARK_REFINED_CANDIDATES);
    if (perPosture) for (const t of top) consider(scored, t.poles, BENCHMARK_PULSE_WIDTHS_US[0], postures);
    else {
      scored.push(...first);
      for (const t of top) for (const pw of BENCHMARK_PULSE_WIDTHS_US.slice(1)) consider(scored, t.poles, pw, postures);
    }
  }
  // Ties go to the first found (stable sort), so the choice does not depend on anything but the inputs.
  const best = byScore(scored)[0];
  const label = 'simple benchmark (single-lead bipoles and guarded tripoles)';
  if (!best)
    return {
      session: withDevice(session, []),
      description: 'no comfortable configuration found',
      configurationsTried: tried,
      label,
    };
  const a = best.programs[0]!.areas[0]!;
  const lead = implant.contacts.find((c) => c.number === best.poles.cathode)!.leadIndex + 1;
  const description = `lead ${lead}: ${best.poles.cathode}− ${best.poles.anodes.map((n) => `${n}+`).join(' ')} · ${best.programs[0]!.paradigm.kind === 'highFrequency' ? '10 kHz' : `${TONIC_RATE_HZ} Hz`} · ${a.pulseWidthUs} µs · ${best.programs.map((p) => `${p.areas[0]!.amplitudeMa.toFixed(1)} mA`).join(' / ')}`;
  return { session: withDevice(session, best.programs), description, configurationsTried: tried, label };
}
