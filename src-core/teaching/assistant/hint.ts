/**
 * A hint (issue 13): the trainee's current program against the assistant's best, turned into one concrete next step
 * in words — "try the cathode one contact lower (contact 5)", "widen the pulse to 450 µs", "lower the amplitude: the
 * patient is above discomfort". Built only from facts: the two programs and the trainee's program simulated through
 * the one simulation path. The first difference that matters, in a fixed order, is the hint: the patient's comfort,
 * a faulty contact, the paradigm, then where the cathode sits, the anodes, the current shares, the pulse width and
 * the amplitude. Deterministic: same programs, same hint.
 */
import type { ResolvedImplant } from '../../hardware/implant';
import type { Program, StimulationArea } from '../../program/types';
import type { Session } from '../../session/session';
import type { PhysiologyEngine } from '../../simulation/engine';
import { configureSimulation, simulateAt } from '../../simulation/simulate';
import { contactLines } from './contact-patterns';
import type { AssistantResult } from './search';

/** Which step a hint asks for. */
export type HintKind =
  | 'startProgram'
  | 'lowerAmplitude'
  | 'avoidFaultyContact'
  | 'switchParadigm'
  | 'moveCathode'
  | 'addCathode'
  | 'removeCathode'
  | 'moveAnode'
  | 'shiftCurrent'
  | 'pulseWidth'
  | 'raiseAmplitude'
  | 'setAmplitude'
  | 'matchesAssistant'
  | 'noAssistantProgram';

/** One next step in words, with what it is about. */
export interface AssistantHint {
  readonly kind: HintKind;
  readonly text: string;
}

/** A pulse width this far (µs) from the assistant's is worth a hint [U] the 50 µs a programmer's coarse step moves. */
const PULSE_WIDTH_WORTH_SAYING_US = 50;
/** A cathode share this far (percentage points) from the assistant's is worth a hint [U] about one steering step. */
const SHARE_WORTH_SAYING_PCT = 15;
/** An amplitude this far (mA) from the assistant's is worth a hint [U] a few device steps. */
const AMPLITUDE_WORTH_SAYING_MA = 0.3;

const fmt = (ma: number) => `${ma.toFixed(1)} mA`;
const electrodes = (area: StimulationArea, polarity: 'cathode' | 'anode') =>
  area.contacts.filter((c) => c.polarity === polarity);
const contactsOf = (area: StimulationArea, polarity: 'cathode' | 'anode') =>
  electrodes(area, polarity).flatMap((c) => (c.electrode === 'case' ? [] : [c.electrode]));

/** The pole carrying the largest share of a polarity (lowest number on a tie). */
function mainContact(area: StimulationArea, polarity: 'cathode' | 'anode'): number | undefined {
  const list = electrodes(area, polarity).filter((c) => c.electrode !== 'case');
  list.sort((a, b) => b.fractionPct - a.fractionPct || (a.electrode as number) - (b.electrode as number));
  return list[0]?.electrode as number | undefined;
}

const COUNT_WORDS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven'];
const stepsInWords = (n: number) => `${COUNT_WORDS[n] ?? String(n)} contact${n === 1 ? '' : 's'}`;

/** Where `to` lies from `from` in words a clinician uses: along the same line in contacts, else on which lead. */
function whereTo(implant: ResolvedImplant, from: number, to: number): string {
  for (const line of contactLines(implant)) {
    const i = line.contacts.findIndex((c) => c.number === from);
    const j = line.contacts.findIndex((c) => c.number === to);
    if (i >= 0 && j >= 0) return `${stepsInWords(Math.abs(j - i))} ${j > i ? 'lower' : 'higher'} (contact ${to})`;
  }
  const a = implant.contacts[from]!;
  const b = implant.contacts[to]!;
  if (a.leadIndex !== b.leadIndex) return `over to lead ${b.leadIndex + 1} (contact ${to})`;
  const side = b.centre.lateralMm > a.centre.lateralMm ? 'left' : 'right';
  return `one column to the patient's ${side} (contact ${to})`;
}

/** The assistant's program for the trainee's active program (one per posture; the last if the trainee has more). */
function assistantProgramFor(assistant: AssistantResult, activeProgram: number) {
  const list = assistant.programs;
  return list[Math.min(activeProgram, list.length - 1)];
}

/**
 * One next step for the trainee's active working program of `session`, against `assistant` (the assistant's result
 * for the same case). The trainee's program is simulated at its amplitude, in the posture of the assistant's program.
 * @example assistantHint(engine, session, implant, assistant).text; // "Try the cathode one contact lower (contact 5)."
 */
