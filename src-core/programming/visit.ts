import type { HardwareCatalogue } from '../hardware/catalogue';
import { resolveImplant } from '../hardware/implant';
import type { ProgramIssue } from '../program/validate';
import { validateProgram } from '../program/validate';
import type { Session } from '../session/session';
import type { Edit } from './edits';
import { applyEdit } from './edits';

/** Most undo steps kept; older ones are dropped. */
export const UNDO_LIMIT = 200;

/**
 * A programming visit: the session being edited plus undo/redo history. Edits are tentative until
 * `saveToDevice`; `revertToDevice` returns the programs to what the device holds.
 */
export interface Visit {
  readonly session: Session;
  readonly past: readonly Session[];
  readonly future: readonly Session[];
}

/** Starts a visit on a session with empty history. */
export function startVisit(session: Session): Visit {
  return { session, past: [], future: [] };
}

/** Applies an edit, recording it for undo (a no-op edit records nothing). */
export function edit(visit: Visit, change: Edit): Visit {
  const session = applyEdit(visit.session, change);
  if (session === visit.session) return visit;
  return { session, past: [...visit.past, visit.session].slice(-UNDO_LIMIT), future: [] };
}

export function undo(visit: Visit): Visit {
  const previous = visit.past[visit.past.length - 1];
  if (!previous) return visit;
  return { session: previous, past: visit.past.slice(0, -1), future: [visit.session, ...visit.future] };
}

export function redo(visit: Visit): Visit {
  const [next, ...rest] = visit.future;
  if (!next) return visit;
  return { session: next, past: [...visit.past, visit.session], future: rest };
}

/** True when the working programs differ from what the device holds. */
export function hasUnsavedDeviceChanges(visit: Visit): boolean {
  const { programs, devicePrograms } = visit.session;
  return programs !== devicePrograms && JSON.stringify(programs) !== JSON.stringify(devicePrograms);
}

/**
 * Writes the working programs to the (virtual) device. Refused, with the reasons, if any program cannot be
 * delivered — a real device would reject it too. Saving is recorded for undo like any edit.
 */
export function saveToDevice(
  visit: Visit,
  catalogue: HardwareCatalogue,
): { ok: true; visit: Visit } | { ok: false; issues: ProgramIssue[] } {
  const resolved = resolveImplant(visit.session.hardware, catalogue);
  if (!resolved.ok)
    return { ok: false, issues: [{ code: 'electrode-unknown', path: resolved.path, message: resolved.error }] };
  const issues = visit.session.programs.flatMap((program, index) =>
    validateProgram(program, resolved.implant, `programs.${index}`),
  );
  if (issues.length > 0) return { ok: false, issues };
  const session = { ...visit.session, devicePrograms: visit.session.programs };
  return { ok: true, visit: { session, past: [...visit.past, visit.session].slice(-UNDO_LIMIT), future: [] } };
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
  return { session, past: [...visit.past, visit.session].slice(-UNDO_LIMIT), future: [] };
}
