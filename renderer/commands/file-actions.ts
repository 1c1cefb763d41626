import {
  EMPTY_VISIT_RECORD,
  createNewSession,
  defaultCatalogue,
  resolveImplant,
  restoreSession,
  serializeSession,
} from '../../src-core';
import type { Platform } from '../platform';
import type { AppStore } from '../store/app-store';

/** Default name for a new session's first save. */
const UNTITLED_FILE_NAME = 'untitled.scs.json';

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Starts a new session: default implant and patient, nothing programmed, no file. */
export function newSession(store: AppStore): void {
  const state = store.getState();
  const session = createNewSession();
  const resolved = resolveImplant(session.hardware, defaultCatalogue());
  if (!resolved.ok) throw new Error(resolved.error); // the shipped defaults always resolve; a failure is a bug
  state.loadSession(session, resolved.implant);
  state.resetVisitRecord(EMPTY_VISIT_RECORD, performance.now());
  state.setFile(undefined, undefined);
  state.showStatus({ kind: 'info', text: 'New session.' });
}

/**
 * Asks for a file and loads it. A file that cannot be read or restored leaves the current work exactly
 * as it was and says what is wrong with the file.
 */
export async function openSession(store: AppStore, platform: Platform): Promise<void> {
  const state = store.getState();
  let opened;
  try {
    opened = await platform.openSessionFile();
  } catch (error) {
    state.showStatus({
      kind: 'error',
      text: `Could not open the file: ${errorText(error)} Your current work is unchanged.`,
    });
    return;
  }
  if (!opened) return;
  const restored = restoreSession(opened.contents);
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
  const migrated = restored.fileVersion < 2 ? ` (converted from format version ${restored.fileVersion})` : '';
  state.showStatus({ kind: 'info', text: `Opened ${opened.fileName}${migrated}.` });
}

/** Saves to the current file, or asks where when there is none or `saveAs` is set. */
export async function saveSession(store: AppStore, platform: Platform, saveAs: boolean): Promise<void> {
  const state = store.getState();
  const contents = serializeSession(state.visit.session, state.visitRecord);
  try {
    const saved = await platform.saveSessionFile({
      contents,
      suggestedName: state.fileName ?? UNTITLED_FILE_NAME,
      saveAs,
      ...(state.fileToken !== undefined && !saveAs ? { fileToken: state.fileToken } : {}),
    });
    if (!saved) return;
    state.markSaved(saved.fileName, saved.fileToken);
    state.showStatus({ kind: 'info', text: `Saved ${saved.fileName}.` });
  } catch (error) {
    state.showStatus({
      kind: 'error',
      text: `Could not save: ${errorText(error)} Nothing was written; your work is still here.`,
    });
  }
}
