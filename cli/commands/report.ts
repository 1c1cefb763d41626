import { safeFileText, visitReport, visitReportHtml } from '../../src-core';
import type { ParsedArgs } from '../args';
import { expectOptions, InputError, UsageError } from '../args';
import type { CliIo } from '../io';
import { shownFileName } from '../load-session';
import { readScoredCaseVisit } from './scored-visit';

/** The locale of the process (Node's ICU default, from LANG / the system), for a report without `--locale`. */
const processLocale = () => Intl.DateTimeFormat().resolvedOptions().locale;

/** `--locale TAG`, checked to be a BCP 47 tag; the canonical form. */
function localeOption(args: ParsedArgs): string {
  const given = args.options.get('locale');
  if (given === undefined) return processLocale();
  if (given === true || given === '') throw new UsageError('--locale needs a language tag, e.g. en-US or de-DE.');
  try {
    return Intl.getCanonicalLocales(given)[0]!;
  } catch {
    throw new InputError(`--locale "${safeFileText(given, 40)}": not a language tag (e.g. en-US, de-DE).`);
  }
}

/**
 * `scs-sim report CASE_FILE SESSION_FILE --out report.html [--locale TAG] [--impedance-checked] [--edits N]`: scores
 * the visit as `score` does and writes the visit report (docs/visit-report.md) as one print-ready HTML page, laid
 * out on Letter or A4 by the locale. The file is written atomically (a temporary file renamed over the target).
 */
export function reportCommand(args: ParsedArgs, io: CliIo): number {
  expectOptions(args, ['out', 'locale', 'impedance-checked', 'edits', 'hints']);
  const out = args.options.get('out');
  if (out === undefined || out === true || out === '')
    throw new UsageError('Give --out FILE: where to write the report.');
  const locale = localeOption(args);
  const { teachingCase, visit, score, impedanceChecked } = readScoredCaseVisit(args, io, 'report on');
  const report = visitReport({
    teachingCase,
    visit,
    score,
    impedanceChecked,
    generatedAtIso: new Date().toISOString(),
  });
  try {
    io.writeFile(out, visitReportHtml(report, { locale }));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'its folder does not exist'
        : code === 'EACCES'
          ? 'permission denied'
          : code === 'EISDIR'
            ? 'it is a directory'
            : safeFileText(String((error as Error).message ?? error), 120);
    throw new InputError(`${shownFileName(out)}: cannot write the report: ${why}.`);
  }
  io.stdout(
    `Wrote the visit report of case "${teachingCase.id}" (score ${score.score}/100, ${score.level}) to ${shownFileName(out)}.`,
  );
  return 0;
}
