import type { Session } from '../session/session';
import { EDIT_GROUP_GAP_MS, editGroupKey } from './edit-groups';
import type { Edit } from './edits';
import { applyEdit } from './edits';

/** Most undo steps kept; older ones are dropped. */
export const UNDO_LIMIT = 200;

/**
 * A programming visit: the session being edited plus undo/redo history. Edits are tentative until
 * `saveToDevice` (device-save.ts); `revertToDevice` returns the programs to what the device holds.
 */
export interface Visit {
  readonly session: Session;
  readonly past: readonly Session[];
  readonly future: readonly Session[];
  /**
   * The continuous control the last undo step is still collecting edits from, and when (ms, the caller's clock) its
   * latest edit came. Absent after anything else (a discrete edit, undo, redo, save, revert): the next edit is a new step.
   */
  readonly openGroup?: { readonly key: string; readonly atMs: number };
}

/** The undo history with the visit's present session pushed as its latest step, the oldest dropped past UNDO_LIMIT. */
export function pastWithPresent(visit: Visit): readonly Session[] {
  return [...visit.past, visit.session].slice(-UNDO_LIMIT);
}

/** Starts a visit on a session with empty history. */
export function startVisit(session: Session): Visit {
  return { session, past: [], future: [] };
}

/**
 * Applies an edit, recording it for undo. A no-op edit records nothing and returns the same visit. With `atMs` (the
 * caller's clock, ms — the core reads none), consecutive edits of one continuous control (same `editGroupKey`) no
 * more than `EDIT_GROUP_GAP_MS` apart share one undo step, so a slider drag is undone in one go. Without `atMs`
 * every edit is its own step.
 *
 * @example
 * let visit = startVisit(session);
 * for (let i = 1; i <= 60; i++) visit = edit(visit, { kind: 'setAmplitude', program: 0, area: 0, amplitudeMa: mA(i / 10) }, i * 50);
 * visit.past.length; // 1
 */
export function edit(visit: Visit, change: Edit, atMs?: number): Visit {
  const session = applyEdit(visit.session, change);
  if (session === visit.session) return visit;
  const key = atMs === undefined ? undefined : editGroupKey(change);
  if (key === undefined || atMs === undefined) return { session, past: pastWithPresent(visit), future: [] };
  const previous = visit.openGroup;
  const continuesGesture = previous?.key === key && atMs >= previous.atMs && atMs - previous.atMs <= EDIT_GROUP_GAP_MS;
  // Within a gesture the undo step already holds the session from before it began: replace the present only.
  return {
    session,
    past: continuesGesture ? visit.past : pastWithPresent(visit),
    future: [],
    openGroup: { key, atMs },
  };
}

/** Steps back to the session before the latest undo step; the present goes to the redo list. No history: the same visit. */
export function undo(visit: Visit): Visit {
  const previous = visit.past.at(-1);
  if (!previous) return visit;
  return { session: previous, past: visit.past.slice(0, -1), future: [visit.session, ...visit.future] };
}

/** Steps forward to the session the latest undo left; the present goes back to the undo history. Nothing to redo: the same visit. */
export function redo(visit: Visit): Visit {
  const [next, ...rest] = visit.future;
  if (!next) return visit;
  return { session: next, past: pastWithPresent(visit), future: rest };
}

/** True when the working programs differ from what the device holds. */
export function hasUnsavedDeviceChanges(visit: Visit): boolean {
  const { programs, devicePrograms } = visit.session;
  return programs !== devicePrograms && JSON.stringify(programs) !== JSON.stringify(devicePrograms);
}

/** Discards tentative edits: the working programs become what the device holds. */
export function revertToDevice(visit: Visit): Visit {
  // A device that holds nothing yet has nothing to revert to.
  if (!hasUnsavedDeviceChanges(visit) || visit.session.devicePrograms.length === 0) return visit;
  const session = {
    ...visit.session,
    programs: visit.session.devicePrograms,
    activeProgram: Math.min(visit.session.activeProgram, visit.session.devicePrograms.length - 1),
  };
  return { session, past: pastWithPresent(visit), future: [] };
}
