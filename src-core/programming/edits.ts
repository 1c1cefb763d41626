import type { LeadPlacement } from '../hardware/placement';
import type { Cycling, Dosing, ElectrodeRef, Paradigm, Program, StimulationArea } from '../program/types';
import type { DeviceConditions, HardwareFault, PainRegion, Session } from '../session/session';
import { MAX_PROGRAM_NAME_CHARS } from '../session/bounds';
import type { Hertz, Microseconds, Milliamps } from '../units';
import { Hz, mA, us } from '../units';
import type { ContactState } from './contacts';
import { contactState, nextContactState, withContactState, withFraction } from './contacts';
import type { SteerDirection, SteerStep, SteeringImplant } from './steering';
import { steerArea } from './steering';

/** Addresses one area of one program. */
export interface AreaRef {
  readonly program: number;
  readonly area: number;
}

/**
 * Every change a trainee can make, as data: the same edits drive the UI, undo/redo, tests and replay.
 * Edits that change what a pulse does to tissue (polarity, pulse width, paradigm) reset the area's amplitude to 0
 * when the session's `resetAmplitudeOnChange` setting is on, as clinicians are taught. A `steer` step that only moves
 * a share of the current between contacts keeps the amplitude; whole-contact steps (single source, focus, spread)
 * follow the reset rule (see steering.ts).
 */
export type Edit =
  | ({ readonly kind: 'setAmplitude'; readonly amplitudeMa: Milliamps } & AreaRef)
  | ({ readonly kind: 'setPulseWidth'; readonly pulseWidthUs: Microseconds } & AreaRef)
  | ({ readonly kind: 'cycleContact'; readonly electrode: ElectrodeRef } & AreaRef)
  | ({ readonly kind: 'setContactState'; readonly electrode: ElectrodeRef; readonly state: ContactState } & AreaRef)
  | ({ readonly kind: 'setFraction'; readonly electrode: ElectrodeRef; readonly fractionPct: number } & AreaRef)
  | ({ readonly kind: 'setDosing'; readonly dosing: Dosing } & AreaRef)
  /** One steering step (see steering.ts); `implant` gives the contacts' positions. A refused step changes nothing. */
  | ({
      readonly kind: 'steer';
      readonly direction: SteerDirection;
      readonly implant: SteeringImplant;
      /** Arrow steps of whole contacts instead of current shares (see SteerStep); default shares. */
      readonly step?: SteerStep;
    } & AreaRef)
  | { readonly kind: 'setRate'; readonly program: number; readonly rateHz: Hertz }
  | {
      readonly kind: 'setParadigm';
      readonly program: number;
      readonly paradigm: Paradigm;
      /** Switching family also sets the rate and every area's pulse width (see PARADIGM_PRESETS); omit to keep them. */
      readonly rateHz?: Hertz;
      readonly pulseWidthUs?: Microseconds;
    }
  | { readonly kind: 'setPatientMax'; readonly program: number; readonly patientMaxMa: Milliamps }
  | { readonly kind: 'setCycling'; readonly program: number; readonly cycling: Cycling | undefined }
  | { readonly kind: 'setSoftStart'; readonly program: number; readonly softStartS: number }
  | { readonly kind: 'addArea'; readonly program: number }
  | ({ readonly kind: 'removeArea' } & AreaRef)
  | { readonly kind: 'addProgram'; readonly name: string }
  | { readonly kind: 'removeProgram'; readonly program: number }
  /** A new name, trimmed; a blank or over-long one (see programNameProblem) changes nothing. */
  | { readonly kind: 'renameProgram'; readonly program: number; readonly name: string }
  | { readonly kind: 'selectProgram'; readonly program: number }
  | { readonly kind: 'setPlacement'; readonly lead: number; readonly placement: LeadPlacement }
  | { readonly kind: 'setPainMap'; readonly painMap: readonly PainRegion[] }
  | { readonly kind: 'setFaults'; readonly faults: readonly HardwareFault[] }
  /** Instructor-set conditions (impedance rise, battery, compliance); `{}` clears them. */
  | { readonly kind: 'setConditions'; readonly conditions: DeviceConditions };

