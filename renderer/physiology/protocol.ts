import type {
  AssistantHint,
  EcapMeasures,
  EngineStage,
  GrowthFit,
  GrowthPoint,
  PainRegion,
  PostureTimeline,
  Posture,
  ProgramDayReport,
  ProgramDaySettings,
  Session,
  SimulationResult,
  StageTimes,
  StrengthDurationCurve,
  TeachingCase,
  TitrationPoint,
  VisitScore,
} from '../../src-core';
import type { HintInput } from './case-hint';
import type { ScoreCaseInput, ScoredCase } from './score-case';

/** Messages to the physiology worker. Every request carries an id; replies echo it so stale ones can be dropped. */
export type PhysiologyRequest =
  | {
      readonly type: 'configure';
      readonly requestId: number;
      readonly session: Session;
      readonly programIndex: number;
      readonly areaIndex: number;
      readonly posture: Posture;
      /** The amplitude the patient gets now (mA): the area's delivered amplitude, 0 with stimulation off. */
      readonly amplitudeMa: number;
      /** Off: the other areas deliver nothing either, so the patient feels nothing. */
      readonly stimulationOn: boolean;
      /** Simulated minutes the program has run at these settings (the store's clock): relief builds with it. */
      readonly elapsedMin: number;
    }
  | {
      readonly type: 'amplitude';
      readonly requestId: number;
      readonly amplitudeMa: number;
      readonly elapsedMin: number;
    }
  /** The pain drawing changed: only coverage depends on it, so only the result's coverage and the sweep are redone. */
  | {
      readonly type: 'painMap';
      readonly requestId: number;
      readonly painMap: readonly PainRegion[];
      readonly elapsedMin: number;
    }
  /** Only simulated time passed: the result again at the same amplitude (one recruitment query). */
  | { readonly type: 'elapsed'; readonly requestId: number; readonly elapsedMin: number }
  /**
   * The ECAP tab is shown: the ECAP model of the current configuration (hundreds of ms, so only on demand), then a
   * trace with every amplitude change until the next configuration.
   */
  | { readonly type: 'ecap'; readonly requestId: number }
  /** The posture-day replay of a program on the ECAP model (`cordStateEcap` once per configuration, seconds). */
  | ReplayRequest
  /** The visit report of a case's visit (docs/visit-report.md): benchmark, score and the report's HTML, seconds. */
  | VisitReportRequest
  /**
   * "Finish visit": score the case's visit (benchmark and scorer, seconds of work) on the worker's own scoring engine,
   * so the live patient's caches are untouched.
   */
  | ({ readonly type: 'score'; readonly requestId: number } & ScoreCaseInput)
  /** "Hint": one next step from the programming assistant (the case's benchmark, searched once per case). */
  | ({ readonly type: 'hint'; readonly requestId: number } & HintInput);

/** The posture day of one program area (docs/physics-ecap.md §5): open, posture-adaptive and closed loop. */
export interface ReplayRequest {
  readonly type: 'replay';
  readonly requestId: number;
  readonly session: Session;
  readonly programIndex: number;
  readonly areaIndex: number;
  /** The area's delivered amplitude now (mA): the open loop's default (amplitude is not part of the model's key). */
  readonly deliveredMa: number;
  readonly timeline: PostureTimeline;
  readonly settings: ProgramDaySettings;
}

/** What the worker needs to score a visit and write its report. */
export interface VisitReportRequest {
  readonly type: 'visitReport';
  readonly requestId: number;
  readonly teachingCase: TeachingCase;
  /** The session file text of the visit (`serializeSession(session, visitRecord)`), restored in the worker. */
  readonly sessionText: string;
  readonly impedanceChecked: boolean;
  readonly editCount: number;
  /** When the report is made (the renderer's clock; the core reads none). */
  readonly generatedAtIso: string;
  /** The reader's locale: numbers and paper. */
  readonly locale: string;
}

/**
 * The sampled fibres as the 3D view draws them: node positions (spine frame, mm) as float32, and per fibre what it
 * carries. Sent only when the population changes (a lead moved, posture or patient changed): `version` says which.
 */
export interface FibreGeometry {
  readonly version: number;
  readonly count: number;
  readonly nodesPerFibre: number;
  /** Node f·nodesPerFibre + n of fibre f, spine frame (mm). */
  readonly axialMm: Float32Array;
  readonly lateralMm: Float32Array;
  readonly dorsalMm: Float32Array;
  /** Index into the core's DERMATOMES, per fibre. */
  readonly dermatomeIndex: Uint8Array;
  /** 0 = dorsal column, 1 = dorsal root, per fibre. */
  readonly kind: Uint8Array;
  /** 0 = left, 1 = right, per fibre. */
  readonly side: Uint8Array;
}

/**
 * What the 3D view needs to show the stimulation live without asking the worker again on an amplitude change:
 * every fibre's threshold for the active area (a fibre fires when threshold ≤ amplitude) and the activating
 * function on the cord's dorsal surface per mA (scale by the amplitude).
 */
