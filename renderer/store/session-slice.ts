import type { StateCreator } from 'zustand/vanilla';
import type {
  BlockingFinding,
  Edit,
  HardwareCatalogue,
  ProgramIssue,
  ResolvedImplant,
  Session,
  Visit,
} from '../../src-core';
import {
  canRecordSafetyOverride,
  createNewSession,
  defaultCatalogue,
  edit,
  redo,
  resolveImplant,
  revertToDevice,
  saveToDevice,
  startVisit,
  undo,
  validateProgram,
} from '../../src-core';
import type { AppState } from './app-store';
import { selectActiveArea } from './selectors';
import { EMPTY_VISIT_LOG } from './teaching-slice';

/** The programming visit and what is derived from it on every change (implant placement, program problems). */
export interface SessionSlice {
  readonly visit: Visit;
  /** The implant with contacts placed; recomputed only when the hardware changes. */
  readonly implant: ResolvedImplant;
  /** Problems of every working program, with paths like `programs.0.areas.0.contacts`. */
  readonly programIssues: readonly ProgramIssue[];
  /** The area the panel edits within the active program. */
  readonly activeArea: number;
  /**
   * Whether the (virtual) device is stimulating: off, the patient feels nothing whatever the program says. Not part
   * of the session file — like a real IPG, a visit starts with stimulation on.
   */
  readonly stimulationOn: boolean;
  setStimulationOn(on: boolean): void;
  /**
   * Applies an edit. `atMs` (default: the renderer's clock now) lets consecutive edits of one continuous control
   * — a slider drag, a held arrow key — share one undo step (see `edit` in the core).
   */
  applyEdit(change: Edit, atMs?: number): void;
  /**
   * An instructor's fault as an edit (a lead faults, conditions, a migrated placement): undoable like any edit, but
   * neither the trainee's edit count nor a trainee action that detects a fault.
   */
  applyInstructorEdit(change: Edit): void;
  undo(): void;
  redo(): void;
  /**
   * The blocking safety findings of the last save to the device, refused for them, and the refusal in one line: while
   * set, the override dialog names them and asks whether to save anyway. Undefined otherwise.
   */
  readonly unsafeSave: { readonly findings: readonly BlockingFinding[]; readonly message: string } | undefined;
  /**
   * Writes the working programs to the virtual device; false when refused, with a message naming the program, area
   * and limit — in the override dialog (`unsafeSave`) for safety findings, in the status line otherwise.
   */
  saveToDevice(): boolean;
  /**
   * Saves despite the findings the dialog showed, on a clinician's explicit decision, and logs it in the visit
   * record (`nowMs` on the renderer's performance clock, `nowIso` its wall clock). False when still refused.
   */
  overrideAndSaveToDevice(decision: { clinician: string; reason: string }, nowMs: number, nowIso: string): boolean;
  /** Closes the override dialog without saving; the refusal stays in the status line. */
  cancelUnsafeSave(): void;
  revertToDevice(): void;
  /** Replaces the whole session (open / new) and clears history. */
  loadSession(session: Session, implant: ResolvedImplant): void;
  setActiveArea(index: number): void;
}

const catalogue: HardwareCatalogue = defaultCatalogue();

function resolveOrThrow(session: Session): ResolvedImplant {
  const resolved = resolveImplant(session.hardware, catalogue);
  // Sessions reach the store only through restoreSession or edits of a resolved session, so this cannot fail
  // unless the catalogue itself is broken — which is a bug to surface, not to hide.
  if (!resolved.ok) throw new Error(`Cannot resolve the implant: ${resolved.error}`);
  return resolved.implant;
}

const issuesOf = (visit: Visit, implant: ResolvedImplant) =>
  visit.session.programs.flatMap((program, index) => validateProgram(program, implant, index));

/** State derived from a visit; the implant is reused when the hardware object is unchanged. */
function derive(visit: Visit, previous?: { visit: Visit; implant: ResolvedImplant }) {
  const implant =
    previous && previous.visit.session.hardware === visit.session.hardware
      ? previous.implant
      : resolveOrThrow(visit.session);
  return { visit, implant, programIssues: issuesOf(visit, implant) };
}

const initialVisit = startVisit(createNewSession());

/** What an edit that resets the amplitude changed, in the words of the notice. */
const RESET_CAUSE: Partial<Record<Edit['kind'], string>> = {
  cycleContact: 'polarity change',
  setContactState: 'polarity change',
  setPulseWidth: 'pulse-width change',
  setParadigm: 'paradigm change',
  steer: 'change of contacts',
};

