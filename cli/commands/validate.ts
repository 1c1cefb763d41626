import type { ParsedArgs } from '../args';
import { expectOptions, fileArgument } from '../args';
import type { CliIo } from '../io';
import { pathInFileVersion } from '../../src-core';
import { loadSession, shownFileName } from '../load-session';

/**
 * `scs-sim validate FILE [--json]`: exit 0 when the file loads and every program can be delivered; otherwise
 * exit 1 with each problem on stderr, naming its field.
 */
export function validateCommand(args: ParsedArgs, io: CliIo): number {
  expectOptions(args, ['json']);
  const file = fileArgument(args);
  const { session, implant, programIssues: issuesInSession, fileVersion } = loadSession(io, file);
  // Name the fields as the file has them (a version-1 file was migrated to the current layout).
  const programIssues = issuesInSession.map((issue) => ({
    ...issue,
    path: pathInFileVersion(issue.path, fileVersion),
  }));
  const name = shownFileName(file);
  if (args.options.has('json')) {
    io.stdout(JSON.stringify({ valid: programIssues.length === 0, fileVersion, issues: programIssues }, null, 2));
  } else if (programIssues.length === 0) {
    io.stdout(
      `${name}: valid (format version ${fileVersion}${fileVersion < 2 ? ', migrated' : ''}): ${session.programs.length} program(s), ` +
        `${implant.leads.length} lead(s), ${implant.contacts.length} contacts, ${implant.ipg.name}.`,
    );
  }
  for (const issue of programIssues) io.stderr(`${name}: ${issue.path}: ${issue.message}`);
  return programIssues.length === 0 ? 0 : 1;
}
