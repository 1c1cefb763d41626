/**
 * Replays a posture day under one stimulation mode: at each controller update the cord state from the timeline,
 * the current the mode delivers, the ECAP it evokes; then the share of pulses in the therapeutic range, the
 * deviation from the ECAP the programming aimed at, the episodes the patient would report and the device's alerts.
 * Deterministic: the same inputs (and seed) give the same report.
 */
import type { Posture } from '../anatomy/patient-anatomy';
import { seededRandom, normal } from '../fibres/random';
import { closedLoopUpdate, growthSlopeUvPerMa, limitOutput } from './controller';
import { ACTIVITIES, postureOfActivity, type Activity, type EcapAmplitudeAt } from './cord-state';
import { EpisodeCollector, type StimulationEpisode } from './episodes';
import {
  DEFAULT_ADAPTIVE_RAMP_S,
  DEFAULT_CONTROL_RATE_HZ,
  DEFAULT_DETECTION_DELAY_S,
  replaySettingsIssue,
  type PostureAdaptiveMode,
  type ReplaySettings,
} from './replay-settings';
import type { PostureTimeline } from './timeline-file';
import { timelineSampler } from './timeline-sampler';

/** The day sampled every `recordEverySteps` updates; columns of equal length. */
export interface ReplayTrace {
  readonly timeS: Float64Array;
  /** ECAP evoked (µV, P2 − N1). */
  readonly ecapUv: Float32Array;
  /** Current delivered (mA). */
  readonly amplitudeMa: Float32Array;
  /** Index into ACTIVITIES. */
  readonly activity: Uint8Array;
  /** Loop gain K × slope at that update (closed loop only). */
  readonly loopGain: Float32Array | null;
}

/** Figures for the time spent in one activity. */
export interface ActivitySummary {
  readonly activity: Activity;
  /** Share of the day's pulses (%). */
  readonly sharePct: number;
  readonly meanEcapUv: number;
  readonly inRangePct: number;
  readonly meanAmplitudeMa: number;
}

/** A stretch during which the device was at a limit. */
export interface OutputAlert {
  readonly kind: 'out-of-compliance' | 'patient-maximum';
  readonly startS: number;
  readonly endS: number;
  /** Highest current asked for during it (mA). */
  readonly requestedMa: number;
  readonly message: string;
}

/** The replay of one mode over a posture day. */
export interface ReplayReport {
  readonly mode: ReplaySettings['mode']['kind'];
  readonly timelineName: string;
  readonly durationS: number;
  readonly controlRateHz: number;
  readonly pulseRateHz: number;
  readonly updates: number;
  readonly pulses: number;
  readonly trace: ReplayTrace;
  /** Pulses with the ECAP inside the therapeutic range, above it and below it (%). */
  readonly inRangePct: number;
  readonly overPct: number;
  readonly underPct: number;
  /** Deviation of the ECAP from the reference ECAP over all pulses (µV). */
  readonly deviation: { readonly rmsUv: number; readonly meanAbsUv: number; readonly maxAbsUv: number };
  readonly meanEcapUv: number;
  /** Standard deviation of the ECAP over the day (µV), the spread ECHO-MAC reports (Will 2024). */
  readonly ecapSdUv: number;
  readonly amplitude: { readonly minMa: number; readonly meanMa: number; readonly maxMa: number };
  readonly byActivity: readonly ActivitySummary[];
  /** Loop gain over the recorded updates (closed loop only). */
  readonly loopGain: {
    readonly min: number;
    readonly median: number;
    readonly max: number;
    /** Share of recorded updates with a loop gain of 2 or more (%). */
    readonly unstablePct: number;
  } | null;
  /** Shares of pulses at the patient maximum and out of compliance (%). */
  readonly atPatientMaximumPct: number;
  readonly outOfCompliancePct: number;
  readonly alerts: readonly OutputAlert[];
  /** Episodes the patient notices, in time order (at most MAX_LISTED_EPISODES; the counts include the rest). */
  readonly episodes: readonly StimulationEpisode[];
  readonly episodeCounts: { readonly over: number; readonly under: number };
}

/** The amplitude a posture-adaptive device gives `sinceS` after a posture began, coming from `previous`. */
function adaptiveAmplitudeMa(mode: PostureAdaptiveMode, previous: Posture, posture: Posture, sinceS: number): number {
  const from = mode.amplitudeMaByPosture[previous];
  const to = mode.amplitudeMaByPosture[posture];
  const delay = mode.detectionDelayS ?? DEFAULT_DETECTION_DELAY_S;
  const ramp = mode.rampS ?? DEFAULT_ADAPTIVE_RAMP_S;
  if (sinceS < delay) return from;
  if (sinceS >= delay + ramp || ramp <= 0) return to;
  return from + ((to - from) * (sinceS - delay)) / ramp;
}

