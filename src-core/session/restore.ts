import type { HardwareCatalogue } from '../hardware/catalogue';
import { defaultCatalogue } from '../hardware/catalogue';
import type { ResolvedImplant } from '../hardware/implant';
import { resolveImplant } from '../hardware/implant';
import type { ProgramIssue } from '../program/validate';
import { validateProgram } from '../program/validate';
import { toFile, toSession } from './convert';
import { describeSchemaIssue } from './issue-text';
import { migrateToCurrent, pathInFileVersion } from './migrate';
import { MAX_MESSAGE_CHARS, safeFileText } from './safe-text';
import { SESSION_FORMAT, SESSION_FORMAT_VERSION, sessionFileSchemaV2 } from './schema';
import { EMPTY_VISIT_RECORD, visitRecordForFile, visitRecordFromFile, type VisitRecord } from './visit-record';
import type { Session } from './session';

/** A session read from a file, with its implant resolved and any problems of its (tentative) programs. */
export interface RestoredSession {
  readonly session: Session;
  readonly implant: ResolvedImplant;
  /** Problems of the working programs: a file may be saved mid-edit, so these do not stop it loading. */
  readonly programIssues: readonly ProgramIssue[];
  /** The version the file was written in (older versions were migrated). */
  readonly fileVersion: number;
  /** Thresholds found and what the patient said at the visit saved with the file (empty when none). */
  readonly visitRecord: VisitRecord;
}

/** The outcome of reading a file: the session, or a message naming what is wrong and where. */
export type RestoreResult =
  ({ readonly ok: true } & RestoredSession) | { readonly ok: false; readonly error: string; readonly path: string };

/**
 * Every refusal goes through here: messages quote file content (ids, keys, values, the JSON parser's snippet),
 * so the whole text is made safe and capped, whichever module wrote it.
 */
const fail = (path: string, error: string): RestoreResult => ({
  ok: false,
  path: safeFileText(path, MAX_MESSAGE_CHARS),
  error: safeFileText(error, MAX_MESSAGE_CHARS),
});

/**
 * The one way file text becomes a session: JSON → format tag → version (newer refused, older migrated) → schema
 * (errors name the field's path in the file as written, unknown keys by their own path) → hardware resolved against
 * the catalogue → programs on the device must be deliverable. Never throws. Error messages are safe to print: file
 * text in them has its control and bidi characters escaped and is cut to a bounded length (session/safe-text.ts).
 *
 * @example
 * const result = restoreSession(text);
 * if (!result.ok) console.error(result.error); // 'field "programs.0.rateHz": Invalid input: expected number, received string'
 */
export function restoreSession(text: string, catalogue: HardwareCatalogue = defaultCatalogue()): RestoreResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (cause) {
    const detail = safeFileText(cause instanceof Error ? cause.message : String(cause), 160);
    return fail('', `The file is not valid JSON (${detail}).`);
  }
  if (
    typeof raw !== 'object' ||
    raw === null ||
    Array.isArray(raw) ||
    (raw as { format?: unknown }).format !== SESSION_FORMAT
  ) {
    return fail('format', `This is not an SCS simulator session file (missing "format": "${SESSION_FORMAT}").`);
  }
  const version = (raw as { version?: unknown }).version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return fail('version', 'The session file has no valid "version" number.');
  if (version > SESSION_FORMAT_VERSION) {
    return fail(
      'version',
      `This file was saved by a newer version of the simulator (format version ${version}; this build reads up to ${SESSION_FORMAT_VERSION}). Update the app to open it.`,
    );
  }
  const migrated = migrateToCurrent(raw, version);
  if (!migrated.ok) return fail(migrated.path, `The session file is invalid: ${migrated.error}.`);
  // Past this point the file is in the current layout; messages name the field as the file has it.
  const inFile = (path: string) => pathInFileVersion(path, version);
  const parsed = sessionFileSchemaV2.safeParse(migrated.file);
  if (!parsed.success) {
    const { path, message } = describeSchemaIssue(parsed.error.issues[0], inFile);
    return fail(path, `The session file is invalid: ${message}.`);
  }
  const file = parsed.data;
  if (file.activeProgram >= file.programs.length) {
    return fail(
      'activeProgram',
      `The session file is invalid: field "activeProgram": program ${file.activeProgram} does not exist (there are ${file.programs.length}).`,
    );
  }
  const session = toSession(file);
  const resolved = resolveImplant(session.hardware, catalogue);
  if (!resolved.ok)
    return fail(
      inFile(resolved.path),
      `The session file is invalid: field "${inFile(resolved.path)}": ${resolved.error}`,
    );
  const { implant } = resolved;
  if (session.programs.length > implant.ipg.maxPrograms) {
    return fail(
      'programs',
      `The session file is invalid: field "programs": the ${implant.ipg.name} holds at most ${implant.ipg.maxPrograms} programs.`,
    );
  }
  for (const [index, program] of session.devicePrograms.entries()) {
    const [issue] = validateProgram(program, implant, index, file.devicePrograms ? 'devicePrograms' : 'programs');
    if (issue)
      return fail(
        inFile(issue.path),
        `A program stored on the device cannot be delivered: field "${inFile(issue.path)}": ${issue.message}`,
      );
  }
  for (const fault of session.faults) {
    const contacts = fault.kind === 'open' ? [fault.contact] : fault.contacts;
    if (contacts.some((c) => c >= implant.contacts.length))
      return fail(
        'faults',
        `The session file is invalid: field "faults": a fault names a contact the leads do not have.`,
      );
  }
  const programIssues = session.programs.flatMap((program, index) => validateProgram(program, implant, index));
  return {
    ok: true,
    session,
    implant,
    programIssues,
    fileVersion: version,
    visitRecord: visitRecordFromFile(file.visitRecord),
  };
}

/**
 * The session as current-version file text, pretty-printed so files diff well.
 * @example restoreSession(serializeSession(session)).ok; // true
 */
export function serializeSession(session: Session, visitRecord: VisitRecord = EMPTY_VISIT_RECORD): string {
  const file = toFile(session);
  const record = visitRecordForFile(visitRecord);
  return `${JSON.stringify(record ? { ...file, visitRecord: record } : file, null, 2)}\n`;
}
