import {
  POSTURES,
  PhysiologyEngine,
  STRENGTH_DURATION_PULSE_WIDTHS_US,
  configureSimulation,
  strengthDurationCurve,
  strengthDurationPulse,
  type Posture,
} from '../../src-core';
import type { ParsedArgs } from '../args';
import { choiceOption, expectOptions, fileArgument, numberOption } from '../args';
import type { CliIo } from '../io';
import { loadDeliverableProgram } from '../load-session';
import { pickArea } from './simulate';

const clock = () => performance.now();

/**
 * `scs-sim strength-duration FILE [--program N] [--area N] [--posture P] [--json]`: perception and discomfort
 * thresholds of one area (other areas off) at each pulse width of the app's sweep, with Weiss's law fitted to the
 * perception thresholds (rheobase, chronaxie) — the same core calls, widths and fit as the app's chart.
 */
export function strengthDurationCommand(args: ParsedArgs, io: CliIo): number {
  expectOptions(args, ['program', 'area', 'posture', 'json']);
  const file = fileArgument(args);
  const { session, implant, programIndex } = loadDeliverableProgram(io, file, numberOption(args, 'program'));
  const areaIndex = pickArea(args, session, programIndex);
  const posture = choiceOption<Posture>(args, 'posture', POSTURES, 'supine');
  const engine = new PhysiologyEngine(clock);
  const configured = configureSimulation(engine, session, implant, {
    programIndex,
    areaIndex,
    posture,
    stimulationOn: true,
  });
  // The app's chart runs the same sweep a step at a time in its worker.
  const { points, fit } = strengthDurationCurve(engine, configured.setup, configured.area);
  const pulse = strengthDurationPulse(configured.setup.program, STRENGTH_DURATION_PULSE_WIDTHS_US[0]!);
  const report = {
    file,
    programIndex,
    areaIndex,
    posture,
    waveform: pulse.pulse.waveform,
    interphaseGapUs:
      configured.setup.program.paradigm.kind === 'tonic' ? configured.setup.program.paradigm.interphaseGapUs : null,
    polarity: pulse.pulse.polarity,
    rheobaseMa: fit?.rheobaseMa ?? null,
    chronaxieUs: fit?.chronaxieUs ?? null,
    fit: 'Weiss (1901): perception charge I·PW = I_rh·(PW + c), least squares over the felt points',
    points,
    timingsMs: engine.times,
  };
  if (args.options.has('json')) {
    io.stdout(JSON.stringify(report, null, 2));
    return 0;
  }
  const fmt = (v: number | null) => (v === null ? 'not reached' : `${v.toFixed(2)} mA`);
  io.stdout(
    fit
      ? `Rheobase ${fit.rheobaseMa.toFixed(2)} mA, chronaxie ${fit.chronaxieUs.toFixed(0)} µs (${pulse.pulse.waveform})`
      : 'Too few felt points to fit Weiss’s law.',
  );
  for (const p of points)
    io.stdout(`${p.pulseWidthUs} µs: perception ${fmt(p.perceptionMa)}, discomfort ${fmt(p.discomfortMa)}`);
  return 0;
}