class AlertCollector {
  readonly alerts: OutputAlert[] = [];
  private open: { kind: OutputAlert['kind']; startS: number; lastS: number; requestedMa: number } | null = null;
  constructor(
    private readonly stepS: number,
    private readonly limitMa: (kind: OutputAlert['kind']) => number,
  ) {}
  add(kind: OutputAlert['kind'] | null, tS: number, requestedMa: number): void {
    if (this.open && (kind !== this.open.kind || tS - this.open.lastS > 1.5 * this.stepS)) this.close();
    if (kind === null) return;
    if (!this.open) this.open = { kind, startS: tS, lastS: tS, requestedMa };
    this.open.lastS = tS;
    this.open.requestedMa = Math.max(this.open.requestedMa, requestedMa);
  }
  close(): void {
    const o = this.open;
    this.open = null;
    if (!o || this.alerts.length >= 500) return;
    const limit = this.limitMa(o.kind).toFixed(2);
    const asked = o.requestedMa.toFixed(2);
    this.alerts.push({
      kind: o.kind,
      startS: o.startS,
      endS: o.lastS + this.stepS,
      requestedMa: o.requestedMa,
      message:
        o.kind === 'out-of-compliance'
          ? `Out of compliance: ${asked} mA was asked for but the output can drive only ${limit} mA through this load.`
          : `Held at the patient maximum of ${limit} mA (${asked} mA was asked for).`,
    });
  }
}

/**
 * Replays `timeline` with the ECAP model `ecapAt` under `settings` (one mode). Throws a RangeError naming the
 * setting when `replaySettingsIssue` refuses them.
 *
 * @example
 * const closed = replayPostureDay(timeline, ecapAt, {
 *   mode: { kind: 'closed-loop', targetUv: 50, gainMaPerUv: 0.008, startAmplitudeMa: 3 },
 *   limits: { patientMaxMa: 8, complianceLimitMa: 12 },
 *   range: { perceptionEcapUv: 10, maxComfortEcapUv: 110 },
 *   referenceEcapUv: 50,
 * });
 * closed.inRangePct; // ≈ 99 on the test model
 */