export function assistantHint(
  engine: PhysiologyEngine,
  session: Session,
  implant: ResolvedImplant,
  assistant: AssistantResult,
): AssistantHint {
  const best = assistantProgramFor(assistant, session.activeProgram);
  if (!best)
    return {
      kind: 'noAssistantProgram',
      text: 'The assistant found no comfortable program for this case: check the impedances and the lead position.',
    };
  const target = best.program.areas[0]!;
  const goalCathode = mainContact(target, 'cathode')!;
  const goalAnode = mainContact(target, 'anode');
  const program: Program | undefined = session.programs[session.activeProgram];
  const area = program?.areas[0];
  const cathodes = area ? contactsOf(area, 'cathode') : [];
  const anodes = area ? electrodes(area, 'anode') : [];
  if (!program || !area || cathodes.length === 0 || anodes.length === 0)
    return {
      kind: 'startProgram',
      text: `Start with the cathode (−) on contact ${goalCathode}${goalAnode === undefined ? '' : ` and the anode (+) on contact ${goalAnode}`}.`,
    };
  const trainee = { ...session, programs: [program], activeProgram: 0 };
  const configured = configureSimulation(engine, trainee, implant, {
    programIndex: 0,
    areaIndex: 0,
    posture: best.posture,
    stimulationOn: true,
  });
  const amplitudeMa = area.amplitudeMa as number;
  const result = simulateAt(configured, amplitudeMa, session.patient.painMap, assistant.goal.afterMin);
  const { perceptionThresholdMa: pt, comfortThresholdMa: comfort, discomfortThresholdMa: discomfort } = configured;
  if (result.uncomfortable)
    return {
      kind: 'lowerAmplitude',
      text: `Lower the amplitude: the patient is above discomfort (${fmt(amplitudeMa)}${discomfort === null ? '' : `, discomfort from ${fmt(discomfort)}`}).`,
    };
  const faulty = [...cathodes, ...contactsOf(area, 'anode')].filter((c) => assistant.avoidedContacts.includes(c));
  if (faulty.length > 0)
    return {
      kind: 'avoidFaultyContact',
      text: `Contact ${faulty[0]} reads open or shorted on the impedance check: move that pole to a healthy contact.`,
    };
  if (program.paradigm.kind !== best.program.paradigm.kind) {
    const to =
      best.program.paradigm.kind === 'highFrequency'
        ? `10 kHz at ${target.pulseWidthUs} µs: the goal is relief without paresthesia`
        : `tonic stimulation: the goal is paresthesia over the pain`;
    return { kind: 'switchParadigm', text: `Switch to ${to}.` };
  }
  if (assistant.goal.paresthesiaFree && result.paresthesia.length > 0)
    return {
      kind: 'lowerAmplitude',
      text: `Lower the amplitude below perception${pt === null ? '' : ` (${fmt(pt)})`}: this therapy should not be felt.`,
    };
  const traineeCathode = mainContact(area, 'cathode')!;
  if (traineeCathode !== goalCathode && !cathodes.includes(goalCathode))
    return { kind: 'moveCathode', text: `Try the cathode ${whereTo(implant, traineeCathode, goalCathode)}.` };
  const goalCathodes = contactsOf(target, 'cathode');
  const missing = goalCathodes.filter((c) => !cathodes.includes(c));
  if (missing.length > 0)
    return {
      kind: 'addCathode',
      text: `Add contact ${missing[0]} as a second cathode, sharing the current with contact ${goalCathode}.`,
    };
  const extra = cathodes.filter((c) => !goalCathodes.includes(c));
  if (extra.length > 0)
    return {
      kind: 'removeCathode',
      text: `Take the cathode off contact ${extra[0]}: keep the current on contact ${goalCathode}.`,
    };
  const goalAnodes = contactsOf(target, 'anode');
  const anodeContacts = contactsOf(area, 'anode');
  const missingAnode = goalAnodes.find((c) => !anodeContacts.includes(c));
  const extraAnode = anodeContacts.find((c) => !goalAnodes.includes(c));
  if (missingAnode !== undefined || extraAnode !== undefined) {
    const text =
      missingAnode !== undefined && extraAnode !== undefined
        ? `Move the anode from contact ${extraAnode} to contact ${missingAnode}.`
        : missingAnode !== undefined
          ? `Add an anode on contact ${missingAnode}${goalAnodes.length > 1 ? ' to guard the cathode' : ''}.`
          : `Take the anode off contact ${extraAnode}.`;
    return { kind: 'moveAnode', text };
  }
  if (goalCathodes.length > 1) {
    const share = (a: StimulationArea, c: number) =>
      a.contacts.find((k) => k.electrode === c && k.polarity === 'cathode')!.fractionPct;
    const off = goalCathodes.find((c) => Math.abs(share(area, c) - share(target, c)) >= SHARE_WORTH_SAYING_PCT);
    if (off !== undefined)
      return {
        kind: 'shiftCurrent',
        text: `${share(area, off) < share(target, off) ? 'Shift more' : 'Shift less'} cathode current to contact ${off}: about ${Math.round(share(target, off))} %.`,
      };
  }
  const widthUs = area.pulseWidthUs as number;
  const goalWidthUs = target.pulseWidthUs as number;
  if (Math.abs(widthUs - goalWidthUs) >= PULSE_WIDTH_WORTH_SAYING_US)
    return {
      kind: 'pulseWidth',
      text: `${goalWidthUs > widthUs ? 'Widen' : 'Narrow'} the pulse to ${goalWidthUs} µs (now ${widthUs} µs).`,
    };
  const goalMa = target.amplitudeMa as number;
  if (!assistant.goal.paresthesiaFree && (comfort === null || amplitudeMa < comfort))
    return {
      kind: 'raiseAmplitude',
      text:
        pt !== null && amplitudeMa < pt
          ? `Raise the amplitude: nothing is felt below ${fmt(pt)}; the assistant uses ${fmt(goalMa)}.`
          : `Raise the amplitude: it is below the comfort level${comfort === null ? '' : ` (${fmt(comfort)})`}; the assistant uses ${fmt(goalMa)}.`,
    };
  if (Math.abs(amplitudeMa - goalMa) >= AMPLITUDE_WORTH_SAYING_MA)
    return {
      kind: 'setAmplitude',
      text: `${goalMa > amplitudeMa ? 'Raise' : 'Lower'} the amplitude to about ${fmt(goalMa)} (now ${fmt(amplitudeMa)}).`,
    };
  return {
    kind: 'matchesAssistant',
    text: "Your program matches the assistant's best: record the thresholds and save it to the device.",
  };
}