/** Why a program name cannot be used, or undefined when it can (`name` as typed; it is trimmed). */
export function programNameProblem(name: string): string | undefined {
  const trimmed = name.trim();
  if (trimmed.length === 0) return 'A program needs a name.';
  if (trimmed.length > MAX_PROGRAM_NAME_CHARS)
    return `A program name holds at most ${MAX_PROGRAM_NAME_CHARS} characters (this one has ${trimmed.length}).`;
  return undefined;
}

/** A new area: nothing on yet (the trainee chooses contacts), amplitude 0, the given pulse width, absolute dosing. */
export function emptyArea(pulseWidthUs: Microseconds): StimulationArea {
  return { contacts: [], amplitudeMa: mA(0), pulseWidthUs, dosing: { mode: 'absolute' } };
}

function replaceAt<T>(items: readonly T[], index: number, replacement: T): T[] {
  return items.map((item, i) => (i === index ? replacement : item));
}

/**
 * True when two small JSON-like values hold the same data. Key order counts, so a false "different" is possible for
 * objects built in another order — that costs one needless undo step, never a wrong result.
 */
const sameData = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);

/** Applies `update` to one program; when it returns the program unchanged, so is the session (no undo step). */
function updateProgram(session: Session, index: number, update: (program: Program) => Program): Session {
  const program = session.programs[index];
  if (!program) return session;
  const updated = update(program);
  if (updated === program) return session;
  return { ...session, programs: replaceAt(session.programs, index, updated) };
}

function updateArea(session: Session, ref: AreaRef, update: (area: StimulationArea) => StimulationArea): Session {
  return updateProgram(session, ref.program, (program) => {
    const area = program.areas[ref.area];
    if (!area) return program;
    const updated = update(area);
    return updated === area ? program : { ...program, areas: replaceAt(program.areas, ref.area, updated) };
  });
}

const resetIf = (session: Session, area: StimulationArea): StimulationArea =>
  session.settings.resetAmplitudeOnChange ? { ...area, amplitudeMa: mA(0) } : area;

/**
 * Applies one edit to the working programs (never to `devicePrograms`). Edits that address a program or area that
 * does not exist, or that set a value to what it already is, return the same session object (so a visit records no
 * undo step for them). Validity is checked separately (validateProgram), so an edit can pass through an invalid state
 * on the way to a valid one — as on a real programmer.
 *
 * @example
 * applyEdit(session, { kind: 'cycleContact', program: 0, area: 0, electrode: 3 }); // contact 3 becomes −
 */