export function replayPostureDay(
  timeline: PostureTimeline,
  ecapAt: EcapAmplitudeAt,
  settings: ReplaySettings,
): ReplayReport {
  const issue = replaySettingsIssue(timeline, settings);
  if (issue) throw new RangeError(`Cannot replay the posture day: ${issue}`);
  const { mode, limits, range } = settings;
  const controlRateHz = settings.controlRateHz ?? DEFAULT_CONTROL_RATE_HZ;
  const pulseRateHz = settings.pulseRateHz ?? controlRateHz;
  const every = settings.recordEverySteps ?? 1;
  const noiseUv = settings.measurementNoiseUv ?? 0;
  const random = seededRandom(settings.seed ?? 1);
  const stepS = 1 / controlRateHz;
  const updates = Math.max(1, Math.ceil(timeline.durationS * controlRateHz - 1e-9));
  const recorded = Math.ceil(updates / every);
  const trace: ReplayTrace = {
    timeS: new Float64Array(recorded),
    ecapUv: new Float32Array(recorded),
    amplitudeMa: new Float32Array(recorded),
    activity: new Uint8Array(recorded),
    loopGain: mode.kind === 'closed-loop' ? new Float32Array(recorded) : null,
  };
  const at = timelineSampler(timeline);
  const episodes = new EpisodeCollector(stepS);
  const alerts = new AlertCollector(stepS, (kind) =>
    kind === 'out-of-compliance' ? limits.complianceLimitMa : limits.patientMaxMa,
  );
  const activityIndex = new Map(ACTIVITIES.map((a, i) => [a, i]));
  const perActivity = ACTIVITIES.map(() => ({ steps: 0, ecap: 0, inRange: 0, amplitude: 0 }));
  let inRange = 0;
  let over = 0;
  let under = 0;
  let sumSq = 0;
  let sumAbs = 0;
  let maxAbs = 0;
  let sumEcap = 0;
  let sumEcapSq = 0;
  let minA = Infinity;
  let maxA = -Infinity;
  let sumA = 0;
  let atPatientMax = 0;
  let outOfCompliance = 0;
  let requested = mode.kind === 'closed-loop' ? mode.startAmplitudeMa : 0;
  for (let n = 0; n < updates; n++) {
    const tS = n * stepS;
    const moment = at(tS);
    if (mode.kind === 'open-loop') requested = mode.amplitudeMa;
    else if (mode.kind === 'posture-adaptive') {
      const segment = timeline.segments[moment.segment]!;
      const previous = moment.segment > 0 ? timeline.segments[moment.segment - 1]!.activity : segment.activity;
      requested = adaptiveAmplitudeMa(
        mode,
        postureOfActivity(previous),
        postureOfActivity(segment.activity),
        tS - segment.startS,
      );
    }
    const output = limitOutput(requested, limits);
    const amplitudeMa = output.amplitudeMa;
    const ecapUv = ecapAt(moment.state, amplitudeMa);
    if (mode.kind === 'closed-loop') {
      const measured = noiseUv > 0 ? ecapUv + noiseUv * normal(random) : ecapUv;
      // The controller's own law (its requested current; the limits apply on the next step's output).
      requested = closedLoopUpdate(amplitudeMa, measured, mode, limits).requestedMa;
    }
    const a = perActivity[activityIndex.get(moment.activity)!]!;
    a.steps++;
    a.ecap += ecapUv;
    a.amplitude += amplitudeMa;
    if (ecapUv > range.maxComfortEcapUv) {
      over++;
      episodes.add('over', tS, ecapUv, moment);
    } else if (ecapUv < range.perceptionEcapUv) {
      under++;
      episodes.add('under', tS, ecapUv, moment);
    } else {
      inRange++;
      a.inRange++;
    }
    const d = ecapUv - settings.referenceEcapUv;
    sumSq += d * d;
    sumAbs += Math.abs(d);
    maxAbs = Math.max(maxAbs, Math.abs(d));
    sumEcap += ecapUv;
    sumEcapSq += ecapUv * ecapUv;
    minA = Math.min(minA, amplitudeMa);
    maxA = Math.max(maxA, amplitudeMa);
    sumA += amplitudeMa;
    if (output.outOfCompliance) outOfCompliance++;
    else if (output.limitedBy === 'patient-maximum') atPatientMax++;
    alerts.add(
      output.outOfCompliance ? 'out-of-compliance' : output.limitedBy === 'patient-maximum' ? 'patient-maximum' : null,
      tS,
      output.requestedMa,
    );
    if (n % every === 0) {
      const r = n / every;
      trace.timeS[r] = tS;
      trace.ecapUv[r] = ecapUv;
      trace.amplitudeMa[r] = amplitudeMa;
      trace.activity[r] = activityIndex.get(moment.activity)!;
      if (trace.loopGain && mode.kind === 'closed-loop')
        trace.loopGain[r] = mode.gainMaPerUv * growthSlopeUvPerMa(ecapAt, moment.state, amplitudeMa);
    }
  }
  episodes.finish();
  alerts.close();
  const pct = (k: number) => (100 * k) / updates;
  const mean = sumEcap / updates;
  let loopGain: ReplayReport['loopGain'] = null;
  if (trace.loopGain) {
    const sorted = Float32Array.from(trace.loopGain).sort();
    const unstable = sorted.reduce((k, g) => (g >= 2 ? k + 1 : k), 0);
    loopGain = {
      min: sorted[0]!,
      median: sorted[Math.floor(sorted.length / 2)]!,
      max: sorted[sorted.length - 1]!,
      unstablePct: (100 * unstable) / sorted.length,
    };
  }
  return {
    mode: mode.kind,
    timelineName: timeline.name,
    durationS: timeline.durationS,
    controlRateHz,
    pulseRateHz,
    updates,
    pulses: Math.round(updates * (pulseRateHz / controlRateHz)),
    trace,
    inRangePct: pct(inRange),
    overPct: pct(over),
    underPct: pct(under),
    deviation: { rmsUv: Math.sqrt(sumSq / updates), meanAbsUv: sumAbs / updates, maxAbsUv: maxAbs },
    meanEcapUv: mean,
    ecapSdUv: Math.sqrt(Math.max(0, sumEcapSq / updates - mean * mean)),
    amplitude: { minMa: minA, meanMa: sumA / updates, maxMa: maxA },
    byActivity: ACTIVITIES.flatMap((activity, i) => {
      const a = perActivity[i]!;
      return a.steps === 0
        ? []
        : [
            {
              activity,
              sharePct: pct(a.steps),
              meanEcapUv: a.ecap / a.steps,
              inRangePct: (100 * a.inRange) / a.steps,
              meanAmplitudeMa: a.amplitude / a.steps,
            },
          ];
    }),
    loopGain,
    atPatientMaximumPct: pct(atPatientMax),
    outOfCompliancePct: pct(outOfCompliance),
    alerts: alerts.alerts,
    episodes: [...episodes.listed].sort((x, y) => x.startS - y.startS),
    episodeCounts: { over: episodes.counts.over, under: episodes.counts.under },
  };
}
