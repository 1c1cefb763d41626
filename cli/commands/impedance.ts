import { deviceStateOf, impedanceCheck } from '../../src-core';
import type { ParsedArgs } from '../args';
import { expectOptions, fileArgument } from '../args';
import type { CliIo } from '../io';
import { loadSession } from '../load-session';

/**
 * `scs-sim impedance FILE [--json]`: the impedance check a programmer runs — each contact to the case and each
 * neighbouring pair — with the file's injected faults; problems are flagged with the contacts named.
 */
export function impedanceCommand(args: ParsedArgs, io: CliIo): number {
  expectOptions(args, ['json']);
  const file = fileArgument(args);
  const { session, implant } = loadSession(io, file);
  const state = deviceStateOf(session, implant);
  const report = impedanceCheck(implant, state.faults, state.impedance);
  if (args.options.has('json')) {
    io.stdout(
      JSON.stringify({ file, faults: session.faults, conditions: session.conditions ?? {}, ...report }, null, 2),
    );
    return 0;
  }
  const flagged = new Set([...report.problems, ...report.risen]);
  for (const m of [...report.monopolar, ...report.bipolar]) io.stdout(`${flagged.has(m) ? '! ' : '  '}${m.message}`);
  io.stdout(report.problems.length === 0 ? 'No impedance problems.' : `${report.problems.length} problem(s) found.`);
  return 0;
}
