import { defaultCatalogue, type HardwareCatalogue } from '../hardware/catalogue';
import { resolveImplant } from '../hardware/implant';
import { validateProgram } from '../program/validate';
import { toHardware, toProgram } from '../session/convert';
import { describeSchemaIssue } from '../session/issue-text';
import { MAX_MESSAGE_CHARS, safeFileText } from '../session/safe-text';
import { CASE_FORMAT, CASE_FORMAT_VERSION, caseFileSchemaV1, type TeachingCase } from './case-schema';
import { caseSessionFile } from './case-to-session';

/** Longest case file text accepted (characters): a case is a few kB; far more is not a case. */
export const MAX_CASE_TEXT_CHARS = 256 * 1024;

/** A case read from text, or a message naming the field that is wrong (`path`, dotted, as in the file). */
export type ParseCaseResult =
  | { readonly ok: true; readonly case: TeachingCase }
  | { readonly ok: false; readonly error: string; readonly path: string };

const fail = (path: string, error: string): ParseCaseResult => ({
  ok: false,
  path: safeFileText(path, MAX_MESSAGE_CHARS),
  error: safeFileText(error, MAX_MESSAGE_CHARS),
});
const invalid = (path: string, message: string) => fail(path, `The case file is invalid: field "${path}": ${message}`);

/** A session-file path of the implant (resolveImplant's `hardware.…`) as the case file names it (`implant.…`). */
const inCase = (path: string) => path.replace(/^hardware\b/, 'implant');

/** Checks across fields the schema cannot express: the decision, the criteria, the implant against the catalogue. */
function checkCase(c: TeachingCase, catalogue: HardwareCatalogue): ParseCaseResult {
  const selection = c.candidateSelection;
  if (selection) {
    const offered = selection.options.map((o) => o.option);
    const twice = offered.find((o, i) => offered.indexOf(o) !== i);
    if (twice) return invalid('candidateSelection.options', `"${twice}" is offered twice`);
    if (!offered.includes(selection.correct))
      return invalid('candidateSelection.correct', `"${selection.correct}" is not among the options`);
    if (selection.correct === 'scs' && !selection.trial)
      return invalid('candidateSelection.trial', 'a case whose answer is SCS needs the trial rule');
  }
  const decisionOnly = selection !== undefined && selection.correct !== 'scs';
  if (!c.implant) {
    if (!decisionOnly) return invalid('implant', 'a programming case needs its implant');
    if (c.success.length > 0)
      return invalid('success', 'a decision-only case has no programming criteria (there is no implant)');
    if (c.startingPrograms && c.startingPrograms.length > 0)
      return invalid('startingPrograms', 'a decision-only case has no implant to hold programs');
    return { ok: true, case: c };
  }
  if (c.success.length === 0) return invalid('success', 'a programming case needs at least one success criterion');
  const resolved = resolveImplant(toHardware(caseSessionFile(c).hardware), catalogue);
  if (!resolved.ok) return invalid(inCase(resolved.path), resolved.error);
  const { implant } = resolved;
  for (const [index, fault] of (c.implant.faults ?? []).entries()) {
    const contacts = fault.kind === 'open' ? [fault.contact] : fault.contacts;
    const missing = contacts.find((contact) => contact >= implant.contacts.length);
    if (missing !== undefined)
      return invalid(
        `implant.faults.${index}`,
        `contact ${missing} does not exist (the leads have ${implant.contacts.length})`,
      );
  }
  const starting = c.startingPrograms ?? [];
  if (starting.length > implant.ipg.maxPrograms)
    return invalid('startingPrograms', `the ${implant.ipg.name} holds at most ${implant.ipg.maxPrograms} programs`);
  for (const [index, raw] of starting.entries()) {
    const [issue] = validateProgram(toProgram(raw), implant, index);
    if (issue) return invalid(`starting${issue.path.replace(/^programs/, 'Programs')}`, issue.message);
  }
  for (const [index, criterion] of c.success.entries()) {
    const at = `success.${index}`;
    if (criterion.kind === 'avoidsFaultyContacts' && !(c.implant.faults && c.implant.faults.length > 0))
      return invalid(at, 'the case injects no fault to avoid');
    if (criterion.kind === 'energy' && implant.ipg.battery !== 'rechargeable')
      return invalid(at, `the ${implant.ipg.name} is not rechargeable; use "longevity"`);
    if (criterion.kind === 'longevity' && implant.ipg.battery !== 'primary')
      return invalid(at, `the ${implant.ipg.name} is rechargeable; use "energy"`);
  }
  return { ok: true, case: c };
}

/**
 * The one way case text becomes a case: size → JSON → format tag → version (newer refused) → schema (errors name
 * the field as the file has it, unknown keys by their own path) → the decision, the implant against the catalogue,
 * the faults' contacts, the starting programs deliverable on the IPG, the criteria possible with this IPG. Never
 * throws; messages quoting file text are made safe and capped (session/safe-text.ts).
 *
 * @example
 * const result = parseCase(text);
 * if (!result.ok) console.error(result.error); // 'The case file is invalid: field "difficulty": Too big: expected number to be <=5'
 */
export function parseCase(text: string, catalogue: HardwareCatalogue = defaultCatalogue()): ParseCaseResult {
  if (text.length > MAX_CASE_TEXT_CHARS)
    return fail('', `The case file is too large (${text.length} characters; at most ${MAX_CASE_TEXT_CHARS}).`);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (cause) {
    const detail = safeFileText(cause instanceof Error ? cause.message : String(cause), 160);
    return fail('', `The case file is not valid JSON (${detail}).`);
  }
  if (
    typeof raw !== 'object' ||
    raw === null ||
    Array.isArray(raw) ||
    (raw as { format?: unknown }).format !== CASE_FORMAT
  )
    return fail('format', `This is not an SCS simulator case file (missing "format": "${CASE_FORMAT}").`);
  const version = (raw as { version?: unknown }).version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return fail('version', 'The case file has no valid "version" number.');
  if (version > CASE_FORMAT_VERSION)
    return fail(
      'version',
      `This case was written for a newer version of the simulator (case format version ${version}; this build reads up to ${CASE_FORMAT_VERSION}).`,
    );
  const parsed = caseFileSchemaV1.safeParse(raw);
  if (!parsed.success) {
    const { path, message } = describeSchemaIssue(parsed.error.issues[0]);
    return fail(path, `The case file is invalid: ${message}.`);
  }
  return checkCase(parsed.data, catalogue);
}
