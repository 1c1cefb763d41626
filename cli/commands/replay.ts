import {
  PhysiologyEngine,
  cordStateEcap,
  parsePostureTimeline,
  replayProgramDay,
  replayReportForJson,
  safeFileText,
  type ProgramDayReport,
  type ProgramDaySettings,
  type ReplayReport,
} from '../../src-core';
import type { ParsedArgs } from '../args';
import { InputError, UsageError, expectOptions, fileArgument, numberOption } from '../args';
import type { CliIo } from '../io';
import { loadDeliverableProgram, readInputFile, shownFileName } from '../load-session';
import { pickArea } from './simulate';

const clock = () => performance.now();
const round = (v: number, digits = 3) => Math.round(v * 10 ** digits) / 10 ** digits;

/** A bounded numeric option: out of range is an input error naming the option, its range and the value. */
function boundedOption(args: ParsedArgs, name: string, lo: number, hi: number, unit: string, open = false) {
  const v = numberOption(args, name);
  if (v === undefined) return undefined;
  if (!(open ? v > lo : v >= lo) || v > hi)
    throw new InputError(
      `--${name} must be ${open ? 'above' : 'from'} ${lo}${open ? ' and at most' : ' to'} ${hi} ${unit}, not ${v}.`,
    );
  return v;
}

/** `--timeline T.json`, read (bounded like every input file) and parsed; every problem names the file. */
function timelineOption(io: CliIo, args: ParsedArgs) {
  const path = args.options.get('timeline');
  if (path === undefined) throw new UsageError('Give the posture timeline with --timeline T.json.');
  if (path === true || path === '') throw new UsageError('--timeline needs a file name.');
  const parsed = parsePostureTimeline(readInputFile(io, path));
  if (!parsed.ok) throw new InputError(`${shownFileName(path)}: ${parsed.error}`);
  return parsed.timeline;
}

function modeSummary(label: string, r: ReplayReport): string[] {
  const reports = [...new Set(r.episodes.map((e) => e.report))];
  const lines = [
    `${label}: ${r.inRangePct.toFixed(1)} % of pulses in the window (${r.overPct.toFixed(1)} % above, ${r.underPct.toFixed(1)} % below); ` +
      `deviation RMS ${r.deviation.rmsUv.toFixed(2)} µV, ECAP SD ${r.ecapSdUv.toFixed(2)} µV; ` +
      `current ${r.amplitude.minMa.toFixed(2)}–${r.amplitude.maxMa.toFixed(2)} mA`,
  ];
  if (r.loopGain)
    lines.push(
      `  loop gain ${r.loopGain.min.toFixed(2)}–${r.loopGain.max.toFixed(2)} (median ${r.loopGain.median.toFixed(2)}; ${r.loopGain.unstablePct.toFixed(1)} % of updates at ≥ 2)`,
    );
  lines.push(
    `  episodes: ${r.episodeCounts.over} over, ${r.episodeCounts.under} under` +
      (reports.length ? `; the patient says: ${reports.map((s) => `"${s}"`).join(' ')}` : ''),
  );
  for (const a of r.alerts.slice(0, 3)) lines.push(`  alert at ${a.startS.toFixed(0)} s: ${a.message}`);
  return lines;
}

function textReport(day: ProgramDayReport, shown: readonly ('open' | 'adaptive' | 'closed')[]): string[] {
  const w = day.therapeuticRange;
  const op = day.operatingPoint;
  const lines = [
    `Posture day "${safeFileText(day.openLoop.timelineName)}", ${(day.openLoop.durationS / 3600).toFixed(2)} h at ${day.openLoop.controlRateHz} Hz control`,
    `Window (sitting): ${w.perceptionEcapUv.toFixed(2)} µV at PT ${w.perceptionThresholdMa.toFixed(2)} mA → ${w.maxComfortEcapUv.toFixed(2)} µV at ${w.maxComfortMa.toFixed(2)} mA`,
    `Target ${day.targetUv.toFixed(2)} µV; open loop ${day.openLoopMa.toFixed(2)} mA; gain ${day.gainMaPerUv.toFixed(4)} mA/µV → loop gain ` +
      `${op.sitting.loopGain.toFixed(2)} sitting (slope ${op.sitting.slopeUvPerMa.toFixed(2)} µV/mA), ${op.supine.loopGain.toFixed(2)} supine, ${op.prone.loopGain.toFixed(2)} prone`,
  ];
  if (shown.includes('open')) lines.push(...modeSummary('Open loop', day.openLoop));
  if (shown.includes('adaptive')) {
    const a = day.adaptiveMaByPosture;
    lines.push(
      ...modeSummary(
        `Posture-adaptive (supine ${a.supine.toFixed(2)}, prone ${a.prone.toFixed(2)}, sitting ${a.sitting.toFixed(2)}, standing ${a.standing.toFixed(2)} mA)`,
        day.postureAdaptive,
      ),
    );
  }
  if (shown.includes('closed')) {
    lines.push(...modeSummary('Closed loop', day.closedLoop));
    lines.push(
      `Closed-loop deviation ÷ open-loop deviation: ${day.deviationRatio.toFixed(3)} (EVOKE: 3.0 / 66.4 µV = 0.045)`,
    );
  }
  return lines;
}

