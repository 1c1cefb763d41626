import { POSTURES, PhysiologyEngine, simulateProgram, titrateProgram, type Posture } from '../../src-core';
import type { ParsedArgs } from '../args';
import { choiceOption, expectOptions, fileArgument, InputError, numberOption } from '../args';
import type { CliIo } from '../io';
import { loadDeliverableProgram } from '../load-session';

const clock = () => performance.now();

/**
 * `scs-sim simulate FILE [--program N] [--amplitude-ma A] [--posture supine|prone|sitting|standing] [--json]`: where
 * the patient feels it, how strongly, the thresholds, coverage of the pain map and the patient's words.
 */
export function simulateCommand(args: ParsedArgs, io: CliIo): number {
  expectOptions(args, ['program', 'amplitude-ma', 'posture', 'json']);
  const file = fileArgument(args);
  const { session, implant, programIndex } = loadDeliverableProgram(io, file, numberOption(args, 'program'));
  const posture = choiceOption<Posture>(args, 'posture', POSTURES, 'supine');
  const amplitudeMa = numberOption(args, 'amplitude-ma');
  if (amplitudeMa !== undefined && !(amplitudeMa >= 0 && amplitudeMa <= 30))
    throw new InputError('--amplitude-ma must be 0–30 mA.');
  const engine = new PhysiologyEngine(clock);
  const result = simulateProgram(engine, session, implant, {
    programIndex,
    posture,
    ...(amplitudeMa !== undefined ? { amplitudeMa } : {}),
  });
  if (args.options.has('json')) {
    io.stdout(JSON.stringify({ file, ...result, timingsMs: engine.times }, null, 2));
    return 0;
  }
  const fmt = (v: number | null) => (v === null ? 'not reached' : `${v.toFixed(2)} mA`);
  io.stdout(`At ${result.amplitudeMa} mA (${posture}): "${result.patientSays}"`);
  io.stdout(
    `Perception ${fmt(result.perceptionThresholdMa)}, comfort ${fmt(result.comfortThresholdMa)}, discomfort ${fmt(result.discomfortThresholdMa)}`,
  );
  if (result.coverage)
    io.stdout(
      `Pain covered ${result.coverage.painCoveredPct.toFixed(0)} %, paresthesia outside the pain ${result.coverage.extraneousPct.toFixed(0)} %`,
    );
  return 0;
}

/** `scs-sim titrate FILE [--program N] [--posture P] [--step-ma 0.1] [--json]`: coverage and sensation per step up to discomfort. */
export function titrateCommand(args: ParsedArgs, io: CliIo): number {
  expectOptions(args, ['program', 'posture', 'step-ma', 'json']);
  const file = fileArgument(args);
  const { session, implant, programIndex } = loadDeliverableProgram(io, file, numberOption(args, 'program'));
  const posture = choiceOption<Posture>(args, 'posture', POSTURES, 'supine');
  const stepMa = numberOption(args, 'step-ma', 0.1)!;
  if (!(stepMa >= 0.01 && stepMa <= 5)) throw new InputError('--step-ma must be 0.01–5 mA.');
  const program = session.programs[programIndex]!;
  const maxMa = implant.ipg.paradigms[program.paradigm.kind]?.amplitudeMa.max ?? 25.5;
  const engine = new PhysiologyEngine(clock);
  const titration = titrateProgram(engine, session, implant, { programIndex, posture, stepMa, maxMa });
  const steps = titration.steps.map((s) => ({
    amplitudeMa: s.amplitudeMa,
    coverage: s.coverage,
    paresthesia: s.paresthesia,
    uncomfortable: s.uncomfortable,
    patientSays: s.patientSays,
  }));
  if (args.options.has('json')) {
    io.stdout(JSON.stringify({ file, ...titration.thresholds, stepMa, steps }, null, 2));
    return 0;
  }
  let previous = '';
  for (const s of steps) {
    if (s.patientSays === previous) continue;
    previous = s.patientSays;
    const coverage = s.coverage
      ? ` [pain covered ${s.coverage.painCoveredPct.toFixed(0)} %, outside ${s.coverage.extraneousPct.toFixed(0)} %]`
      : '';
    io.stdout(`${s.amplitudeMa.toFixed(2)} mA: ${s.patientSays}${coverage}`);
  }
  return 0;
}
