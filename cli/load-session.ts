import { pathInFileVersion, restoreSession, safeFileText, type RestoredSession } from '../src-core';
import { InputError } from './args';
import { FileRefusedError, type CliIo } from './io';

/** Longest path or system error text a message quotes: paths run longer than the ids and keys of a file. */
const MAX_PATH_CHARS = 200;

/** The FILE argument as it may appear in a message (a name can hold control characters too). */
export const shownFileName = (file: string): string => safeFileText(file, MAX_PATH_CHARS);

/**
 * Reads and restores a session file; any problem becomes an InputError whose message names it. The messages are
 * safe to print: restoreSession escapes file text, and the file name is escaped here.
 */
export function loadSession(io: CliIo, file: string): RestoredSession {
  const name = shownFileName(file);
  const text = readInputFile(io, file);
  const result = restoreSession(text);
  if (!result.ok) throw new InputError(`${name}: ${result.error}`);
  return result;
}

/** The program chosen by `--program N` (0-based, default the session's active program). */
export function pickProgram(session: RestoredSession['session'], index: number | undefined): number {
  const chosen = index ?? session.activeProgram;
  if (!Number.isInteger(chosen) || chosen < 0 || chosen >= session.programs.length) {
    throw new InputError(`--program ${chosen}: the session has programs 0–${session.programs.length - 1}.`);
  }
  return chosen;
}

/**
 * Loads a session and picks a program that the device can deliver (`--program N`, default the active one); an
 * undeliverable program is an input error naming its first problem.
 */
export function loadDeliverableProgram(
  io: CliIo,
  file: string,
  requested: number | undefined,
): RestoredSession & { programIndex: number } {
  const restored = loadSession(io, file);
  const programIndex = pickProgram(restored.session, requested);
  // `programIssues` are all from the file's `programs` list, so the program index alone says which are this one's.
  const problem = restored.programIssues.find((issue) => issue.target.program === programIndex);
  if (problem)
    throw new InputError(
      `${shownFileName(file)}: program ${programIndex} cannot be delivered: ${pathInFileVersion(problem.path, restored.fileVersion)}: ${problem.message}`,
    );
  return { ...restored, programIndex };
}

/**
 * The text of an input file; a missing, unreadable or refused (too large, not text) file becomes an InputError that
 * names it, safe to print.
 */
export function readInputFile(io: CliIo, file: string): string {
  const name = shownFileName(file);
  try {
    return io.readFile(file);
  } catch (error) {
    if (error instanceof FileRefusedError) throw new InputError(`${name}: ${error.message}`);
    const code = (error as { code?: string }).code;
    throw new InputError(
      code === 'ENOENT'
        ? `${name}: no such file.`
        : `${name}: cannot be read (${safeFileText((error as Error).message, MAX_PATH_CHARS)}).`,
    );
  }
}
