import { sessionJsonSchema } from '../../src-core';
import type { ParsedArgs } from '../args';
import { expectOptions, UsageError } from '../args';
import type { CliIo } from '../io';

/** `scs-sim schema`: prints the JSON Schema of the current session file format. */
export function schemaCommand(args: ParsedArgs, io: CliIo): number {
  expectOptions(args, ['json']);
  if (args.positionals.length > 1) throw new UsageError('schema takes no FILE.');
  io.stdout(JSON.stringify(sessionJsonSchema(), null, 2));
  return 0;
}