export const createSessionSlice: StateCreator<AppState, [], [], SessionSlice> = (set, get) => {
  const replaceVisit = (visit: Visit, dirty = true) =>
    set((state) => {
      if (visit === state.visit) return state;
      const program = visit.session.programs[visit.session.activeProgram];
      const activeArea = Math.min(state.activeArea, Math.max(0, (program?.areas.length ?? 1) - 1));
      return { ...derive(visit, state), activeArea, dirty: dirty || state.dirty };
    });
  return {
    ...derive(initialVisit),
    activeArea: 0,
    stimulationOn: true,
    setStimulationOn: (stimulationOn) => set({ stimulationOn }),
    applyEdit: (change, atMs = performance.now()) => {
      // A polarity, pulse-width or paradigm change sets the amplitude to 0 (the habit trainees must learn): say so,
      // or the patient "going quiet" looks like a fault.
      const cause = RESET_CAUSE[change.kind];
      const before = selectActiveArea(get()).amplitudeMa;
      const previous = get().visit;
      replaceVisit(edit(previous, change, atMs));
      const { visit, visitLog } = get();
      // A program edit that opened a new undo step counts once (a slider drag is one); the pain drawing is not programming.
      if (visit !== previous && visit.past !== previous.past && change.kind !== 'setPainMap')
        set({ visitLog: { ...visitLog, editCount: visitLog.editCount + 1 } });
      // What the trainee did, for the instructor faults' detection times (teaching-slice, fault-log.ts).
      if (visit !== previous) get().noteTraineeEdit(change.kind, before, selectActiveArea(get()).amplitudeMa, atMs);
      if (cause && before > 0 && selectActiveArea(get()).amplitudeMa === 0)
        get().showStatus({
          kind: 'info',
          text: `Amplitude reset to 0 mA after the ${cause}, for safety: raise it again slowly.`,
        });
    },
    applyInstructorEdit: (change) => replaceVisit(edit(get().visit, change, performance.now())),
    undo: () => replaceVisit(undo(get().visit)),
    redo: () => replaceVisit(redo(get().visit)),
    unsafeSave: undefined,
    saveToDevice: () => {
      const result = saveToDevice(get().visit, catalogue);
      if (!result.ok) {
        const unsafe = result.refusal === 'unsafe';
        set({ unsafeSave: unsafe ? { findings: result.findings, message: result.message } : undefined });
        // The dialog says it for a safety refusal (a status line would sit on top of it); Close leaves it there.
        get().showStatus(unsafe ? undefined : { kind: 'error', text: `Not saved to the device: ${result.message}` });
        return false;
      }
      replaceVisit(result.visit);
      get().showStatus({ kind: 'info', text: 'Programs saved to the device.' });
      return true;
    },
    overrideAndSaveToDevice: (decision, nowMs, nowIso) => {
      const { unsafeSave, visitRecord } = get();
      if (!unsafeSave) return false;
      if (!canRecordSafetyOverride(visitRecord)) {
        get().showStatus({
          kind: 'error',
          text: 'Not saved to the device: this visit has logged the most safety overrides a session file keeps.',
        });
        return false;
      }
      const acknowledged = unsafeSave.findings.map((finding) => finding.message);
      const result = saveToDevice(get().visit, catalogue, { ...decision, acknowledged });
      if (!result.ok) {
        set({ unsafeSave: undefined });
        get().showStatus({ kind: 'error', text: `Not saved to the device: ${result.message}` });
        return false;
      }
      replaceVisit(result.visit);
      get().recordSafetyOverride(
        {
          at: nowIso,
          clinician: decision.clinician.trim(),
          reason: decision.reason.trim(),
          findings: result.overridden.map(({ code, message }) => ({ code, message })),
        },
        nowMs,
      );
      set({ unsafeSave: undefined });
      get().showStatus({
        kind: 'info',
        text: `Programs saved to the device with a safety override by ${decision.clinician.trim()}, logged in the visit record.`,
      });
      return true;
    },
    cancelUnsafeSave: () => {
      const { unsafeSave } = get();
      if (!unsafeSave) return;
      set({ unsafeSave: undefined });
      get().showStatus({ kind: 'error', text: `Not saved to the device: ${unsafeSave.message}` });
    },
    revertToDevice: () => replaceVisit(revertToDevice(get().visit)),
    loadSession: (session, implant) => {
      const visit = startVisit(session);
      set({
        visit,
        implant,
        programIssues: issuesOf(visit, implant),
        activeArea: 0,
        stimulationOn: true,
        unsafeSave: undefined,
        visitLog: EMPTY_VISIT_LOG,
        // Pins are programs of the last patient's implant: they do not carry over.
        comparePins: [],
        compareOpen: false,
        // A new visit: the patient has not had this program yet, even when it is the one shown before.
        programClock: { ...get().programClock, elapsedMin: 0 },
        // A new patient's leads may be anywhere from C2 to the conus: frame them, keeping the chosen view.
        spineView: { ...get().spineView, reframeCount: get().spineView.reframeCount + 1 },
      });
    },
    setActiveArea: (activeArea) => set({ activeArea }),
  };
};
