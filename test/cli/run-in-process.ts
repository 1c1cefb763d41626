// Runs the CLI in-process, as the `scs-sim` binary would, capturing its output.
import { readFileSync } from 'node:fs';
import { runCli } from '../../cli/run';

/** What one CLI run printed and returned. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `argv` through `runCli`; `readFile` serves `files` by path first, then the disk (or, when given, a reader of
 * its own, e.g. the bounded reader or one that refuses every file).
 */
export function runInProcess(
  argv: string[],
  files: Record<string, string> = {},
  readFile: (path: string) => string = (path) => readFileSync(path, 'utf8'),
): CliRun {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(argv, {
    readFile: (path) => (path in files ? files[path]! : readFile(path)),
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
  });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}
