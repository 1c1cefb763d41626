/**
 * The progress file's one way in (`parseProgress`: size, JSON, schema, with the field named) and out
 * (`serializeProgress`). Used by the app's stores, its import, and the desktop's main process before it writes.
 */
import { safeFileText } from '../../session/safe-text';
import {
  MAX_PROGRESS_TEXT_CHARS,
  PROGRESS_FORMAT,
  PROGRESS_FORMAT_VERSION,
  progressFileSchemaV1,
  type LearnerProgress,
} from './progress-schema';

/** A parsed progress file, or why it was refused. */
export type ParseProgressResult =
  { readonly ok: true; readonly progress: LearnerProgress } | { readonly ok: false; readonly error: string };

/**
 * Parses progress text; the error names the problem (too large, not JSON, another file kind or version, the field).
 * @example parseProgress('{"format":"scs-sim-progress","version":1,"learner":"Ana","attempts":[]}').ok; // true
 */
export function parseProgress(text: string): ParseProgressResult {
  if (text.length > MAX_PROGRESS_TEXT_CHARS)
    return {
      ok: false,
      error: `a progress file is at most ${MAX_PROGRESS_TEXT_CHARS} characters; this one has ${text.length}.`,
    };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: 'not a progress file: it is not JSON.' };
  }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== PROGRESS_FORMAT)
    return { ok: false, error: `not a progress file: "format" must be "${PROGRESS_FORMAT}".` };
  const version = (json as { version?: unknown }).version;
  if (typeof version === 'number' && version > PROGRESS_FORMAT_VERSION)
    return {
      ok: false,
      error: `progress file version ${version} is newer than this app reads (${PROGRESS_FORMAT_VERSION}).`,
    };
  const parsed = progressFileSchemaV1.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = issue.path.map(String).join('.') || '(file)';
    return { ok: false, error: `${safeFileText(path, 80)}: ${safeFileText(issue.message, 200)}` };
  }
  return { ok: true, progress: parsed.data };
}

/**
 * The file text of a progress (two-space JSON, one attempt a line's worth).
 * @example parseProgress(serializeProgress(p)).ok; // true
 */
export function serializeProgress(progress: LearnerProgress): string {
  return `${JSON.stringify(progressFileSchemaV1.parse(progress), null, 2)}\n`;
}
