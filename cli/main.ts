#!/usr/bin/env node
// scs-sim: the headless command line over the simulation core. See `scs-sim --help`.
import { readFileSync } from 'node:fs';
import { runCli } from './run';

const exitCode = runCli(process.argv.slice(2), {
  readFile: (path) => readFileSync(path, 'utf8'),
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
});
process.exitCode = exitCode;