export function applyEdit(session: Session, edit: Edit): Session {
  switch (edit.kind) {
    case 'setAmplitude':
      return updateArea(session, edit, (area) =>
        Object.is(area.amplitudeMa, edit.amplitudeMa) ? area : { ...area, amplitudeMa: edit.amplitudeMa },
      );
    case 'setPulseWidth':
      return updateArea(session, edit, (area) =>
        area.pulseWidthUs === edit.pulseWidthUs ? area : resetIf(session, { ...area, pulseWidthUs: edit.pulseWidthUs }),
      );
    case 'cycleContact':
      return updateArea(session, edit, (area) =>
        resetIf(session, {
          ...area,
          contacts: withContactState(
            area.contacts,
            edit.electrode,
            nextContactState(contactState(area.contacts, edit.electrode)),
          ),
        }),
      );
    case 'setContactState':
      return updateArea(session, edit, (area) =>
        contactState(area.contacts, edit.electrode) === edit.state
          ? area
          : resetIf(session, { ...area, contacts: withContactState(area.contacts, edit.electrode, edit.state) }),
      );
    case 'setFraction':
      return updateArea(session, edit, (area) => {
        const contacts = withFraction(area.contacts, edit.electrode, edit.fractionPct);
        return sameData(contacts, area.contacts) ? area : { ...area, contacts };
      });
    case 'steer': {
      const area = session.programs[edit.program]?.areas[edit.area];
      const steered =
        area && steerArea(area, edit.implant, edit.direction, session.settings.resetAmplitudeOnChange, edit.step);
      return steered?.ok ? updateArea(session, edit, () => steered.area) : session;
    }
    case 'setDosing':
      return updateArea(session, edit, (area) =>
        sameData(area.dosing, edit.dosing) ? area : { ...area, dosing: edit.dosing },
      );
    case 'setRate':
      return updateProgram(session, edit.program, (program) =>
        Object.is(program.rateHz, edit.rateHz) ? program : { ...program, rateHz: edit.rateHz },
      );
    case 'setParadigm':
      return updateProgram(session, edit.program, (program) =>
        sameData(program.paradigm, edit.paradigm) &&
        (edit.rateHz === undefined || Object.is(edit.rateHz, program.rateHz)) &&
        (edit.pulseWidthUs === undefined || program.areas.every((a) => Object.is(a.pulseWidthUs, edit.pulseWidthUs)))
          ? program
          : {
              ...program,
              paradigm: edit.paradigm,
              rateHz: edit.rateHz ?? program.rateHz,
              areas: program.areas.map((area) =>
                resetIf(session, { ...area, pulseWidthUs: edit.pulseWidthUs ?? area.pulseWidthUs }),
              ),
            },
      );
    case 'setPatientMax':
      return updateProgram(session, edit.program, (program) =>
        Object.is(program.patientMaxMa, edit.patientMaxMa) ? program : { ...program, patientMaxMa: edit.patientMaxMa },
      );
    case 'setCycling':
      return updateProgram(session, edit.program, (program) =>
        sameData(program.cycling, edit.cycling) ? program : { ...program, cycling: edit.cycling },
      );
    case 'setSoftStart':
      return updateProgram(session, edit.program, (program) =>
        Object.is(program.softStartS, edit.softStartS) ? program : { ...program, softStartS: edit.softStartS },
      );
    case 'addArea':
      return updateProgram(session, edit.program, (program) => ({
        ...program,
        areas: [...program.areas, emptyArea(program.areas.at(-1)?.pulseWidthUs ?? us(300))],
      }));
    case 'removeArea':
      return updateProgram(session, edit.program, (program) =>
        program.areas.length <= 1 || !program.areas[edit.area]
          ? program
          : { ...program, areas: program.areas.filter((_, i) => i !== edit.area) },
      );
    case 'addProgram': {
      const template = session.programs[session.activeProgram];
      const program: Program = {
        name: edit.name,
        paradigm: { kind: 'tonic', recharge: 'active', interphaseGapUs: us(20) },
        rateHz: Hz(50),
        areas: [emptyArea(us(300))],
        cycling: undefined,
        softStartS: 0,
        patientMaxMa: template?.patientMaxMa ?? mA(25.5),
      };
      return { ...session, programs: [...session.programs, program], activeProgram: session.programs.length };
    }
    case 'removeProgram': {
      if (session.programs.length <= 1 || !session.programs[edit.program]) return session;
      const programs = session.programs.filter((_, i) => i !== edit.program);
      return { ...session, programs, activeProgram: Math.min(session.activeProgram, programs.length - 1) };
    }
    case 'renameProgram': {
      const name = edit.name.trim();
      if (programNameProblem(name) !== undefined) return session;
      return updateProgram(session, edit.program, (program) =>
        program.name === name ? program : { ...program, name },
      );
    }
    case 'selectProgram':
      return session.programs[edit.program] && session.activeProgram !== edit.program
        ? { ...session, activeProgram: edit.program }
        : session;
    case 'setPlacement': {
      const lead = session.hardware.leads[edit.lead];
      if (!lead || sameData(lead.placement, edit.placement)) return session;
      const leads = replaceAt(session.hardware.leads, edit.lead, { ...lead, placement: edit.placement });
      return { ...session, hardware: { ...session.hardware, leads } };
    }
    case 'setPainMap':
      return sameData(session.patient.painMap, edit.painMap)
        ? session
        : { ...session, patient: { ...session.patient, painMap: edit.painMap } };
    case 'setFaults':
      return sameData(session.faults, edit.faults) ? session : { ...session, faults: edit.faults };
    case 'setConditions': {
      if (sameData(session.conditions ?? {}, edit.conditions)) return session;
      const { conditions: _dropped, ...rest } = session;
      return Object.keys(edit.conditions).length > 0 ? { ...rest, conditions: edit.conditions } : rest;
    }
  }
}
