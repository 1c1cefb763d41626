import { describeCriterion, parseCase, safeFileText, type TeachingCase } from '../../src-core';
import type { ParsedArgs } from '../args';
import { expectOptions, fileArgument, InputError } from '../args';
import type { CliIo } from '../io';
import { FileRefusedError } from '../io';
import { shownFileName } from '../load-session';

const LEVEL_WORDS = {
  earlyLearner: 'early learner',
  advancedLearner: 'advanced learner',
  practitioner: 'practitioner',
};

/** What the trainee is shown before the visit: never the hidden truth (anatomy, true lead position, faults). */
function briefOf(c: TeachingCase) {
  return {
    id: c.id,
    title: c.title,
    difficulty: c.difficulty,
    level: c.level,
    objectives: c.objectives,
    patient: { name: c.patient.name, story: c.patient.story, painMap: c.patient.painMap },
    brief: c.brief,
    ...(c.candidateSelection
      ? {
          candidateSelection: {
            question: c.candidateSelection.question,
            options: c.candidateSelection.options.map((o) => o.option),
          },
        }
      : {}),
    implant: c.implant
      ? {
          ipgId: c.implant.ipgId,
          // Where the record says the leads are: a migrated lead's true placement is for the debrief.
          leads: c.implant.leads.map((l) => ({ modelId: l.modelId, placement: l.intendedPlacement ?? l.placement })),
        }
      : null,
    success: c.success.map((criterion) => ({ ...criterion, text: describeCriterion(criterion) })),
  };
}

/** Reads a case file; a missing or refused file is an InputError naming it. */
export function readCaseText(io: CliIo, file: string): string {
  const name = shownFileName(file);
  try {
    return io.readFile(file);
  } catch (error) {
    if (error instanceof FileRefusedError) throw new InputError(`${name}: ${error.message}`);
    const code = (error as { code?: string }).code;
    throw new InputError(
      code === 'ENOENT'
        ? `${name}: no such file.`
        : `${name}: cannot be read (${safeFileText((error as Error).message, 200)}).`,
    );
  }
}

/**
 * `scs-sim case FILE [--json]`: checks a case file and prints its brief (story, pain drawing, implant as recorded,
 * goals) without the hidden truth; exit 1 with a message naming the field when the case is invalid.
 */
export function caseCommand(args: ParsedArgs, io: CliIo): number {
  expectOptions(args, ['json']);
  const file = fileArgument(args);
  const name = shownFileName(file);
  const result = parseCase(readCaseText(io, file));
  if (!result.ok) throw new InputError(`${name}: ${result.error}`);
  const brief = briefOf(result.case);
  if (args.options.has('json')) {
    io.stdout(JSON.stringify({ valid: true, ...brief }, null, 2));
    return 0;
  }
  const c = result.case;
  const pain = c.patient.painMap.map((r) => `${r.side} ${r.dermatome}`).join(', ');
  const lines = [
    `${name}: valid case "${c.id}"`,
    `${c.title} — difficulty ${c.difficulty}/5, ${LEVEL_WORDS[c.level]}`,
    '',
    `${c.patient.name}: ${c.patient.story}`,
    `Pain drawing: ${pain}`,
    brief.implant
      ? `Implant: ${brief.implant.ipgId}; ${brief.implant.leads.map((l) => `${l.modelId} tip ${l.placement.tip.level} + ${l.placement.tip.offsetMm} mm, ${l.placement.lateralMm} mm lateral`).join('; ')}`
      : 'Implant: none (decide first)',
    '',
    `Task: ${c.brief}`,
    ...(c.candidateSelection
      ? [`Decide: ${c.candidateSelection.question} (${c.candidateSelection.options.map((o) => o.option).join(', ')})`]
      : []),
    'Objectives:',
    ...c.objectives.map((o) => `  - ${o}`),
    ...(c.success.length > 0 ? ['Success when:', ...c.success.map((s) => `  - ${describeCriterion(s)}`)] : []),
  ];
  io.stdout(lines.join('\n'));
  return 0;
}
