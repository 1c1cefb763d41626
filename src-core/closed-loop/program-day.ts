/**
 * A program's posture day, as a trainee verifies it: the therapeutic range set sitting from the model (ECAP at the
 * perception threshold → ECAP at the maximum comfortable current; EVOKE's definition, Mekhail 2020/2022), the
 * closed-loop target and gain, the posture-adaptive amplitudes derived from the model's growth curves, and the day
 * replayed open loop, posture-adaptive and closed loop. The one path for `scs-sim replay` and the app's dialog.
 */
import { POSTURES, type Posture } from '../anatomy/patient-anatomy';
import { growthSlopeUvPerMa } from './controller';
import { restingCordState } from './cord-state';
import type { CordStateEcap } from './cord-state-ecap';
import { currentForEcapMa } from './growth-inverse';
import { replayPostureDay, type ReplayReport } from './replay';
import { DEFAULT_CONTROL_RATE_HZ, type ReplaySettings } from './replay-settings';
import type { PostureTimeline } from './timeline-file';

/** What the trainee chooses for a program's day; everything left out is derived from the model. */
export interface ProgramDaySettings {
  /** Closed-loop target (µV); default the ECAP sitting at the open-loop amplitude. */
  readonly targetUv?: number;
  /** Controller gain K (mA/µV); default the gain giving `loopGain` sitting at the target. */
  readonly gainMaPerUv?: number;
  /** Loop gain wanted sitting at the target, when `gainMaPerUv` is not given; default DEFAULT_LOOP_GAIN. */
  readonly loopGain?: number;
  /** Fixed (open-loop) amplitude (mA); default the programmed one, or mid-range when that is outside the therapeutic range. */
  readonly openLoopMa?: number;
  /** Patient maximum for the replay (mA); default the area's ceiling. */
  readonly patientMaxMa?: number;
  /** Controller updates per second (Hz); default 50. */
  readonly controlRateHz?: number;
  /** Stimulation rate (Hz); default the control rate. */
  readonly pulseRateHz?: number;
  /** ECAP measurement noise the controller sees (µV RMS); default 0 (the noise-free model). */
  readonly measurementNoiseUv?: number;
  readonly seed?: number;
  /** Most points kept in each trace (the statistics use every update); default 4000. */
  readonly maxTracePoints?: number;
}

/** The therapeutic range, target and gain the day was replayed with, and the three reports. */
export interface ProgramDayReport {
  readonly therapeuticRange: {
    readonly perceptionThresholdMa: number;
    readonly maxComfortMa: number;
    readonly perceptionEcapUv: number;
    readonly maxComfortEcapUv: number;
  };
  readonly targetUv: number;
  readonly openLoopMa: number;
  readonly gainMaPerUv: number;
  /** Growth slope (µV/mA) and loop gain at the target's operating point in each resting posture. */
  readonly operatingPoint: Readonly<
    Record<Posture, { readonly amplitudeMa: number; readonly slopeUvPerMa: number; readonly loopGain: number }>
  >;
  readonly adaptiveMaByPosture: Readonly<Record<Posture, number>>;
  readonly limits: { readonly patientMaxMa: number; readonly complianceLimitMa: number };
  readonly openLoop: ReplayReport;
  readonly postureAdaptive: ReplayReport;
  readonly closedLoop: ReplayReport;
  /** Closed-loop RMS deviation ÷ open-loop RMS deviation (EVOKE: 3.0 / 66.4 ≈ 0.05). */
  readonly deviationRatio: number;
}

/** Default loop gain sitting [U]: half-way to the fastest loop without overshoot (g = 1), margin for supine. */
export const DEFAULT_LOOP_GAIN = 0.5;

const sitting = restingCordState('sitting');

/**
 * Replays `timeline` for the program `model` was built for, in the three modes, with the therapeutic range set sitting.
 * Throws a RangeError when the therapeutic range cannot be set (no perception threshold sitting within the ceiling, or no
 * ECAP growth between PT and the maximum) or a setting is out of range (`replaySettingsIssue`).
 * @example
 * const day = replayProgramDay(cordStateEcap(engine, session, implant, 0), timeline, { loopGain: 0.5 });
 * day.closedLoop.inRangePct; // ≈ 99
 */
