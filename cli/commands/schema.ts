import { caseJsonSchema, sessionJsonSchema } from '../../src-core';
import type { ParsedArgs } from '../args';
import { expectOptions, UsageError } from '../args';
import type { CliIo } from '../io';

/** `scs-sim schema [--case]`: prints the JSON Schema of the current session file format, or of the case format. */
export function schemaCommand(args: ParsedArgs, io: CliIo): number {
  expectOptions(args, ['json', 'case']);
  if (args.positionals.length > 1) throw new UsageError('schema takes no FILE.');
  io.stdout(JSON.stringify(args.options.has('case') ? caseJsonSchema() : sessionJsonSchema(), null, 2));
  return 0;
}
