/**
 * How a posture day is replayed: the stimulation mode (fixed output, an amplitude per posture, or the closed loop),
 * the output limits, the therapeutic range and the control rate; and the check that refuses settings the replay
 * cannot honour, with a sentence naming the setting.
 */
import type { Posture } from '../anatomy/patient-anatomy';
import type { ClosedLoopSettings, OutputLimits } from './controller';
import type { PostureTimeline } from './timeline-file';

/** Fixed output: the same current all day (open loop). */
export interface OpenLoopMode {
  readonly kind: 'open-loop';
  readonly amplitudeMa: number;
}

/**
 * Posture-adaptive open loop: an amplitude per posture, switched when the device's accelerometer has recognised the
 * new posture and ramped (AdaptiveStim-type devices: per-transition dwell and ramp, Medtronic patents [R]). Walking
 * uses the standing amplitude; coughs are not recognised.
 */
export interface PostureAdaptiveMode {
  readonly kind: 'posture-adaptive';
  readonly amplitudeMaByPosture: Readonly<Record<Posture, number>>;
  /** Time from the start of a new posture until the device switches (s); default DEFAULT_DETECTION_DELAY_S. */
  readonly detectionDelayS?: number;
  /** Time the switch ramps over (s); default DEFAULT_ADAPTIVE_RAMP_S. */
  readonly rampS?: number;
}

/** Closed loop: the controller of `controller.ts`, starting from `startAmplitudeMa`. */
export interface ClosedLoopMode extends ClosedLoopSettings {
  readonly kind: 'closed-loop';
  readonly startAmplitudeMa: number;
}

export type StimulationMode = OpenLoopMode | PostureAdaptiveMode | ClosedLoopMode;

/**
 * The therapeutic range of the ECAP: from the ECAP at the perception threshold to the ECAP at the maximum
 * comfortable current, both measured sitting (EVOKE's definition, Mekhail 2020/2022).
 */
export interface TherapeuticRange {
  readonly perceptionEcapUv: number;
  readonly maxComfortEcapUv: number;
}

/** Everything a replay needs besides the timeline and the ECAP model. */
export interface ReplaySettings {
  readonly mode: StimulationMode;
  readonly limits: OutputLimits;
  readonly range: TherapeuticRange;
  /**
   * The ECAP the programming aimed at (µV): the deviation is measured from it. For the closed loop its target; for
   * open loop, the ECAP of the programmed current sitting.
   */
  readonly referenceEcapUv: number;
  /** Controller updates per second (Hz): 50 for Inceptiv-type sensing; the pulse rate for per-pulse control (Evoke). Default 50. */
  readonly controlRateHz?: number;
  /** Stimulation pulses per second (Hz), at least the control rate; default the control rate. */
  readonly pulseRateHz?: number;
  /** Keep one sample in this many updates in the trace (the statistics use every update); default 1. */
  readonly recordEverySteps?: number;
  /** Standard deviation of the ECAP measurement noise the controller sees (µV); default 0. */
  readonly measurementNoiseUv?: number;
  /** Seed of the measurement noise; default 1. */
  readonly seed?: number;
}

/** Sensing rate of Inceptiv-type closed loop: 50 ECAP measurements per second (Medtronic Inceptiv, ECHO-MAC). */
export const DEFAULT_CONTROL_RATE_HZ = 50;
/** Time an accelerometer-driven device takes to recognise a new posture (s) [U]: a few seconds of dwell. */
export const DEFAULT_DETECTION_DELAY_S = 3;
/** Time the posture-adaptive device ramps to the new amplitude (s) [U]. */
export const DEFAULT_ADAPTIVE_RAMP_S = 2;
/** Most controller updates in one replay: a 24 h day at 50 Hz is 4.3 million; per-pulse control at 100 Hz, 8.6 million. */
export const MAX_REPLAY_UPDATES = 10_000_000;
/** Highest control and pulse rate a replay accepts (Hz): the tonic range of current IPGs, 2–1200 Hz [R]. */
export const MAX_REPLAY_RATE_HZ = 1200;

const finiteIn = (v: number, lo: number, hi: number) => Number.isFinite(v) && v >= lo && v <= hi;