export function replayProgramDay(
  model: CordStateEcap,
  timeline: PostureTimeline,
  settings: ProgramDaySettings = {},
): ProgramDayReport {
  const { ecapAt } = model;
  const patientMaxMa = settings.patientMaxMa ?? model.maxMa;
  const ptMa = model.perceptionThresholdMa.sitting;
  if (ptMa === null || ptMa >= patientMaxMa)
    throw new RangeError(
      `the therapeutic range cannot be set: no perception threshold sitting below the patient maximum of ${patientMaxMa} mA.`,
    );
  const maxComfortMa = Math.min(model.discomfortThresholdMa.sitting ?? Infinity, patientMaxMa);
  const therapeuticRange = {
    perceptionThresholdMa: ptMa,
    maxComfortMa,
    perceptionEcapUv: ecapAt(sitting, ptMa),
    maxComfortEcapUv: ecapAt(sitting, maxComfortMa),
  };
  if (!(therapeuticRange.maxComfortEcapUv > therapeuticRange.perceptionEcapUv))
    throw new RangeError(
      `the therapeutic range cannot be set: the ECAP does not grow between perception (${ptMa.toFixed(2)} mA) and the maximum (${maxComfortMa.toFixed(2)} mA) sitting.`,
    );
  const programmed = model.programmedMa;
  const openLoopMa =
    settings.openLoopMa ?? (programmed >= ptMa && programmed <= maxComfortMa ? programmed : (ptMa + maxComfortMa) / 2);
  const targetUv = settings.targetUv ?? ecapAt(sitting, openLoopMa);
  const operatingPoint = Object.fromEntries(
    POSTURES.map((p) => {
      const state = restingCordState(p);
      const amplitudeMa = currentForEcapMa(ecapAt, state, targetUv, patientMaxMa);
      return [p, { amplitudeMa, slopeUvPerMa: growthSlopeUvPerMa(ecapAt, state, amplitudeMa), loopGain: 0 }];
    }),
  ) as Record<Posture, { amplitudeMa: number; slopeUvPerMa: number; loopGain: number }>;
  const sittingSlope = operatingPoint.sitting.slopeUvPerMa;
  const gainMaPerUv =
    settings.gainMaPerUv ?? (sittingSlope > 0 ? (settings.loopGain ?? DEFAULT_LOOP_GAIN) / sittingSlope : 0);
  for (const p of POSTURES) operatingPoint[p].loopGain = gainMaPerUv * operatingPoint[p].slopeUvPerMa;
  const adaptiveMaByPosture = Object.fromEntries(POSTURES.map((p) => [p, operatingPoint[p].amplitudeMa])) as Record<
    Posture,
    number
  >;
  const limits = { patientMaxMa, complianceLimitMa: model.complianceLimitMa };
  const controlRateHz = settings.controlRateHz ?? DEFAULT_CONTROL_RATE_HZ;
  const updates = Math.ceil(timeline.durationS * controlRateHz);
  const common: Omit<ReplaySettings, 'mode' | 'referenceEcapUv'> = {
    limits,
    range: { perceptionEcapUv: therapeuticRange.perceptionEcapUv, maxComfortEcapUv: therapeuticRange.maxComfortEcapUv },
    controlRateHz,
    recordEverySteps: Math.max(1, Math.ceil(updates / (settings.maxTracePoints ?? 4000))),
    ...(settings.pulseRateHz === undefined ? {} : { pulseRateHz: settings.pulseRateHz }),
    ...(settings.measurementNoiseUv === undefined ? {} : { measurementNoiseUv: settings.measurementNoiseUv }),
    ...(settings.seed === undefined ? {} : { seed: settings.seed }),
  };
  // Every mode is judged against the target: the ECAP the programming aimed at.
  const openLoop = replayPostureDay(timeline, ecapAt, {
    ...common,
    referenceEcapUv: targetUv,
    mode: { kind: 'open-loop', amplitudeMa: openLoopMa },
  });
  const postureAdaptive = replayPostureDay(timeline, ecapAt, {
    ...common,
    referenceEcapUv: targetUv,
    mode: { kind: 'posture-adaptive', amplitudeMaByPosture: adaptiveMaByPosture },
  });
  const closedLoop = replayPostureDay(timeline, ecapAt, {
    ...common,
    referenceEcapUv: targetUv,
    mode: { kind: 'closed-loop', targetUv, gainMaPerUv, startAmplitudeMa: openLoopMa },
  });
  return {
    therapeuticRange,
    targetUv,
    openLoopMa,
    gainMaPerUv,
    operatingPoint,
    adaptiveMaByPosture,
    limits,
    openLoop,
    postureAdaptive,
    closedLoop,
    deviationRatio: closedLoop.deviation.rmsUv / Math.max(1e-12, openLoop.deviation.rmsUv),
  };
}
