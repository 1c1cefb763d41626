import { safeFileText } from '../src-core';
import { InputError, parseArgs, UsageError, type ParsedArgs } from './args';
import type { CliIo } from './io';
import { schemaCommand } from './commands/schema';
import { validateCommand } from './commands/validate';
import { pulsesCommand } from './commands/pulses';
import { safetyCommand } from './commands/safety';
import { impedanceCommand } from './commands/impedance';
import { thresholdCommand } from './commands/threshold';
import { simulateCommand, titrateCommand } from './commands/simulate';
import { strengthDurationCommand } from './commands/strength-duration';
import { ecapCommand } from './commands/ecap';
import { replayCommand } from './commands/replay';
import { caseCommand } from './commands/case';
import { scoreCommand } from './commands/score';
import { reportCommand } from './commands/report';
import { assistCommand } from './commands/assist';

/** One CLI command: its one-line synopsis and what it does. */
interface CommandSpec {
  readonly synopsis: string;
  readonly run: (args: ParsedArgs, io: CliIo) => number;
}

const COMMANDS: Readonly<Record<string, CommandSpec>> = {
  validate: {
    synopsis: 'validate FILE [--json]              check a session file; exit 1 naming each problem',
    run: validateCommand,
  },
  safety: {
    synopsis: 'safety FILE [--json]                charge, charge density, compliance, energy per program',
    run: safetyCommand,
  },
  impedance: {
    synopsis: 'impedance FILE [--json]             impedance check with the file’s injected faults',
    run: impedanceCommand,
  },
  pulses: { synopsis: 'pulses FILE [--program N] --ms T --json  per-electrode current over T ms', run: pulsesCommand },
  threshold: {
    synopsis:
      'threshold --fibre-diameter-um D --distance-mm R --pulse-width-us P [--polarity cathodic|anodic] [--conductivity-s-per-m 0.2] [--json]\n' +
      '          [--waveform monophasic|biphasic|burst|train]\n' +
      '          biphasic: [--recharge active|passive] [--interphase-gap-us 0 (0–1000)]\n' +
      '          burst: [--pulses 5 (1–20)] [--intra-burst-hz 500 (50–1000)], passive recharge after the burst\n' +
      '          train: [--rate-hz 10000 (1–20000)] [--train-ms 2 (0.1–50)], symmetric biphasic pulses\n' +
      '      MRG threshold (mA of the stimulating phases) of a straight fibre under a point source, whole waveform simulated',
    run: thresholdCommand,
  },
  simulate: {
    synopsis:
      'simulate FILE [--program N] [--area N] [--amplitude-ma A] [--posture supine|prone|sitting|standing]\n      [--elapsed-min T] [--json]\n      where and how strongly the patient feels it, thresholds, coverage, relief after T min, words',
    run: simulateCommand,
  },
  titrate: {
    synopsis:
      'titrate FILE [--program N] [--area N] [--posture P] [--step-ma 0.1] [--elapsed-min T] [--json]\n      sensation and relief per step up to discomfort (or the device or patient maximum)',
    run: titrateCommand,
  },
  'strength-duration': {
    synopsis:
      'strength-duration FILE [--program N] [--area N] [--posture P] [--json]\n      rheobase, chronaxie and the perception/discomfort thresholds per pulse width',
    run: strengthDurationCommand,
  },
  ecap: {
    synopsis:
      'ecap FILE [--program N] [--area N] [--posture P] [--amplitude-ma A] [--json]\n      ECAP trace at the recording contacts, N1/P2 and latencies, ECAP threshold beside PT, growth curve',
    run: ecapCommand,
  },
  replay: {
    synopsis:
      'replay FILE --timeline T.json [--program N] [--area N] [--closed-loop [--target-uv U] [--gain G | --loop-gain g]]\n' +
      '      [--adaptive] [--amplitude-ma A] [--control-hz 50 (1–1200)] [--noise-uv 0 (0–100)] [--trace-points 4000] [--json]\n' +
      '      the posture day on the ECAP model: open loop vs closed loop and/or posture-adaptive (all three by default),\n' +
      '      window set sitting (ECAP at PT → at max comfort), % in window, deviation, loop gain, patient reports',
    run: replayCommand,
  },
  case: {
    synopsis:
      'case FILE [--json]                  check a teaching case file and print its brief; exit 1 naming the problem',
    run: caseCommand,
  },
  score: {
    synopsis:
      'score CASE_FILE SESSION_FILE [--impedance-checked] [--edits N] [--hints N] [--json]\n      score a saved visit of a case: checklist, outcome, thresholds vs truth, level against the assistant, feedback',
    run: scoreCommand,
  },
  report: {
    synopsis:
      'report CASE_FILE SESSION_FILE --out report.html [--locale TAG] [--impedance-checked] [--edits N]\n      the visit report a supervisor files, as one print-ready HTML page (Letter or A4 by locale)',
    run: reportCommand,
  },
  assist: {
    synopsis:
      "assist CASE_FILE [--hint SESSION_FILE] [--json]\n      the programming assistant's best program for a case (coverage or relief, outside the pain, energy);\n      with --hint, one next step for the program in SESSION_FILE",
    run: assistCommand,
  },
  schema: {
    synopsis: 'schema [--case]                     print the JSON Schema of the session format (or of the case format)',
    run: schemaCommand,
  },
};

/** Options that take no value, for every command. */
const FLAGS = new Set(['json', 'help', 'case', 'impedance-checked', 'closed-loop', 'adaptive']);

export function usage(): string {
  const lines = Object.values(COMMANDS).map((c) => `  scs-sim ${c.synopsis}`);
  return ['Usage:', ...lines, '', 'Exit codes: 0 ok, 1 invalid input (message on stderr), 2 usage.'].join('\n');
}

/**
 * Runs the CLI on `argv` (without the node and script words) and returns the exit code.
 * 0 ok; 1 invalid input (a message naming the problem on stderr); 2 usage.
 */
export function runCli(argv: readonly string[], io: CliIo): number {
  try {
    const args = parseArgs(argv, FLAGS);
    const name = args.positionals[0];
    if (args.options.has('help') || name === 'help') {
      io.stdout(usage());
      return 0;
    }
    if (!name) throw new UsageError('Give a command.');
    const command = COMMANDS[name];
    if (!command) throw new UsageError(`Unknown command "${safeFileText(name)}".`);
    return command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`scs-sim: ${error.message}\n\n${usage()}`);
      return 2;
    }
    if (error instanceof InputError) {
      io.stderr(`scs-sim: ${error.message}`);
      return 1;
    }
    throw error;
  }
}
