#!/usr/bin/env node
// scs-sim: the headless command line over the simulation core. See `scs-sim --help`.
import { readBoundedTextFile } from './io';
import { runCli } from './run';
import { writeTextFileAtomically } from './write-file';

// A reader that stops early (`scs-sim … | head`) closes the pipe: that is not an error of ours, so end quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const exitCode = runCli(process.argv.slice(2), {
  readFile: (path) => readBoundedTextFile(path),
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
  writeFile: (path, text) => writeTextFileAtomically(path, text),
});
process.exitCode = exitCode;
