import { restoreSession, type RestoredSession } from '../src-core';
import { InputError } from './args';
import type { CliIo } from './io';

/** Reads and restores a session file; any problem becomes an InputError whose message names it. */
export function loadSession(io: CliIo, file: string): RestoredSession {
  let text: string;
  try {
    text = io.readFile(file);
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new InputError(
      code === 'ENOENT' ? `${file}: no such file.` : `${file}: cannot be read (${(error as Error).message}).`,
    );
  }
  const result = restoreSession(text);
  if (!result.ok) throw new InputError(`${file}: ${result.error}`);
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
  const problem = restored.programIssues.find(
    (issue) => issue.path.startsWith(`programs.${programIndex}.`) || issue.path === `programs.${programIndex}`,
  );
  if (problem)
    throw new InputError(`${file}: program ${programIndex} cannot be delivered: ${problem.path}: ${problem.message}`);
  return { ...restored, programIndex };
}
