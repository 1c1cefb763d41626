import { ms, pulsesReport } from '../../src-core';
import type { ParsedArgs } from '../args';
import { expectOptions, fileArgument, InputError, numberOption, UsageError } from '../args';
import type { CliIo } from '../io';
import { loadDeliverableProgram } from '../load-session';

/** Longest window the command synthesises, so a typo cannot ask for hours of 10 kHz pulses. */
const MAX_WINDOW_MS = 10_000;

/**
 * `scs-sim pulses FILE [--program N] --ms T --json`: every electrode's current over T ms as exact segments
 * (current into tissue positive), with each electrode's net charge.
 */
export function pulsesCommand(args: ParsedArgs, io: CliIo): number {
  expectOptions(args, ['program', 'ms', 'json']);
  const file = fileArgument(args);
  const windowMs = numberOption(args, 'ms');
  if (windowMs === undefined) throw new UsageError('pulses needs --ms T (the window length in ms).');
  if (!(windowMs > 0 && windowMs <= MAX_WINDOW_MS))
    throw new InputError(`--ms must be above 0 and at most ${MAX_WINDOW_MS} ms.`);
  const { session, implant, programIndex: index } = loadDeliverableProgram(io, file, numberOption(args, 'program'));
  const program = session.programs[index]!;
  const step = implant.ipg.paradigms[program.paradigm.kind]!.amplitudeMa.step;
  const report = pulsesReport(program, { windowMs: ms(windowMs), amplitudeStepMa: step });
  io.stdout(JSON.stringify({ programIndex: index, ...report }, null, args.options.has('json') ? 2 : 0));
  return 0;
}
