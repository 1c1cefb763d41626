import { serializeSession } from '../../src-core';
import type { Platform } from '../platform';
import type { AppStore } from '../store/app-store';
import { errorText } from './error-text';

/** Default name for a new session's first save. */
const UNTITLED_FILE_NAME = 'untitled.scs.json';

/**
 * Saves to the current file, or asks where when there is none or `saveAs` is set.
 * @returns whether the work was saved (false when cancelled or failed).
 */
export async function saveSession(store: AppStore, platform: Platform, saveAs: boolean): Promise<boolean> {
  const state = store.getState();
  const { visit, visitRecord } = state;
  const contents = serializeSession(visit.session, visitRecord);
  try {
    const saved = await platform.saveSessionFile({
      contents,
      suggestedName: state.fileName ?? UNTITLED_FILE_NAME,
      saveAs,
      ...(state.fileToken !== undefined && !saveAs ? { fileToken: state.fileToken } : {}),
    });
    if (!saved) return false;
    store.getState().markSaved(saved.fileName, saved.fileToken, { visit, visitRecord });
    platform.rememberRecentFile(saved.fileName);
    store.getState().showStatus({ kind: 'info', text: `Saved ${saved.fileName}.` });
    return true;
  } catch (error) {
    store.getState().showStatus({
      kind: 'error',
      text: `Could not save: ${errorText(error)} Nothing was written; your work is still here.`,
    });
    return false;
  }
}
