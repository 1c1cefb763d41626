import { z } from 'zod';
import type { StimulationParameters } from '../stimulation/parameters';
import { validateParameters } from '../stimulation/parameters';
import { GENERIC_TONIC_LIMITS } from '../stimulation/device-limits';
import { Hz, mA, us } from '../units';

/** The `format` tag every session file carries, so a stray JSON file is recognised as not ours. */
export const SESSION_FORMAT = 'scs-sim-session';
/** The newest file version this build writes and understands. */
export const SESSION_FORMAT_VERSION = 1;

const programSchemaV1 = z.object({
  amplitudeMa: z.number().finite(),
  pulseWidthUs: z.number().finite(),
  rateHz: z.number().finite(),
  interphaseGapUs: z.number().finite(),
  recharge: z.enum(['active', 'passive']),
});

const sessionSchemaV1 = z.object({
  format: z.literal(SESSION_FORMAT),
  version: z.literal(1),
  program: programSchemaV1,
});

/** What a session file holds once restored into core types. */
export interface SessionDocument {
  readonly program: StimulationParameters;
}

/** The outcome of reading a file: the document, or a message that names what is wrong. */
export type RestoreResult = { readonly ok: true; readonly document: SessionDocument } | { readonly ok: false; readonly error: string };

function describeZodError(error: z.ZodError): string {
  const first = error.issues[0];
  if (!first) return 'the file does not match the session format';
  const path = first.path.length > 0 ? first.path.join('.') : '(top level)';
  return `field "${path}": ${first.message}`;
}

/**
 * The one way a session file becomes a document: parse JSON, check the format tag and version, validate
 * every field, and check the program against the device limits. Never throws; the error names the problem.
 *
 * @example
 * restoreSession('{"format":"scs-sim-session","version":1,"program":{…}}'); // { ok: true, document }
 * restoreSession('{"format":"scs-sim-session","version":99}'); // { ok: false, error: 'This file was saved by a newer version…' }
 */
export function restoreSession(text: string): RestoreResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    return { ok: false, error: `The file is not valid JSON (${detail}).` };
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== SESSION_FORMAT) {
    return { ok: false, error: `This is not an SCS simulator session file (missing "format": "${SESSION_FORMAT}").` };
  }
  const version = (raw as { version?: unknown }).version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, error: 'The session file has no valid "version" number.' };
  }
  if (version > SESSION_FORMAT_VERSION) {
    return {
      ok: false,
      error: `This file was saved by a newer version of the simulator (format version ${version}; this build reads up to ${SESSION_FORMAT_VERSION}). Update the app to open it.`,
    };
  }
  const parsed = sessionSchemaV1.safeParse(raw);
  if (!parsed.success) return { ok: false, error: `The session file is invalid: ${describeZodError(parsed.error)}.` };
  const p = parsed.data.program;
  const program: StimulationParameters = {
    amplitudeMa: mA(p.amplitudeMa),
    pulseWidthUs: us(p.pulseWidthUs),
    rateHz: Hz(p.rateHz),
    interphaseGapUs: us(p.interphaseGapUs),
    recharge: p.recharge,
  };
  const issues = validateParameters(program, GENERIC_TONIC_LIMITS);
  const firstIssue = issues[0];
  if (firstIssue) return { ok: false, error: `The program in the file cannot be delivered: field "program.${firstIssue.field}": ${firstIssue.message}` };
  return { ok: true, document: { program } };
}

/**
 * Serialises a document as the current file version, pretty-printed so files diff well.
 *
 * @example
 * restoreSession(serializeSession(doc)); // { ok: true, document: doc }
 */
export function serializeSession(document: SessionDocument): string {
  const file = { format: SESSION_FORMAT, version: SESSION_FORMAT_VERSION, program: { ...document.program } };
  return `${JSON.stringify(file, null, 2)}\n`;
}
