/**
 * The programming assistant (issue 13): for a teaching case, the best program the simulator can find — contacts
 * (bipoles, guarded cathodes, two cathodes, side-by-side poles across two leads or paddle columns), current
 * fractions, pulse width and amplitude — for the case's goal: coverage of the pain (or relief for a relief goal),
 * little paresthesia outside it, comfortable, safe (no blocking finding), least battery draw as the tie-break.
 *
 * Every candidate goes through the one simulation path (`configureSimulation` → `simulateAt`). A configuration
 * (contacts, fractions, pulse width) is the expensive step, an amplitude a cheap query, so each configuration is
 * built once and its whole usage range queried (amplitude-sweep.ts). The search is staged and bounded:
 * 1. every contact pattern at the paradigm's preset pulse width;
 * 2. the best few at other pulse widths;
 * 3. the best few with their cathode current steered towards a neighbour.
 * A case with a program per posture searches each posture in turn (a posture change rebuilds the fields, the
 * costliest step), the later postures starting from the first posture's best patterns.
 * Deterministic: same case, same implant and impedances, same program. See docs/scoring.md, "The programming assistant".
 */
import type { Posture } from '../../anatomy/patient-anatomy';
import type { ResolvedImplant } from '../../hardware/implant';
import type { ImpedanceReport } from '../../impedance/check';
import { buildImpedanceModel } from '../../impedance/model';
import { impedanceInputsOf } from '../../session/device-state';
import type { Program } from '../../program/types';
import type { Session } from '../../session/session';
import type { PhysiologyEngine } from '../../simulation/engine';
import type { TeachingCase } from '../case-schema';
import { describeProgram, assistantProgram, type AssistantParadigm } from './assistant-program';
import { sweepConfiguration, type SweepContext, type SweptConfiguration } from './amplitude-sweep';
import { contactPatterns, steeredPatterns, type ContactPattern } from './contact-patterns';
import { faultyContactsFromImpedance } from './faulty-contacts';
import { compareMerit, goalOf, type AssistantGoal } from './goal';

/** Tonic pulse widths tried after the first pass (µs) [U] the common clinical span of tonic SCS, 200–450 µs, and a wide 600 µs that reaches deeper fibres. */
export const ASSISTANT_TONIC_PULSE_WIDTHS_US = [300, 200, 450, 600] as const;
/** Patterns carried from the first pass to the pulse-width pass [U] keeps the search within seconds. */
export const ASSISTANT_PULSE_WIDTH_CANDIDATES = 6;
/** Configurations carried to the steering pass [U] keeps the search within seconds. */
export const ASSISTANT_STEERING_CANDIDATES = 3;
/** Shares of the first cathode tried when steering (%) [U] quarter steps, as programmer steering moves current. */
export const ASSISTANT_STEERING_SHARES_PCT = [75, 50, 25] as const;
/** Patterns a later posture starts from: the first posture's best [U] thresholds scale with posture, the ranking of patterns changes little. */
export const ASSISTANT_LATER_POSTURE_PATTERNS = 12;
/** 10 kHz pulse width (µs) (Kapural 2015, Anesthesiology 123:851: 30 µs at 10 kHz). */
const KILOHERTZ_PULSE_WIDTH_US = 30;

/** Options of the assistant. */
export interface AssistantOptions {
  /** The impedance check the assistant is told about: contacts it shows open or shorted are never used. */
  readonly impedance?: ImpedanceReport | null;
  /** Told the fraction of the search done (0–1), after each configuration and at the end. */
  readonly onProgress?: (fractionDone: number) => void;
  /** Cancellation (an AbortSignal fits): once aborted, the search stops after the configuration under way. */
  readonly signal?: { readonly aborted: boolean };
}

/** One device program the assistant found, with what the patient feels at it. */
export interface AssistedProgram extends SweptConfiguration {
  readonly posture: Posture;
  readonly pattern: ContactPattern;
  /** "lead 1: 4− 5+ · 50 Hz · 300 µs · 3.3 mA". */
  readonly description: string;
}

/** The assistant's answer. */
export interface AssistantResult {
  /** The case's session with the assistant's programs as the working and device programs. */
  readonly session: Session;
  /** One per device program (posture order of the goal); empty when nothing usable was found. */
  readonly programs: readonly AssistedProgram[];
  readonly goal: AssistantGoal;
  /** Contacts left out because the impedance check shows them open or shorted. */
  readonly avoidedContacts: readonly number[];
  /** Configurations built (each one expensive step through the one simulation path). */
  readonly configurationsTried: number;
  /** False when the search was cancelled: the programs are then the best found so far. */
  readonly complete: boolean;
}

const keyOf = (pattern: ContactPattern, pulseWidthUs: number) =>
  JSON.stringify([pattern.cathodes, pattern.anodes, pulseWidthUs]);

interface Found {
  readonly pattern: ContactPattern;
  readonly pulseWidthUs: number;
  readonly swept: SweptConfiguration;
}

