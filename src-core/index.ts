/**
 * Public API of the simulation core: what the renderer, the desktop shell, the CLI and the benches use, and no more.
 * Pure TypeScript: no DOM, no Node, no UI; runs in a Web Worker, the renderer, the CLI and tests alike. Outer layers
 * import only from here (ESLint forbids deep imports); tests may import modules directly. The list is held by
 * test/lint/public-api.test.ts: adding or removing a name is a deliberate change to its snapshot. See src-core/CONTEXT.md.
 */
export { type CanalSection, canalSectionAt } from './anatomy/canal';
export { CORD_SEGMENTS, type CordSegment, rootExitMm, segmentSpan } from './anatomy/cord-segments';
export { DERMATOMES, type Dermatome, type Side } from './anatomy/dermatomes';
export { NOMINAL_ANATOMY, POSTURES, type PatientAnatomy, type Posture } from './anatomy/patient-anatomy';
export { type SpinePoint } from './anatomy/spine-frame';
export {
  VERTEBRAL_LEVELS,
  type VertebralLevel,
  axialMmOf,
  levelDimensions,
  levelPositionAt,
  upperEndplateMm,
} from './anatomy/vertebral-column';
export { MRG_TABLE_RANGE_UM } from './axon/mrg-geometry';
export {
  type PointSourceThreshold,
  type PointSourceWaveform,
  pointSourceThreshold,
  pointSourceThresholdMa,
} from './axon/point-source-threshold';
export { type ProgrammedWaveform } from './axon/programmed-pulse';
export {
  ACTIVITIES,
  type Activity,
  type CordState,
  type EcapAmplitudeAt,
  type PostureTransition,
  dcsfMmOfCordState,
  postureOfActivity,
  restingCordState,
} from './closed-loop/cord-state';
export {
  type ClosedLoopSettings,
  type ControllerUpdate,
  type LoopBehaviour,
  type OutputLimitedBy,
  type OutputLimits,
  closedLoopUpdate,
  complianceLimitMaOf,
  growthSlopeUvPerMa,
  limitOutput,
  loopBehaviourOf,
  loopGainAt,
} from './closed-loop/controller';
export {
  type CordStateEcap,
  type CordStateEcapOptions,
  KNOT_SPACING_MM,
  cordStateEcap,
  dcsfKnotsMm,
} from './closed-loop/cord-state-ecap';
export { type EcapTableGrid, tabulateEcapAmplitude } from './closed-loop/ecap-table';
export { type StimulationEpisode } from './closed-loop/episodes';
export { currentForEcapMa } from './closed-loop/growth-inverse';
export { type EpisodeCause, type EpisodeKind } from './closed-loop/patient-reports';
export {
  DEFAULT_LOOP_GAIN,
  type ProgramDayReport,
  type ProgramDaySettings,
  replayProgramDay,
} from './closed-loop/program-day';
export {
  type ActivitySummary,
  type OutputAlert,
  type ReplayReport,
  type ReplayTrace,
  replayPostureDay,
} from './closed-loop/replay';
export { type ReplayReportJson, type ReplayTraceJson, replayReportForJson } from './closed-loop/replay-json';
export {
  type ClosedLoopMode,
  DEFAULT_CONTROL_RATE_HZ,
  type OpenLoopMode,
  type PostureAdaptiveMode,
  type ReplaySettings,
  type StimulationMode,
  type TherapeuticRange,
  replaySettingsIssue,
} from './closed-loop/replay-settings';
export {
  type OscillationMeasure,
  type StepResponse,
  closedLoopStepResponse,
  oscillationOf,
} from './closed-loop/step-response';
export {
  type PostureTimeline,
  TIMELINE_BOUNDS,
  TIMELINE_FORMAT,
  type TimelineParseResult,
  type TimelineSegment,
  type TimelineSegmentInput,
  buildPostureTimeline,
  parsePostureTimeline,
} from './closed-loop/timeline-file';
export { type TimelineMoment, timelineSampler } from './closed-loop/timeline-sampler';
export { assessEnergy } from './energy/assess';
export { type BatteryStatus, LOW_BATTERY_PCT, batteryStatusOf } from './energy/battery-status';
export { type ProgramEnergy, programEnergy } from './energy/program-energy';
export { rootletPath } from './fibres/dorsal-root';
export { type FibrePopulation } from './fibres/population';
export { type HardwareCatalogue, defaultCatalogue } from './hardware/catalogue';
export { type ResolvedImplant, resolveImplant } from './hardware/implant';
export { MIGRATION_DIRECTIONS, type MigrationDirection, migratedPlacement } from './hardware/migration';
export { type LeadPlacement, type PlacedContact } from './hardware/placement';
export { type LeadModel } from './hardware/types';
export {
  IMPEDANCE_RISE_FLAG_PCT,
  type ImpedanceMeasurement,
  type ImpedanceReport,
  OPEN_IMPEDANCE_OHM,
  impedanceCheck,
} from './impedance/check';
export { encapsulationImpedanceFactor } from './impedance/variation';
export { type ImpedanceFault } from './impedance/faults';
export { type ImpedanceModel, buildImpedanceModel } from './impedance/model';
export { type Coverage, coverageOf } from './perception/coverage';
export { perceive, sensationThresholds } from './perception/perception';
export { type RecruitmentIndex, countAtOrBelow } from './perception/recruitment-index';
export { amplitudeAboveCeiling, amplitudeCeilingOf, amplitudeStepMaOf } from './policy';
export { deliveredAmplitudeMa } from './program/dosing';
export { type IssueField } from './program/issue-target';
export { PARADIGM_PRESETS } from './program/presets';
export { type SteppedRange, stepWithin } from './program/steps';
export { periodUs, programOccupancyUs } from './program/timing';
export {
  type ContactSetting,
  type ElectrodeRef,
  type ParadigmKindName,
  type Program,
  type RechargeMode,
  type StimulationArea,
} from './program/types';
export { BURST_PULSES, MAX_SOFT_START_S, type ProgramIssue, validateProgram } from './program/validate';
export { INTRA_BURST_RATE_HZ, MAX_INTERPHASE_GAP_US } from './axon/predictor/waveform-factor-grid';
export { type ContactState, contactState } from './programming/contacts';
export { type BlockingFinding, blockingFindings, saveToDevice } from './programming/device-save';
export { type Edit, applyEdit, programNameProblem } from './programming/edits';
export { type SteerDirection, type SteerStep, steerContacts } from './programming/steering';
export { type Visit, edit, hasUnsavedDeviceChanges, redo, revertToDevice, startVisit, undo } from './programming/visit';
export { assessSafety } from './safety/assess';
export { pathInFileVersion } from './session/migrate';
export { createNewSession } from './session/new-session';
export { type RestoreResult, type RestoredSession, restoreSession, serializeSession } from './session/restore';
export { safeFileText } from './session/safe-text';
export { sessionJsonSchema } from './session/schema';
export { type DeviceState, deviceStateOf, impedanceInputsOf, safetyOptionsOf } from './session/device-state';
export { type DeviceConditions, type HardwareFault, type PainRegion, type Session } from './session/session';
export {
  EMPTY_VISIT_RECORD,
  type RecordedThreshold,
  type SafetyOverrideEntry,
  type SensationNote,
  type ThresholdKind,
  type VisitRecord,
  canRecordSafetyOverride,
  describeConfiguration,
  latestThresholds,
  noteSensation,
  recordSafetyOverride,
  recordThreshold,
} from './session/visit-record';
export {
  CASE_FORMAT,
  CASE_FORMAT_VERSION,
  CURRICULUM_LEVELS,
  type CurriculumLevel,
  TREATMENT_OPTIONS,
  type TeachingCase,
  caseJsonSchema,
  type TreatmentOption,
} from './teaching/case-schema';
export { casePatientId, caseToSession } from './teaching/case-to-session';
export { type SuccessCriterion, describeCriterion } from './teaching/criteria';
export { MAX_CASE_TEXT_CHARS, type ParseCaseResult, parseCase } from './teaching/parse-case';
export { type ExpertBenchmark, expertBenchmark } from './teaching/expert-benchmark';
export {
  ASSISTANT_TONIC_PULSE_WIDTHS_US,
  type AssistantOptions,
  type AssistantResult,
  type AssistedProgram,
  programmingAssistant,
} from './teaching/assistant/search';
export { type AssistantGoal, type ProgramMerit, goalOf } from './teaching/assistant/goal';
export { type ContactPattern, type PatternKind, type Pole } from './teaching/assistant/contact-patterns';
export { describeProgram } from './teaching/assistant/assistant-program';
export { faultyContactsFromImpedance } from './teaching/assistant/faulty-contacts';
export { type AssistantHint, type HintKind, assistantHint } from './teaching/assistant/hint';
export { type OpenedCaseBenchmark, caseHint, openedCaseBenchmark } from './teaching/case-benchmark';
export {
  type ChecklistItem,
  type ChecklistItemId,
  type ChecklistStatus,
  type ProficiencyLevel,
  type ScoreOptions,
  type ScorePart,
  type ScoredVisit,
  type ThresholdAccuracy,
  type VisitScore,
  hintPenaltyOf,
  scoreVisit,
  thresholdCredit,
} from './teaching/score-visit';
export {
  COMPETENT_SHARE_OF_BENCHMARK,
  HINT_PENALTY_POINTS,
  MAX_HINT_PENALTY_POINTS,
  PROFICIENT_SHARE_OF_BENCHMARK,
  SCORE_WEIGHTS,
  type ScoreComponent,
  THRESHOLD_PASS_RELATIVE_ERROR,
  THRESHOLD_ZERO_CREDIT_RELATIVE_ERROR,
} from './teaching/score-weights';
export {
  type CriterionVisitVerdict,
  type VisitLogFacts,
  type VisitOutcome,
  visitOutcome,
} from './teaching/visit-outcome';
export { type ParseProgressResult, parseProgress, serializeProgress } from './teaching/progress/progress-file';
export {
  type CaseProgress,
  DEFAULT_LEARNER,
  caseProgressOf,
  emptyProgress,
  mergeProgress,
  recordAttempt,
} from './teaching/progress/progress-record';
export {
  type LearnerProgress,
  MAX_PROGRESS_ATTEMPTS,
  MAX_PROGRESS_TEXT_CHARS,
  PROGRESS_FORMAT,
  type ProgressAttempt,
} from './teaching/progress/progress-schema';
export { type ReportPageSize, reportPageSizeFor } from './teaching/report/page-size';
export { type VisitReportHtmlOptions, visitReportHtml } from './teaching/report/report-html';
export { type CaseVisitScore, scoreCaseVisit, scoreCaseVisitWithBenchmark } from './teaching/report/score-case-visit';
export {
  TEACHING_MODEL_NOTICE,
  type VisitReport,
  type VisitReportInput,
  visitReport,
} from './teaching/report/visit-report';
export { type ActivationGrid, activationGridFor, activationSurfaceFromGrid } from './simulation/activation-surface';
export { configurationKeyOf } from './simulation/configuration-key';
export {
  type EngineStage,
  PhysiologyEngine,
  type PhysiologySetup,
  type StageTimes,
  commonAmplitudeThresholds,
  recruitmentIndexFor,
} from './simulation/engine';
export {
  type ConfiguredSimulation,
  type SimulationResult,
  configureSimulation,
  simulateAt,
  simulateProgram,
  titrateProgram,
} from './simulation/simulate';
export {
  STRENGTH_DURATION_PULSE_WIDTHS_US,
  type StrengthDurationPoint,
  type WeissFit,
  strengthDurationPoint,
  strengthDurationPulse,
  weissFit,
} from './simulation/strength-duration';
export {
  type StrengthDurationCurve,
  strengthDurationCurve,
  strengthDurationSweep,
} from './simulation/strength-duration-sweep';
export { type TitrationPoint, titrationAmplitudes, titrationCurve } from './simulation/titration-curve';
export {
  REFERENCE_PATTERN,
  type SensationQuality,
  type TemporalPattern,
  temporalPatternOf,
} from './perception/temporal-pattern';
export { type PlaceRelief, type Relief, type ReliefMechanism, reliefOf } from './relief/relief';
export { type ParesthesiaFreeAction, paresthesiaFreeActionOf, washInFraction } from './relief/relief-model';
export { describeRelief } from './relief/relief-words';
export { Hz, mA, mm, ms, sPerM, um, us } from './units';
export { sampleProgramForPlot } from './waveform/plot';
export { pulsesReport } from './waveform/report';
export { synthesizeProgramWaveforms } from './waveform/synthesize';
export { type ApTemplate, measureApTemplate } from './sensing/ap-template';
export { conductionVelocityMPerS } from './sensing/template-lookup';
export { defaultRecordingContacts, type RecordingContacts } from './sensing/recording-contacts';
export {
  type EcapConfiguration,
  type EcapConfigurationOptions,
  ecapConfigurationOf,
} from './sensing/ecap-configuration';
export { CONTINUATION_MM } from './sensing/volley-continuation';
export {
  ECAP_NOISE_RMS_UV,
  ECAP_SAMPLE_US,
  type EcapTrace,
  type EcapTraceOptions,
  ecapTraceAt,
} from './sensing/ecap-trace';
export {
  ECAP_DETECTION_UV,
  type EcapMeasures,
  type GrowthFit,
  type GrowthPoint,
  ecapAmplitudeAt,
  ecapGrowthFit,
  ecapGrowthCurve,
  growthFitOf,
  ecapMeasuresOf,
  ecapThresholdMa,
  traceMeasures,
} from './sensing/ecap-measures';
export { type PostureEcap, postureEcap } from './sensing/ecap-by-posture';
