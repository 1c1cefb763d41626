import { restoreSession, type RestoreResult } from '../../src-core';
import { checkSessionFileText } from './session-file-limits';

/**
 * File text → restored session: size and depth limits first (see session-file-limits.ts), then the
 * one restore path of the core. Never throws. The app runs this in session-file.worker.ts.
 */
export function readSessionFileText(text: string): RestoreResult {
  const check = checkSessionFileText(text);
  if (!check.ok) return { ok: false, path: '', error: check.error };
  return restoreSession(text);
}