/**
 * Why `settings` cannot replay `timeline`, naming the setting; undefined when they can.
 * @example replaySettingsIssue(timeline, { ...settings, controlRateHz: 0 }); // 'the control rate must be from 1 to 1200 Hz, not 0.'
 */
export function replaySettingsIssue(timeline: PostureTimeline, settings: ReplaySettings): string | undefined {
  const controlHz = settings.controlRateHz ?? DEFAULT_CONTROL_RATE_HZ;
  const pulseHz = settings.pulseRateHz ?? controlHz;
  if (!finiteIn(controlHz, 1, MAX_REPLAY_RATE_HZ))
    return `the control rate must be from 1 to ${MAX_REPLAY_RATE_HZ} Hz, not ${controlHz}.`;
  if (!finiteIn(pulseHz, controlHz, MAX_REPLAY_RATE_HZ))
    return `the pulse rate must be from the control rate (${controlHz} Hz) to ${MAX_REPLAY_RATE_HZ} Hz, not ${pulseHz}: the loop cannot update more often than it stimulates.`;
  const updates = Math.ceil(timeline.durationS * controlHz);
  if (updates > MAX_REPLAY_UPDATES)
    return `${(timeline.durationS / 3600).toFixed(2)} h at ${controlHz} Hz is ${updates} controller updates; at most ${MAX_REPLAY_UPDATES} are replayed: lower the control rate or shorten the timeline.`;
  const every = settings.recordEverySteps ?? 1;
  if (!Number.isInteger(every) || every < 1 || every > 1_000_000)
    return `the trace must keep one update in 1 to 1000000 (a whole number), not ${every}.`;
  const { limits, range, mode } = settings;
  if (!finiteIn(limits.patientMaxMa, 0, 100))
    return `the patient maximum must be from 0 to 100 mA, not ${limits.patientMaxMa}.`;
  if (!(limits.complianceLimitMa >= 0))
    return `the compliance limit must be 0 mA or more, not ${limits.complianceLimitMa}.`;
  if (!finiteIn(range.perceptionEcapUv, 0, 10_000) || !finiteIn(range.maxComfortEcapUv, 0, 10_000))
    return 'the therapeutic range must be given as ECAPs from 0 to 10000 µV.';
  if (range.maxComfortEcapUv <= range.perceptionEcapUv)
    return `the ECAP at maximum comfort (${range.maxComfortEcapUv} µV) must be above the ECAP at perception (${range.perceptionEcapUv} µV).`;
  if (!finiteIn(settings.referenceEcapUv, 0, 10_000))
    return `the reference ECAP must be from 0 to 10000 µV, not ${settings.referenceEcapUv}.`;
  const noise = settings.measurementNoiseUv ?? 0;
  if (!finiteIn(noise, 0, 1000)) return `the measurement noise must be from 0 to 1000 µV, not ${noise}.`;
  if (mode.kind === 'open-loop' && !finiteIn(mode.amplitudeMa, 0, 100))
    return `the open-loop amplitude must be from 0 to 100 mA, not ${mode.amplitudeMa}.`;
  if (mode.kind === 'posture-adaptive') {
    for (const [posture, a] of Object.entries(mode.amplitudeMaByPosture))
      if (!finiteIn(a, 0, 100)) return `the ${posture} amplitude must be from 0 to 100 mA, not ${a}.`;
    if (!finiteIn(mode.detectionDelayS ?? 0, 0, 600) || !finiteIn(mode.rampS ?? 0, 0, 600))
      return 'the posture-adaptive delay and ramp must be from 0 to 600 s.';
  }
  if (mode.kind === 'closed-loop') {
    if (!finiteIn(mode.targetUv, 0, 10_000) || mode.targetUv === 0)
      return `the target must be above 0 and at most 10000 µV, not ${mode.targetUv}.`;
    if (!finiteIn(mode.gainMaPerUv, 0, 10)) return `the gain must be from 0 to 10 mA/µV, not ${mode.gainMaPerUv}.`;
    if (!finiteIn(mode.startAmplitudeMa, 0, 100))
      return `the starting amplitude must be from 0 to 100 mA, not ${mode.startAmplitudeMa}.`;
  }
  return undefined;
}