/**
 * `scs-sim replay FILE --timeline T.json [--program N] [--area N] [--closed-loop [--target-uv U] [--gain G |
 * --loop-gain g]] [--adaptive] [--amplitude-ma A] [--control-hz 50] [--noise-uv 0] [--trace-points 4000] [--json]`:
 * the program's posture day on the ECAP model (`cordStateEcap` → `replayProgramDay`), open loop, and closed loop
 * and/or posture-adaptive when asked (all three when neither is).
 */
export function replayCommand(args: ParsedArgs, io: CliIo): number {
  expectOptions(args, [
    'timeline',
    'program',
    'area',
    'closed-loop',
    'target-uv',
    'gain',
    'loop-gain',
    'adaptive',
    'amplitude-ma',
    'control-hz',
    'noise-uv',
    'trace-points',
    'json',
  ]);
  const file = fileArgument(args);
  const closed = args.options.has('closed-loop');
  const adaptive = args.options.has('adaptive');
  for (const name of ['target-uv', 'gain', 'loop-gain'])
    if (args.options.has(name) && !closed)
      throw new UsageError(`--${name} sets the closed loop: give --closed-loop too.`);
  if (args.options.has('gain') && args.options.has('loop-gain'))
    throw new UsageError('Give --gain (mA/µV) or --loop-gain (sitting), not both.');
  const settings: ProgramDaySettings = {
    ...optional('targetUv', boundedOption(args, 'target-uv', 0, 1000, 'µV', true)),
    ...optional('gainMaPerUv', boundedOption(args, 'gain', 0, 10, 'mA/µV', true)),
    ...optional('loopGain', boundedOption(args, 'loop-gain', 0, 10, '', true)),
    ...optional('openLoopMa', boundedOption(args, 'amplitude-ma', 0, 100, 'mA')),
    ...optional('controlRateHz', boundedOption(args, 'control-hz', 1, 1200, 'Hz')),
    ...optional('measurementNoiseUv', boundedOption(args, 'noise-uv', 0, 100, 'µV')),
    ...optional('maxTracePoints', boundedOption(args, 'trace-points', 10, 200_000, 'points')),
  };
  const timeline = timelineOption(io, args);
  const { session, implant, programIndex } = loadDeliverableProgram(io, file, numberOption(args, 'program'));
  const areaIndex = pickArea(args, session, programIndex);
  let day: ProgramDayReport;
  let model;
  try {
    model = cordStateEcap(new PhysiologyEngine(clock), session, implant, programIndex, { areaIndex });
    if (settings.openLoopMa !== undefined && settings.openLoopMa > model.maxMa)
      throw new RangeError(`--amplitude-ma ${settings.openLoopMa} is above the area's ceiling of ${model.maxMa} mA.`);
    day = replayProgramDay(model, timeline, settings);
  } catch (error) {
    if (error instanceof RangeError)
      throw new InputError(`program ${programIndex} area ${areaIndex}: ${error.message}`);
    throw error;
  }
  const shown: ('open' | 'adaptive' | 'closed')[] =
    closed || adaptive
      ? ['open', ...(adaptive ? (['adaptive'] as const) : []), ...(closed ? (['closed'] as const) : [])]
      : ['open', 'adaptive', 'closed'];
  if (!args.options.has('json')) {
    for (const line of textReport(day, shown)) io.stdout(line);
    return 0;
  }
  const modes: Record<string, unknown> = {};
  if (shown.includes('open')) modes.openLoop = replayReportForJson(day.openLoop);
  if (shown.includes('adaptive')) modes.postureAdaptive = replayReportForJson(day.postureAdaptive);
  if (shown.includes('closed')) modes.closedLoop = replayReportForJson(day.closedLoop);
  io.stdout(
    JSON.stringify({
      file,
      programIndex,
      areaIndex,
      timeline: timeline.name,
      recordingContacts: model.contacts,
      restingDcsfMm: model.restingDcsfMm,
      knotsDcsfMm: model.knotsDcsfMm.map((k) => round(k)),
      window: day.therapeuticRange,
      targetUv: day.targetUv,
      openLoopMa: day.openLoopMa,
      gainMaPerUv: day.gainMaPerUv,
      operatingPoint: day.operatingPoint,
      adaptiveMaByPosture: day.adaptiveMaByPosture,
      limits: {
        patientMaxMa: day.limits.patientMaxMa,
        complianceLimitMa: Number.isFinite(day.limits.complianceLimitMa) ? day.limits.complianceLimitMa : null,
      },
      deviationRatio: shown.includes('closed') ? day.deviationRatio : null,
      ...modes,
    }),
  );
  return 0;
}

function optional<K extends string>(key: K, value: number | undefined): Partial<Record<K, number>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, number>);
}
