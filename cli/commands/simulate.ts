import {
  POSTURES,
  PhysiologyEngine,
  simulateProgram,
  titrateProgram,
  type Posture,
  type Session,
  type SimulationResult,
} from '../../src-core';
import type { ParsedArgs } from '../args';
import { choiceOption, expectOptions, fileArgument, InputError, numberOption } from '../args';
import type { CliIo } from '../io';
import { loadDeliverableProgram } from '../load-session';

const clock = () => performance.now();

/** The area chosen by `--area N` (0-based, default the first): the one whose amplitude is set or titrated. */
export function pickArea(args: ParsedArgs, session: Session, programIndex: number): number {
  const areas = session.programs[programIndex]!.areas.length;
  const chosen = numberOption(args, 'area', 0)!;
  if (!Number.isInteger(chosen) || chosen < 0 || chosen >= areas)
    throw new InputError(`--area ${chosen}: program ${programIndex} has areas 0–${areas - 1}.`);
  return chosen;
}

/** Longest simulated time a run may ask for: 90 days (min), far past every wash-in the relief model knows. */
const MAX_ELAPSED_MIN = 90 * 24 * 60;

/** `--elapsed-min T`: simulated minutes the program has run at these settings (default 0), bounded. */
export function elapsedOption(args: ParsedArgs): number {
  const elapsedMin = numberOption(args, 'elapsed-min', 0)!;
  if (!(elapsedMin >= 0 && elapsedMin <= MAX_ELAPSED_MIN))
    throw new InputError(`--elapsed-min must be 0–${MAX_ELAPSED_MIN} minutes (90 days), got ${elapsedMin}.`);
  return elapsedMin;
}

/** "Relief 42 % overall (left L5 60 %, …) after 1440 min — teaching model" for the text reports. */
function reliefLine(result: SimulationResult): string | null {
  const { relief } = result;
  if (!relief) return null;
  const places = relief.places.map((p) => `${p.side} ${p.dermatome} ${p.reliefPct.toFixed(0)} %`).join(', ');
  return `Relief ${relief.overallPct.toFixed(0)} % overall (${places}) after ${relief.elapsedMin} min — teaching model`;
}

/**
 * Runs `simulate`, reporting the core's refusal of a given amplitude above the ceiling (a RangeError, thrown before
 * any physiology runs; the program and area were checked already) as an input error about `--amplitude-ma`.
 */
function simulateRefusingCeiling(amplitudeMa: number | undefined, simulate: () => SimulationResult): SimulationResult {
  try {
    return simulate();
  } catch (error) {
    if (error instanceof RangeError && amplitudeMa !== undefined)
      throw new InputError(`--amplitude-ma: ${error.message}`);
    throw error;
  }
}

/**
 * `scs-sim simulate FILE [--program N] [--area N] [--amplitude-ma A] [--posture P] [--elapsed-min T] [--json]`: where
 * the patient feels it, how strongly, the thresholds, coverage and relief of the pain map and the patient's words —
 * the area at A (default: what it delivers, sub-perception dosing applied), the program's other areas at what they
 * deliver, after T simulated minutes at these settings, as in the app.
 */
export function simulateCommand(args: ParsedArgs, io: CliIo): number {
  expectOptions(args, ['program', 'area', 'amplitude-ma', 'posture', 'elapsed-min', 'json']);
  const file = fileArgument(args);
  const { session, implant, programIndex } = loadDeliverableProgram(io, file, numberOption(args, 'program'));
  const areaIndex = pickArea(args, session, programIndex);
  const posture = choiceOption<Posture>(args, 'posture', POSTURES, 'supine');
  const amplitudeMa = numberOption(args, 'amplitude-ma');
  if (amplitudeMa !== undefined && !(amplitudeMa >= 0)) throw new InputError('--amplitude-ma must be 0 mA or more.');
  const elapsedMin = elapsedOption(args);
  const engine = new PhysiologyEngine(clock);
  const result = simulateRefusingCeiling(amplitudeMa, () =>
    simulateProgram(engine, session, implant, {
      programIndex,
      areaIndex,
      posture,
      elapsedMin,
      ...(amplitudeMa !== undefined ? { amplitudeMa } : {}),
    }),
  );
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
  const relief = reliefLine(result);
  if (relief) io.stdout(relief);
  return 0;
}

/**
 * `scs-sim titrate FILE [--program N] [--area N] [--posture P] [--step-ma 0.1] [--elapsed-min T] [--json]`: coverage,
 * relief (after T simulated minutes at each step) and sensation per step up to discomfort, never past the device's
 * or the patient's maximum.
 */
export function titrateCommand(args: ParsedArgs, io: CliIo): number {
  expectOptions(args, ['program', 'area', 'posture', 'step-ma', 'elapsed-min', 'json']);
  const file = fileArgument(args);
  const { session, implant, programIndex } = loadDeliverableProgram(io, file, numberOption(args, 'program'));
  const areaIndex = pickArea(args, session, programIndex);
  const posture = choiceOption<Posture>(args, 'posture', POSTURES, 'supine');
  const stepMa = numberOption(args, 'step-ma', 0.1)!;
  if (!(stepMa >= 0.01 && stepMa <= 5)) throw new InputError('--step-ma must be 0.01–5 mA.');
  const elapsedMin = elapsedOption(args);
  const engine = new PhysiologyEngine(clock);
  const titration = titrateProgram(engine, session, implant, { programIndex, areaIndex, posture, stepMa, elapsedMin });
  const steps = titration.steps.map((s) => ({
    amplitudeMa: s.amplitudeMa,
    coverage: s.coverage,
    relief: s.relief,
    paresthesia: s.paresthesia,
    uncomfortable: s.uncomfortable,
    patientSays: s.patientSays,
  }));
  if (args.options.has('json')) {
    io.stdout(JSON.stringify({ file, ...titration.thresholds, stepMa, elapsedMin, steps }, null, 2));
    return 0;
  }
  let previous = '';
  for (const s of steps) {
    if (s.patientSays === previous) continue;
    previous = s.patientSays;
    const coverage = s.coverage
      ? ` [pain covered ${s.coverage.painCoveredPct.toFixed(0)} %, outside ${s.coverage.extraneousPct.toFixed(0)} %${
          s.relief && elapsedMin > 0 ? `, relief ${s.relief.overallPct.toFixed(0)} %` : ''
        }]`
      : '';
    io.stdout(`${s.amplitudeMa.toFixed(2)} mA: ${s.patientSays}${coverage}`);
  }
  if (!steps.at(-1)?.uncomfortable) {
    const limit = titration.thresholds.limitedBy === 'patient' ? "the patient's maximum" : "the device's maximum";
    io.stdout(`Stopped at ${limit}, ${titration.thresholds.maxMa} mA, before discomfort.`);
  }
  return 0;
}
