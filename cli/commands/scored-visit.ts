import {
  casePatientId,
  parseCase,
  PhysiologyEngine,
  safeFileText,
  scoreCaseVisit,
  type RestoredSession,
  type TeachingCase,
  type VisitScore,
} from '../../src-core';
import type { ParsedArgs } from '../args';
import { InputError, numberOption, UsageError } from '../args';
import type { CliIo } from '../io';
import { loadSession, readInputFile, shownFileName } from '../load-session';

const MAX_EDITS = 100_000;
const MAX_HINTS = 1000;

/** A visit of a case as `score` and `report` read it from their arguments, scored once. */
export interface ScoredCaseVisit {
  readonly teachingCase: TeachingCase;
  readonly visit: RestoredSession;
  readonly score: VisitScore;
  readonly impedanceChecked: boolean;
  readonly benchmarkMs: number;
}

/** The two file arguments, CASE_FILE then SESSION_FILE. */
function fileArguments(args: ParsedArgs, verb: string): [string, string] {
  const [, caseFile, sessionFile, extra] = args.positionals;
  if (!caseFile || !sessionFile) throw new UsageError(`Give the CASE_FILE and the SESSION_FILE to ${verb}.`);
  if (extra !== undefined) throw new UsageError(`Unexpected argument "${safeFileText(extra)}".`);
  return [caseFile, sessionFile];
}

/**
 * Reads CASE_FILE and SESSION_FILE, `--impedance-checked`, `--edits N` and `--hints N`, and scores the visit with the core's
 * `scoreCaseVisit` (the benchmark of the case as it opens, then `scoreVisit`) — the path the app's worker takes. The session must be of the case's patient; a decision-only case has no
 * visit. `verb` names the command in the usage message ("score", "report on").
 */
export function readScoredCaseVisit(args: ParsedArgs, io: CliIo, verb: string): ScoredCaseVisit {
  const [caseFile, sessionFile] = fileArguments(args, verb);
  const parsed = parseCase(readInputFile(io, caseFile));
  if (!parsed.ok) throw new InputError(`${shownFileName(caseFile)}: ${parsed.error}`);
  const teachingCase = parsed.case;
  if (!teachingCase.implant)
    throw new InputError(
      `${shownFileName(caseFile)}: case "${teachingCase.id}" is a decision without programming; there is no visit to ${verb}.`,
    );
  const visit = loadSession(io, sessionFile);
  if (visit.session.patient.id !== casePatientId(teachingCase))
    throw new InputError(
      `${shownFileName(sessionFile)}: the session's patient "${safeFileText(visit.session.patient.id, 80)}" is not case "${teachingCase.id}" (expected "${casePatientId(teachingCase)}").`,
    );
  const edits = numberOption(args, 'edits');
  if (edits !== undefined && (!Number.isInteger(edits) || edits < 0 || edits > MAX_EDITS))
    throw new InputError(`--edits ${edits}: give a whole number of edits from 0 to ${MAX_EDITS}.`);
  const hints = numberOption(args, 'hints');
  if (hints !== undefined && (!Number.isInteger(hints) || hints < 0 || hints > MAX_HINTS))
    throw new InputError(`--hints ${hints}: give a whole number of hints from 0 to ${MAX_HINTS}.`);
  const impedanceChecked = args.options.has('impedance-checked');
  const startedMs = performance.now();
  const score = scoreCaseVisit(new PhysiologyEngine(), teachingCase, visit, {
    ...(impedanceChecked ? { impedanceChecked: true } : {}),
    ...(edits === undefined ? {} : { editCount: edits }),
    ...(hints === undefined ? {} : { hintsUsed: hints }),
  });
  // Benchmark and scoring together: the score command printed the benchmark's time, now it is the whole scoring.
  const benchmarkMs = performance.now() - startedMs;
  return { teachingCase, visit, score, impedanceChecked, benchmarkMs };
}
