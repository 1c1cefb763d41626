import type { Platform } from '../platform';
import type { AppStore } from '../store/app-store';
import { selectHasUnsavedWork } from '../store/file-slice';
import { saveSession } from './save-session';

/**
 * Before work is replaced (New, Open, closing): nothing unsaved → go ahead; otherwise ask "Save changes?".
 * Save → saves (to the current file, or through the Save dialog) and goes ahead only if that worked;
 * Don't save → go ahead; Cancel → stop.
 * @returns whether the caller may replace the work.
 */
export async function confirmUnsavedWork(store: AppStore, platform: Platform, action: string): Promise<boolean> {
  if (!selectHasUnsavedWork(store.getState())) return true;
  const choice = await store.getState().askToSaveChanges(action);
  if (choice === 'discard') return true;
  if (choice === 'cancel') return false;
  return saveSession(store, platform, false);
}
