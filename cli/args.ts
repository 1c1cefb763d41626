import { safeFileText } from '../src-core';

/** Parsed command line: positional words and `--name value` / `--flag` options. */
export interface ParsedArgs {
  readonly positionals: readonly string[];
  readonly options: ReadonlyMap<string, string | true>;
}

/** A command-line mistake: the CLI prints the message with usage and exits 2. */
export class UsageError extends Error {}

/** An input the user gave that the core refuses (bad file, impossible value): exit 1. */
export class InputError extends Error {}

/**
 * Splits argv into positionals and options. `flags` are options that take no value (e.g. `--json`);
 * every other `--name` takes the next word as its value.
 */
export function parseArgs(argv: readonly string[], flags: ReadonlySet<string>): ParsedArgs {
  const positionals: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i]!;
    if (!word.startsWith('--')) {
      positionals.push(word);
      continue;
    }
    const [name, inline] = word.slice(2).split('=', 2) as [string, string | undefined];
    if (flags.has(name)) {
      if (inline !== undefined) throw new UsageError(`--${safeFileText(name)} takes no value.`);
      options.set(name, true);
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined || (inline === undefined && value.startsWith('--')))
      throw new UsageError(`--${safeFileText(name)} needs a value.`);
    options.set(name, value);
  }
  return { positionals, options };
}

/** Checks that only `allowed` options were given. */
export function expectOptions(args: ParsedArgs, allowed: readonly string[]): void {
  for (const name of args.options.keys()) {
    if (!allowed.includes(name)) throw new UsageError(`Unknown option --${safeFileText(name)}.`);
  }
}

/**
 * A plain decimal number, optionally signed, with an optional exponent: `3`, `-0.5`, `.5`, `2e3`. Not `''`, spaces,
 * hex (`0x10`), binary, `1_000`, `Infinity` or `NaN`, all of which `Number()` would turn into a value.
 */
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * A numeric option, or `fallback` when absent. Only a finite decimal number is accepted (an exponent that
 * overflows to Infinity is refused); anything else is a usage error naming the option and the value.
 */
export function numberOption(args: ParsedArgs, name: string, fallback?: number): number | undefined {
  const raw = args.options.get(name);
  if (raw === undefined) return fallback;
  const text = raw === true ? '' : raw;
  const value = DECIMAL.test(text) ? Number(text) : Number.NaN;
  if (!Number.isFinite(value))
    throw new UsageError(`--${name} must be a finite decimal number (e.g. 3.5), not "${safeFileText(text)}".`);
  return value;
}

/** An option limited to `choices`. */
export function choiceOption<T extends string>(args: ParsedArgs, name: string, choices: readonly T[], fallback: T): T {
  const raw = args.options.get(name);
  if (raw === undefined) return fallback;
  if (raw === true || !(choices as readonly string[]).includes(raw))
    throw new UsageError(`--${name} must be one of ${choices.join(', ')}.`);
  return raw as T;
}

/** The single FILE positional after the command name. */
export function fileArgument(args: ParsedArgs): string {
  const [, file, extra] = args.positionals;
  if (!file) throw new UsageError('Give the session FILE to read.');
  if (extra !== undefined) throw new UsageError(`Unexpected argument "${safeFileText(extra)}".`);
  return file;
}
