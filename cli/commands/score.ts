import {
  casePatientId,
  caseToSession,
  expertBenchmark,
  parseCase,
  PhysiologyEngine,
  restoreSession,
  safeFileText,
  scoreVisit,
  serializeSession,
  type VisitScore,
} from '../../src-core';
import type { ParsedArgs } from '../args';
import { expectOptions, InputError, numberOption, UsageError } from '../args';
import type { CliIo } from '../io';
import { loadSession, readInputFile, shownFileName } from '../load-session';

const MAX_EDITS = 100_000;

/** The two file arguments, CASE_FILE then SESSION_FILE. */
function fileArguments(args: ParsedArgs): [string, string] {
  const [, caseFile, sessionFile, extra] = args.positionals;
  if (!caseFile || !sessionFile) throw new UsageError('Give the CASE_FILE and the SESSION_FILE to score.');
  if (extra !== undefined) throw new UsageError(`Unexpected argument "${safeFileText(extra)}".`);
  return [caseFile, sessionFile];
}

function textOf(score: VisitScore, benchmarkMs: number): string {
  const mark = { pass: '✓', fail: '✗', notApplicable: '–' } as const;
  const pct = (x: number | null) => (x === null ? '—' : `${Math.round(x)} %`);
  const o = score.outcome;
  return [
    `Case "${score.caseId}": score ${score.score}/100 — ${score.level} (${score.levelReason})`,
    '',
    'Procedure checklist:',
    ...score.checklist.map((i) => `  ${mark[i.status]} ${i.label}: ${i.reason}`),
    '',
    'Outcome of the device program:',
    `  pain covered ${pct(o.painCoveredPct)}, paresthesia outside the pain ${pct(o.extraneousPct)}` +
      (o.reliefPct === null ? '' : `, relief ${pct(o.reliefPct)}`) +
      `, ${o.comfortable === null ? 'nothing delivered' : o.comfortable ? 'comfortable' : 'uncomfortable'}`,
    ...o.criteria.map((v) => `  ${v.met === null ? '?' : v.met ? '✓' : '✗'} ${v.description}: ${v.measured}`),
    '',
    'Thresholds recorded vs the model:',
    ...(score.thresholds.length === 0
      ? ['  none asked for or recorded']
      : score.thresholds.map(
          (t) =>
            `  ${t.kind}: ${t.recordedMa === null ? 'not recorded' : `${t.recordedMa.toFixed(2)} mA`} vs ${t.truthMa === null ? 'never reached' : `${t.truthMa.toFixed(2)} mA`}` +
            (t.relativeError === null ? '' : ` (${Math.round(t.relativeError * 100)} % off)`),
        )),
    '',
    'Score parts (weight × value):',
    ...score.parts.map(
      (p) => `  ${p.component}: ${p.weight} × ${p.value === null ? 'not assessed' : p.value.toFixed(2)}`,
    ),
    '',
    `Benchmark (simple: single-lead bipoles and guarded tripoles, ${Math.round(benchmarkMs)} ms): ${score.benchmarkDescription ?? 'none'} — score ${score.benchmarkScore ?? '—'}`,
    '',
    'Feedback:',
    ...(score.feedback.length === 0
      ? ['  nothing to improve that the scorer measured']
      : score.feedback.map((f) => `  • ${f}`)),
    '',
    'Teaching model — not for clinical use.',
  ].join('\n');
}

/**
 * `scs-sim score CASE_FILE SESSION_FILE [--json] [--impedance-checked] [--edits N]`: scores a saved visit of a case
 * against the case's goals and a simple expert benchmark. The session file does not log the impedance check or the
 * edits yet, so an instructor passes them (without `--impedance-checked` that checklist step fails).
 */
export function scoreCommand(args: ParsedArgs, io: CliIo): number {
  expectOptions(args, ['json', 'impedance-checked', 'edits']);
  const [caseFile, sessionFile] = fileArguments(args);
  const parsed = parseCase(readInputFile(io, caseFile));
  if (!parsed.ok) throw new InputError(`${shownFileName(caseFile)}: ${parsed.error}`);
  const teachingCase = parsed.case;
  if (!teachingCase.implant)
    throw new InputError(
      `${shownFileName(caseFile)}: case "${teachingCase.id}" is a decision without programming; there is no visit to score.`,
    );
  const visit = loadSession(io, sessionFile);
  if (visit.session.patient.id !== casePatientId(teachingCase))
    throw new InputError(
      `${shownFileName(sessionFile)}: the session's patient "${safeFileText(visit.session.patient.id, 80)}" is not case "${teachingCase.id}" (expected "${casePatientId(teachingCase)}").`,
    );
  const edits = numberOption(args, 'edits');
  if (edits !== undefined && (!Number.isInteger(edits) || edits < 0 || edits > MAX_EDITS))
    throw new InputError(`--edits ${edits}: give a whole number of edits from 0 to ${MAX_EDITS}.`);
  const engine = new PhysiologyEngine();
  const startedMs = performance.now();
  // The benchmark starts from the case as it opens, whatever the trainee changed.
  const opened = restoreSession(serializeSession(caseToSession(teachingCase)));
  if (!opened.ok) throw new InputError(`${shownFileName(caseFile)}: ${opened.error}`);
  const benchmark = expertBenchmark(engine, teachingCase, opened.session, opened.implant);
  const benchmarkMs = performance.now() - startedMs;
  const score = scoreVisit(teachingCase, visit, {
    engine,
    benchmark,
    log: {
      ...(args.options.has('impedance-checked') ? { impedanceChecked: true } : {}),
      ...(edits === undefined ? {} : { editCount: edits }),
    },
  });
  io.stdout(args.options.has('json') ? JSON.stringify(score, null, 2) : textOf(score, benchmarkMs));
  return 0;
}