export interface ActivationView {
  readonly fibresVersion: number;
  /**
   * Effective threshold (mA of the active area) per fibre; Infinity = not excitable; 0 = fired by another area.
   * Float64 like the worker's own: the 3D view's "threshold ≤ amplitude" must agree with the patient's answer.
   */
  readonly thresholdsMa: Float64Array;
  readonly surface: {
    readonly axialMm: Float32Array;
    readonly lateralMm: Float32Array;
    readonly dorsalMm: Float32Array;
    /** Activating function per mA (mV/mm²), row-major (row · lateralMm.length + column). */
    readonly activatingPerMa: Float32Array;
    /** The largest value of `activatingPerMa` (per mA): with the perception threshold, the colour scale's unit. */
    readonly peakPerMa: number;
  };
  readonly perceptionThresholdMa: number | null;
}

/** The charts of one configuration: the titration sweep comes with the result, strength–duration points follow. */
export interface TitrationChartData {
  readonly points: readonly TitrationPoint[];
  readonly perceptionMa: number | null;
  readonly comfortMa: number | null;
  readonly discomfortMa: number | null;
}

/** The strength–duration curve as far as the worker has computed it (the core's sweep). */
export type StrengthDurationChartData = StrengthDurationCurve;

/** The ECAP at the current amplitude: the recorded trace (artefact subtracted as a device does) and its N1/P2. */
export interface EcapTraceData {
  readonly amplitudeMa: number;
  readonly sampleUs: number;
  /** Neural response + noise at the recording pair (µV), one value per sample from the pulse onset. */
  readonly recordedUv: Float32Array;
  readonly measures: EcapMeasures;
}

/** What the ECAP tab shows for one configuration (docs/physics-ecap.md): recording pair, threshold, growth curve. */
export interface EcapChartData {
  /** Contact numbers of the recording contact and its reference (null: a distant reference). */
  readonly recording: number;
  readonly reference: number | null;
  /** ECAP threshold (mA; null when no ECAP is detected below the device's ceiling). */
  readonly thresholdMa: number | null;
  readonly growth: readonly GrowthPoint[];
  /** The line through the growth curve's linear part (its x-intercept is the extrapolated threshold). */
  readonly fit: GrowthFit | null;
  /** The detection criterion (µV) the threshold is read at. */
  readonly detectionUv: number;
}

/** Replies from the worker. */
export type PhysiologyResponse =
  | {
      readonly type: 'result';
      readonly requestId: number;
      readonly result: SimulationResult;
      readonly timingsMs: StageTimes & { total: number };
      /** Present on replies to `configure`. */
      readonly configured?: {
        readonly fibres?: FibreGeometry;
        readonly activation: ActivationView;
        readonly titration: TitrationChartData;
      };
    }
  /** The answer to `painMap`: the result at the current amplitude with the new coverage, and the new sweep. */
  | {
      readonly type: 'painMap';
      readonly requestId: number;
      readonly result: SimulationResult;
      readonly titration: TitrationChartData;
    }
  /** A slow configuration entered one of its stages (sent only for stages that run, not for cached ones). */
  | {
      readonly type: 'progress';
      readonly requestId: number;
      readonly stage: EngineStage;
      readonly fraction?: number | undefined;
    }
  | {
      readonly type: 'strengthDuration';
      readonly requestId: number;
      readonly strengthDuration: StrengthDurationChartData;
    }
  /** The ECAP of a new configuration (or why there is none), with the trace at the current amplitude. */
  | {
      readonly type: 'ecap';
      readonly requestId: number;
      readonly ecap: EcapChartData | null;
      readonly unavailable?: string;
      readonly trace: EcapTraceData | null;
    }
  /** The ECAP trace at a new amplitude on the same configuration. */
  | { readonly type: 'ecapTrace'; readonly requestId: number; readonly trace: EcapTraceData }
  /** The answer to `visitReport`: the report's HTML and the score it shows. */
  | {
      readonly type: 'visitReport';
      readonly requestId: number;
      readonly html: string;
      readonly score: VisitScore;
    }
  /** The scored visit, or why it could not be scored (always answered, whatever configuration came since). */
  | {
      readonly type: 'score';
      readonly requestId: number;
      readonly outcome: ({ readonly ok: true } & ScoredCase) | { readonly ok: false; readonly message: string };
    }
  /** How far the hint's benchmark search has come (0–1). */
  | { readonly type: 'hintProgress'; readonly requestId: number; readonly fraction: number }
  /** The hint, or why there is none (always answered). */
  | {
      readonly type: 'hint';
      readonly requestId: number;
      readonly outcome:
        { readonly ok: true; readonly hint: AssistantHint } | { readonly ok: false; readonly message: string };
    }
  /** The replay's ECAP model is being built: `done` of `total` dCSF knots configured. */
  | { readonly type: 'replayProgress'; readonly requestId: number; readonly done: number; readonly total: number }
  /** The replayed day, or why it could not be replayed (always answered, whatever configuration came since). */
  | {
      readonly type: 'replay';
      readonly requestId: number;
      readonly outcome:
        { readonly ok: true; readonly day: ProgramDayReport } | { readonly ok: false; readonly message: string };
    }
  | { readonly type: 'error'; readonly requestId: number; readonly message: string };
