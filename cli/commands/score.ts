import type { VisitScore } from '../../src-core';
import type { ParsedArgs } from '../args';
import { expectOptions } from '../args';
import type { CliIo } from '../io';
import { readScoredCaseVisit } from './scored-visit';

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
    ...(score.hintPenalty > 0
      ? [`Hints asked of the assistant: ${score.hintsUsed} (−${score.hintPenalty} points)`, '']
      : []),
    `Benchmark (the programming assistant): ${score.benchmarkDescription ?? 'none'} — score ${score.benchmarkScore ?? '—'} (benchmark and scoring ${(benchmarkMs / 1000).toFixed(1)} s)`,
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
 * `scs-sim score CASE_FILE SESSION_FILE [--json] [--impedance-checked] [--edits N] [--hints N]`: scores a saved visit
 * of a case against the case's goals and the expert benchmark (the programming assistant). The session file does not
 * log the impedance check, the edits or the hints yet, so an instructor passes them (without `--impedance-checked`
 * that checklist step fails; each hint costs HINT_PENALTY_POINTS).
 */
export function scoreCommand(args: ParsedArgs, io: CliIo): number {
  expectOptions(args, ['json', 'impedance-checked', 'edits', 'hints']);
  const { score, benchmarkMs } = readScoredCaseVisit(args, io, 'score');
  io.stdout(args.options.has('json') ? JSON.stringify(score, null, 2) : textOf(score, benchmarkMs));
  return 0;
}
