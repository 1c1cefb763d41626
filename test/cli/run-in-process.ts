// Runs the CLI in-process, as the `scs-sim` binary would, capturing its output.
import { readFileSync } from 'node:fs';
import { runCli } from '../../cli/run';

/** What one CLI run printed and returned. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** Files the command wrote, by path (nothing reaches the disk unless `writeFile` is given). */
  readonly written: Readonly<Record<string, string>>;
}

/**
 * Runs `argv` through `runCli`; `readFile` serves `files` by path first, then the disk (or, when given, a reader of
 * its own, e.g. the bounded reader or one that refuses every file); writes are kept in `written` and, when
 * `writeFile` is given, also handed to it (e.g. the atomic writer, to test it on a temporary folder).
 */
export function runInProcess(
  argv: string[],
  files: Record<string, string> = {},
  readFile: (path: string) => string = (path) => readFileSync(path, 'utf8'),
  writeFile?: (path: string, text: string) => void,
): CliRun {
  const out: string[] = [];
  const err: string[] = [];
  const written: Record<string, string> = {};
  const code = runCli(argv, {
    readFile: (path) => (path in files ? files[path]! : readFile(path)),
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    writeFile: (path, text) => {
      if (writeFile) writeFile(path, text);
      written[path] = text;
    },
  });
  return { code, stdout: out.join('\n'), stderr: err.join('\n'), written };
}
