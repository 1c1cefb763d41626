import { EMPTY_VISIT_RECORD, createNewSession, defaultCatalogue, resolveImplant } from '../../src-core';
import { sessionFileReader } from '../files/session-file-reader';
import type { OpenedFile, Platform, RecentFile } from '../platform';
import type { AppStore } from '../store/app-store';
import { caseForPatientId } from '../teaching/case-library';
import { errorText } from './error-text';
import { confirmUnsavedWork } from './unsaved-changes';

export { saveSession } from './save-session';

/** Starts a new session (default implant and patient, nothing programmed, no file), after asking about unsaved work. */
export async function newSession(store: AppStore, platform: Platform): Promise<void> {
  if (!(await confirmUnsavedWork(store, platform, 'starting a new session'))) return;
  const state = store.getState();
  const session = createNewSession();
  const resolved = resolveImplant(session.hardware, defaultCatalogue());
  if (!resolved.ok) throw new Error(resolved.error); // the shipped defaults always resolve; a failure is a bug
  state.loadSession(session, resolved.implant);
  state.resetVisitRecord(EMPTY_VISIT_RECORD, performance.now());
  state.setFile(undefined, undefined);
  state.setActiveCase(undefined);
  state.showStatus({ kind: 'info', text: 'New session.' });
}

/**
 * Restores an opened file (off the main thread) and loads it. A file that cannot be restored leaves the current
 * work exactly as it was and says what is wrong with the file.
 */
async function loadOpenedFile(store: AppStore, platform: Platform, opened: OpenedFile): Promise<void> {
  const restored = await sessionFileReader().read(opened.contents);
  const state = store.getState();
  if (!restored.ok) {
    state.showStatus({
      kind: 'error',
      text: `Could not open ${opened.fileName}. ${restored.error} Your current work is unchanged.`,
    });
    return;
  }
  state.loadSession(restored.session, restored.implant);
  state.resetVisitRecord(restored.visitRecord, performance.now());
  state.setFile(opened.fileName, opened.fileToken);
  // A saved visit of a bundled case goes on as that case (its patient id names it); any other file is free practice.
  state.setActiveCase(caseForPatientId(restored.session.patient.id));
  state.setScreen('workstation');
  platform.rememberRecentFile(opened.fileName);
  const migrated = restored.fileVersion < 2 ? ` (converted from format version ${restored.fileVersion})` : '';
  state.showStatus({ kind: 'info', text: `Opened ${opened.fileName}${migrated}.` });
}

/** Asks about unsaved work, then runs `pick` (a file dialog) and loads what it returns. */
async function openWith(store: AppStore, platform: Platform, pick: () => Promise<OpenedFile | undefined>) {
  if (!(await confirmUnsavedWork(store, platform, 'opening another file'))) return;
  let opened;
  try {
    opened = await pick();
  } catch (error) {
    store.getState().showStatus({
      kind: 'error',
      text: `Could not open the file: ${errorText(error)} Your current work is unchanged.`,
    });
    return;
  }
  if (opened) await loadOpenedFile(store, platform, opened);
}

/** Asks for a file and loads it (after asking about unsaved work). */
export function openSession(store: AppStore, platform: Platform): Promise<void> {
  return openWith(store, platform, () => platform.openSessionFile());
}

/**
 * Opens a recent file. The desktop reads it again directly; a browser cannot, so the status bar says which file
 * to pick and the file picker opens.
 */
export function openRecentSession(store: AppStore, platform: Platform, recent: RecentFile): Promise<void> {
  return openWith(store, platform, () => {
    if (platform.kind === 'browser') {
      store.getState().showStatus({
        kind: 'info',
        text: `Choose ${recent.fileName} in the file picker: a browser does not let the app reopen a file by itself.`,
      });
    }
    return platform.openRecentFile(recent);
  });
}
