import {
  assistantHint,
  casePatientId,
  caseToSession,
  deviceStateOf,
  impedanceCheck,
  parseCase,
  PhysiologyEngine,
  programmingAssistant,
  restoreSession,
  safeFileText,
  serializeSession,
  type AssistantResult,
  type AssistedProgram,
  type TeachingCase,
} from '../../src-core';
import type { ParsedArgs } from '../args';
import { expectOptions, InputError, UsageError } from '../args';
import type { CliIo } from '../io';
import { loadSession, readInputFile, shownFileName } from '../load-session';

const round1 = (x: number) => Math.round(x * 10) / 10;
const pct = (x: number | null | undefined) => (x === null || x === undefined ? '—' : `${Math.round(x)} %`);

function caseOf(io: CliIo, file: string): TeachingCase {
  const parsed = parseCase(readInputFile(io, file));
  if (!parsed.ok) throw new InputError(`${shownFileName(file)}: ${parsed.error}`);
  if (!parsed.case.implant)
    throw new InputError(
      `${shownFileName(file)}: case "${parsed.case.id}" is a decision without programming; there is no program to search for.`,
    );
  return parsed.case;
}

/** One program as the JSON output reports it. */
function programJson(p: AssistedProgram) {
  return {
    posture: p.posture,
    description: p.description,
    program: p.program,
    painCoveredPct: p.result.coverage ? round1(p.result.coverage.painCoveredPct) : null,
    outsidePainPct: p.result.coverage ? round1(p.result.coverage.extraneousPct) : null,
    reliefPct: p.result.relief ? p.result.relief.overallPct : null,
    reliefAfterMin: p.result.elapsedMin,
    comfortable: !p.result.uncomfortable,
    paresthesia: p.result.paresthesia,
    thresholdsMa: { perception: p.perceptionMa, comfort: p.comfortMa, discomfort: p.discomfortMa },
    batteryPowerMw: p.energy.batteryPowerMw,
    rechargeMinutesPerDay: p.energy.rechargeMinutesPerDay,
    longevityYears: p.energy.longevityYears,
    criteriaMet: `${p.merit.criteriaMet}/${p.merit.criteriaCount}`,
  };
}

function programText(p: AssistedProgram, relief: boolean): string[] {
  const r = p.result;
  const e = p.energy;
  const energy =
    e.rechargeMinutesPerDay !== null
      ? `${e.rechargeMinutesPerDay.toFixed(0)} min/day recharging`
      : e.longevityYears !== null
        ? `${e.longevityYears.toFixed(1)} years battery life`
        : 'no energy figure';
  return [
    `  ${p.posture}: ${p.description}`,
    `    ${relief ? `relief ${pct(r.relief?.overallPct)} after ${r.elapsedMin} min, ` : ''}pain covered ${pct(r.coverage?.painCoveredPct)}, paresthesia outside the pain ${pct(r.paresthesia.length === 0 ? 0 : r.coverage?.extraneousPct)}, ${r.uncomfortable ? 'uncomfortable' : 'comfortable'}`,
    `    thresholds: perception ${p.perceptionMa?.toFixed(2) ?? '—'} mA, comfort ${p.comfortMa?.toFixed(2) ?? '—'} mA, discomfort ${p.discomfortMa?.toFixed(2) ?? '—'} mA`,
    `    energy: ${e.batteryPowerMw === null ? '—' : `${e.batteryPowerMw.toFixed(2)} mW`} from the battery, ${energy}; case criteria met ${p.merit.criteriaMet}/${p.merit.criteriaCount}`,
    `    the patient says: "${r.patientSays}"`,
  ];
}

function resultText(teachingCase: TeachingCase, a: AssistantResult, searchMs: number): string {
  return [
    `Case "${teachingCase.id}": the programming assistant's best ${a.programs.length > 1 ? 'programs' : 'program'}`,
    ...(a.programs.length === 0 ? ['  none: no comfortable, safe configuration found'] : []),
    ...a.programs.flatMap((p) => programText(p, a.goal.outcome === 'relief')),
    '',
    `Impedance check: ${a.avoidedContacts.length === 0 ? 'all contacts usable' : `${a.avoidedContacts.length === 1 ? 'contact' : 'contacts'} ${a.avoidedContacts.join(', ')} open or shorted, not used`}.`,
    `Searched ${a.configurationsTried} configurations in ${(searchMs / 1000).toFixed(1)} s${a.complete ? '' : ' (stopped early)'}.`,
    '',
    'Teaching model — not for clinical use.',
  ].join('\n');
}

/**
 * `scs-sim assist CASE_FILE [--json]`: the programming assistant's best program for a case (after an impedance
 * check of the case's implant, as an expert starts), with its coverage or relief, paresthesia outside the pain and
 * energy. `--hint SESSION_FILE`: one next step for the trainee's current program in that session file instead.
 */
export function assistCommand(args: ParsedArgs, io: CliIo): number {
  expectOptions(args, ['json', 'hint']);
  const [, caseFile, extra] = args.positionals;
  if (!caseFile) throw new UsageError('Give the CASE_FILE to search a program for.');
  if (extra !== undefined) throw new UsageError(`Unexpected argument "${safeFileText(extra)}".`);
  const hint = args.options.get('hint');
  if (hint === true) throw new UsageError('--hint needs a SESSION_FILE.');
  const teachingCase = caseOf(io, caseFile);
  const visit = hint === undefined ? null : loadSession(io, hint);
  if (visit && visit.session.patient.id !== casePatientId(teachingCase))
    throw new InputError(
      `${shownFileName(hint!)}: the session's patient "${safeFileText(visit.session.patient.id, 80)}" is not case "${teachingCase.id}" (expected "${casePatientId(teachingCase)}").`,
    );
  // The search starts from the case as it opens, whatever the trainee changed.
  const opened = restoreSession(serializeSession(caseToSession(teachingCase)));
  if (!opened.ok) throw new InputError(`${shownFileName(caseFile)}: ${opened.error}`);
  const engine = new PhysiologyEngine();
  const startedMs = performance.now();
  const assistant = programmingAssistant(engine, teachingCase, opened.session, opened.implant, {
    impedance: impedanceCheck(
      opened.implant,
      opened.session.faults,
      deviceStateOf(opened.session, opened.implant).impedance,
    ),
  });
  const searchMs = performance.now() - startedMs;
  if (visit) {
    const h = assistantHint(engine, visit.session, visit.implant, assistant);
    io.stdout(
      args.options.has('json')
        ? JSON.stringify({ caseId: teachingCase.id, hint: h, assistant: assistant.programs.map(programJson) }, null, 2)
        : `Hint: ${h.text}\n\n(A hint costs points in the score. Teaching model — not for clinical use.)`,
    );
    return 0;
  }
  io.stdout(
    args.options.has('json')
      ? JSON.stringify(
          {
            caseId: teachingCase.id,
            goal: assistant.goal.outcome,
            programs: assistant.programs.map(programJson),
            avoidedContacts: assistant.avoidedContacts,
            configurationsTried: assistant.configurationsTried,
            searchMs: Math.round(searchMs),
            complete: assistant.complete,
          },
          null,
          2,
        )
      : resultText(teachingCase, assistant, searchMs),
  );
  return 0;
}
