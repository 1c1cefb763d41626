import {
  POSTURES,
  PhysiologyEngine,
  amplitudeAboveCeiling,
  configureSimulation,
  ecapConfigurationOf,
  ecapGrowthCurve,
  ecapGrowthFit,
  ecapThresholdMa,
  ecapTraceAt,
  traceMeasures,
  type Posture,
} from '../../src-core';
import type { ParsedArgs } from '../args';
import { InputError, choiceOption, expectOptions, fileArgument, numberOption } from '../args';
import type { CliIo } from '../io';
import { loadDeliverableProgram } from '../load-session';
import { pickArea } from './simulate';

const clock = () => performance.now();
/** Growth-curve points from 0 to the amplitude ceiling (the app would draw as many). */
const GROWTH_POINTS = 21;
/** Seed of the recording noise: fixed, so a run is reproducible. */
const NOISE_SEED = 1;
const round = (v: number, digits = 3) => Math.round(v * 10 ** digits) / 10 ** digits;

/**
 * `scs-sim ecap FILE [--program N] [--area N] [--posture P] [--amplitude-ma A] [--json]`: the ECAP at the
 * recording contacts (default rule of `defaultRecordingContacts`) at A (default the area's delivered amplitude):
 * trace, N1/P2 and latencies, the ECAP threshold beside the perception threshold, and the growth curve.
 */
export function ecapCommand(args: ParsedArgs, io: CliIo): number {
  expectOptions(args, ['program', 'area', 'posture', 'amplitude-ma', 'json']);
  const file = fileArgument(args);
  const { session, implant, programIndex } = loadDeliverableProgram(io, file, numberOption(args, 'program'));
  const areaIndex = pickArea(args, session, programIndex);
  const posture = choiceOption<Posture>(args, 'posture', POSTURES, 'supine');
  const requested = numberOption(args, 'amplitude-ma');
  if (requested !== undefined && !(requested >= 0)) throw new InputError('--amplitude-ma must be 0 mA or more.');
  const engine = new PhysiologyEngine(clock);
  const configured = configureSimulation(engine, session, implant, {
    programIndex,
    areaIndex,
    posture,
    stimulationOn: true,
  });
  const amplitudeMa = requested ?? configured.deliveredMa[areaIndex]!;
  const problem = amplitudeAboveCeiling(configured.ceiling, amplitudeMa);
  if (problem) throw new InputError(`--amplitude-ma: ${problem}`);
  let ecap;
  try {
    ecap = ecapConfigurationOf(engine, configured);
  } catch (error) {
    if (error instanceof RangeError)
      throw new InputError(`program ${programIndex} area ${areaIndex}: ${error.message}`);
    throw error;
  }
  const trace = ecapTraceAt(ecap, amplitudeMa, { seed: NOISE_SEED });
  const measures = traceMeasures(trace, ecap);
  const thresholdMa = ecapThresholdMa(ecap);
  const pt = configured.perceptionThresholdMa;
  const growth = ecapGrowthCurve(ecap, GROWTH_POINTS);
  const fit = ecapGrowthFit(ecap);
  const report = {
    file,
    programIndex,
    areaIndex,
    posture,
    amplitudeMa,
    recordingContacts: ecap.contacts,
    sampleUs: trace.sampleUs,
    n1Uv: round(measures.n1Uv),
    n1LatencyMs: round(measures.n1LatencyMs, 4),
    p2Uv: round(measures.p2Uv),
    p2LatencyMs: round(measures.p2LatencyMs, 4),
    ecapUv: round(measures.amplitudeUv),
    recruitedFibres: round(trace.recruitedFibres, 1),
    ecapThresholdMa: thresholdMa === null ? null : round(thresholdMa),
    perceptionThresholdMa: pt === null ? null : round(pt),
    ecapToPerceptionRatio: thresholdMa !== null && pt !== null ? round(thresholdMa / pt) : null,
    growthFit: fit && { slopeUvPerMa: round(fit.slopeUvPerMa), interceptMa: round(fit.interceptMa) },
    growthCurve: growth.map((p) => ({ amplitudeMa: round(p.amplitudeMa), ecapUv: round(p.ecapUv) })),
    trace: {
      recordedUv: Array.from(trace.recordedUv, (v) => round(v)),
      neuralUv: Array.from(trace.neuralUv, (v) => round(v)),
      artefactUv: Array.from(trace.artefactUv, (v) => round(v)),
    },
    timingsMs: engine.times,
  };
  if (args.options.has('json')) {
    io.stdout(JSON.stringify(report, null, 2));
    return 0;
  }
  const mA = (v: number | null) => (v === null ? 'not reached' : `${v.toFixed(2)} mA`);
  const { recording, reference } = ecap.contacts;
  io.stdout(
    `ECAP at ${amplitudeMa} mA, ${posture}, recording contact ${recording} against ${reference ?? 'a distant reference'}`,
  );
  io.stdout(
    `N1 ${measures.n1Uv.toFixed(1)} µV at ${measures.n1LatencyMs.toFixed(2)} ms, P2 ${measures.p2Uv.toFixed(1)} µV at ${measures.p2LatencyMs.toFixed(2)} ms: ECAP ${measures.amplitudeUv.toFixed(1)} µV`,
  );
  io.stdout(`ECAP threshold ${mA(thresholdMa)}, perception threshold ${mA(pt)}`);
  if (fit)
    io.stdout(
      `Growth slope ${fit.slopeUvPerMa.toFixed(2)} µV/mA, extrapolated threshold ${fit.interceptMa.toFixed(2)} mA`,
    );
  io.stdout(`Growth: ${growth.map((p) => `${p.amplitudeMa.toFixed(1)} mA ${p.ecapUv.toFixed(1)} µV`).join(', ')}`);
  return 0;
}