const better = (a: Found, b: Found) => compareMerit(b.swept.merit, a.swept.merit);

/**
 * The assistant's best program(s) for a case. `session` is the case's session (`caseToSession`), `implant` its
 * resolved implant; `engine` keeps the case's fields between calls, so a second search of the same case is faster.
 * @example programmingAssistant(engine, teachingCase, session, implant, { impedance: impedanceCheck(implant, session.faults) }).programs[0].description;
 */
export function programmingAssistant(
  engine: PhysiologyEngine,
  teachingCase: TeachingCase,
  session: Session,
  implant: ResolvedImplant,
  options: AssistantOptions = {},
): AssistantResult {
  const goal = goalOf(teachingCase);
  const faulty = options.impedance ? faultyContactsFromImpedance(options.impedance) : new Set<number>();
  const base = session.programs[0]!;
  const paradigm: AssistantParadigm = goal.outcome === 'relief' ? 'highFrequency' : 'tonic';
  const pulseWidths: readonly number[] =
    paradigm === 'highFrequency' ? [KILOHERTZ_PULSE_WIDTH_US] : ASSISTANT_TONIC_PULSE_WIDTHS_US;
  const context: SweepContext = {
    engine,
    session,
    implant,
    goal,
    energyModel: buildImpedanceModel(implant, session.faults, impedanceInputsOf(session, implant).impedance),
  };
  const allPatterns = contactPatterns(implant, faulty);
  // An upper bound of the configurations, for the progress fraction; the end reports 1 whatever was skipped.
  const perPosture = (patterns: number) =>
    patterns +
    ASSISTANT_PULSE_WIDTH_CANDIDATES * (pulseWidths.length - 1) +
    ASSISTANT_STEERING_CANDIDATES * 4 * ASSISTANT_STEERING_SHARES_PCT.length;
  const planned = goal.postures.reduce(
    (sum, _, i) =>
      sum + perPosture(i === 0 ? allPatterns.length : Math.min(allPatterns.length, ASSISTANT_LATER_POSTURE_PATTERNS)),
    0,
  );
  let tried = 0;
  let stopped = false;
  const report = () => options.onProgress?.(Math.min(1, tried / planned));
  const programs: AssistedProgram[] = [];
  let firstPostureRanking: Found[] = [];

  goal.postures.forEach((posture, programIndex) => {
    if (stopped) return;
    const seen = new Map<string, Found | null>();
    const found: Found[] = [];
    const trial = (pattern: ContactPattern, pulseWidthUs: number): Found | null => {
      const key = keyOf(pattern, pulseWidthUs);
      if (seen.has(key)) return seen.get(key)!;
      if (options.signal?.aborted) {
        stopped = true;
        return null;
      }
      const swept = sweepConfiguration(
        context,
        assistantProgram(base, pattern, paradigm, pulseWidthUs, 0),
        posture,
        programIndex,
      );
      tried++;
      report();
      const f = swept ? { pattern, pulseWidthUs, swept } : null;
      seen.set(key, f);
      if (f) found.push(f);
      return f;
    };
    // 1. Every pattern (a later posture: the first posture's best) at the preset pulse width.
    const patterns =
      programIndex === 0
        ? allPatterns
        : firstPostureRanking.slice(0, ASSISTANT_LATER_POSTURE_PATTERNS).map((f) => f.pattern);
    for (const p of patterns) if (!stopped) trial(p, pulseWidths[0]!);
    const firstPass = [...found].sort(better);
    if (programIndex === 0) firstPostureRanking = firstPass;
    // 2. The best few at the other pulse widths.
    for (const f of firstPass.slice(0, ASSISTANT_PULSE_WIDTH_CANDIDATES))
      for (const pw of pulseWidths.slice(1)) if (!stopped) trial(f.pattern, pw);
    // 3. The best few with their cathode current steered.
    for (const f of [...found].sort(better).slice(0, ASSISTANT_STEERING_CANDIDATES))
      for (const p of steeredPatterns(f.pattern, implant, faulty, ASSISTANT_STEERING_SHARES_PCT))
        if (!stopped) trial(p, f.pulseWidthUs);
    const best = [...found].sort(better)[0];
    if (best)
      programs.push({
        ...best.swept,
        program: { ...best.swept.program, name: goal.postures.length > 1 ? `Assistant (${posture})` : 'Assistant' },
        posture,
        pattern: best.pattern,
        description: describeProgram(best.swept.program, implant),
      });
  });
  options.onProgress?.(1);
  const device: Program[] = programs.length === goal.postures.length ? programs.map((p) => p.program) : [];
  return {
    session: {
      ...session,
      programs: device.length > 0 ? device : session.programs,
      devicePrograms: device,
      activeProgram: 0,
    },
    programs,
    goal,
    avoidedContacts: [...faulty].sort((a, b) => a - b),
    configurationsTried: tried,
    complete: !stopped,
  };
}
