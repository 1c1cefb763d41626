import { EMPTY_VISIT_RECORD, caseToSession, defaultCatalogue, resolveImplant, type TeachingCase } from '../../src-core';
import type { Platform } from '../platform';
import type { AppStore } from '../store/app-store';
import { newSession } from './file-actions';
import { confirmUnsavedWork } from './unsaved-changes';

/**
 * Opens a case the way opening a session file does: after asking about unsaved work, the case's session (the core's
 * `caseToSession`) replaces the work with a fresh visit record and no file, and the case becomes the active one.
 * @returns whether the case was opened (false: the user cancelled, or the case's implant does not resolve).
 */
export async function startCase(store: AppStore, platform: Platform, teachingCase: TeachingCase): Promise<boolean> {
  if (!(await confirmUnsavedWork(store, platform, `opening the case “${teachingCase.title}”`))) return false;
  const session = caseToSession(teachingCase);
  const resolved = resolveImplant(session.hardware, defaultCatalogue());
  const state = store.getState();
  if (!resolved.ok) {
    // parseCase resolved it already; a failure here means the catalogue changed under the case.
    state.showStatus({ kind: 'error', text: `Could not open the case: ${resolved.error}` });
    return false;
  }
  state.loadSession(session, resolved.implant);
  state.resetVisitRecord(EMPTY_VISIT_RECORD, performance.now());
  state.setFile(undefined, undefined);
  state.setActiveCase(teachingCase);
  state.setScreen('workstation');
  state.showStatus({ kind: 'info', text: `Case opened: ${teachingCase.title}.` });
  return true;
}

/**
 * Free practice: the sandbox. Back to the practice visit already under way, or, when a case was open, a new session
 * (asking about unsaved work first).
 */
export async function startFreePractice(store: AppStore, platform: Platform): Promise<void> {
  if (store.getState().activeCase) {
    const before = store.getState().visit;
    await newSession(store, platform);
    if (store.getState().visit === before) return; // cancelled: stay on the chooser
  }
  store.getState().setScreen('workstation');
}

/** Shows the case chooser; the visit stays as it is until another case or free practice is chosen. */
export function showCaseChooser(store: AppStore): void {
  store.getState().setScreen('chooser');
}
