import type { PatientAnatomy, Posture } from '../anatomy/patient-anatomy';
import { predictorPulseCalibration, predictThresholdScalesByDiameterInto } from '../axon/predictor/mixed-diameters';
import { superposeInto } from '../field';
import { areaElectrodeWeights } from '../waveform/electrodes';
import { DEFAULT_POPULATION_SIZE, type PopulationSize } from '../fibres/build';
import type { FibrePopulation } from '../fibres/population';
import type { ResolvedImplant } from '../hardware/implant';
import { buildRecruitmentIndex, type RecruitmentIndex } from '../perception/recruitment-index';
import type { Program, StimulationArea } from '../program/types';
import { predictorPulseFor } from './pulse-for-program';
import type { PredictorPulse } from '../axon/predictor/calibration';
import { programmedThresholdsInto, type ProgrammedPredictorPulse } from '../axon/predictor/waveform-factor';
import { populationKeyOf, thresholdsKeyOf } from './configuration-key';
import { cachedFibrePopulation } from './population-cache';
import { computeUnitFields, type UnitFields } from './unit-fields';

/** Everything the physiology depends on. */
export interface PhysiologySetup {
  readonly implant: ResolvedImplant;
  readonly program: Program;
  readonly patient: PatientAnatomy;
  readonly posture: Posture;
  /** Seed of the fibre population (per patient, so a patient is the same every visit). */
  readonly seed: number;
  readonly size?: PopulationSize;
}

/** Time spent in each stage of the last `configure` (ms), for benchmarks and progress reports. */
export interface StageTimes {
  population: number;
  unitFields: number;
  thresholds: number;
}

/** A clock for timing stages; the core never reads time itself (pass `performance.now` from outside). */
export type Clock = () => number;

/** The expensive stages of a configuration, in order, as progress reports name them. */
export type EngineStage = keyof StageTimes;

/**
 * Told when a stage starts (only stages that actually run: a cached stage is skipped silently), and again with the
 * fraction done (0–1) while a long stage (the field solve after a lead move) runs.
 */
export type StageListener = (stage: EngineStage, fraction?: number) => void;

/**
 * Per-area fibre thresholds for one program (mA of that area's amplitude; Infinity = not excitable by it).
 * This is the last amplitude-independent result: fields scale linearly with current.
 */
export interface ProgramThresholds {
  readonly population: FibrePopulation;
  readonly perAreaMa: readonly Float64Array[];
}

/**
 * Per-contact current (mA per mA of the area's amplitude) with cathodes positive, anodes negative.
 * @example areaCathodicCurrents(bipole, implant); // [0, 0, 0, 1, -1, 0, …]
 */
export function areaCathodicCurrents(area: StimulationArea, implant: ResolvedImplant): Float64Array {
  // Cathodes positive, anodes negative (the weights' signs flipped): the predictor's cathodic pulse then makes the
  // cathodes cathodic. The case is a distant return whose field at the cord is negligible, so it adds nothing here.
  const currents = new Float64Array(implant.contacts.length);
  for (const { electrode, weight } of areaElectrodeWeights(area))
    if (electrode !== 'case') currents[electrode] = -weight;
  return currents;
}

/**
 * The physiology pipeline with its caches (docs/architecture.md, data flow): population (anatomy, posture, leads) →
 * unit fields (+ field model) → per-area thresholds (+ polarity, fractions, pulse width, paradigm). Amplitude is
 * not an input: recruitment at an amplitude is a query on the recruitment index.
 */
export class PhysiologyEngine {
  private populationKey = '';
  private population: FibrePopulation | undefined;
  private unitFields: UnitFields | undefined;
  private thresholdsKey = '';
  private thresholds: ProgramThresholds | undefined;
  readonly times: StageTimes = { population: 0, unitFields: 0, thresholds: 0 };

  constructor(
    private readonly clock: Clock = () => 0,
    private readonly onStage: StageListener = () => undefined,
  ) {}

  /**
   * Per-area thresholds for the setup, recomputing only the stages whose inputs changed; `onStage` (default: the
   * constructor's listener) hears each stage that runs, so a caller can name the request it belongs to.
   */
  thresholdsFor(setup: PhysiologySetup, onStage: StageListener = this.onStage): ProgramThresholds {
    this.times.population = 0;
    this.times.unitFields = 0;
    this.times.thresholds = 0;
    this.ensurePopulation(setup, onStage);
    const thresholdsKey = thresholdsKeyOf(setup.program);
    if (thresholdsKey !== this.thresholdsKey || !this.thresholds) {
      onStage('thresholds');
      const t = this.clock();
      this.thresholds = {
        population: this.population!,
        perAreaMa: setup.program.areas.map((area) =>
          this.areaThresholds(setup, area, predictorPulseFor(setup.program, area)),
        ),
      };
      this.times.thresholds = this.clock() - t;
      this.thresholdsKey = thresholdsKey;
    }
    return this.thresholds;
  }

  /**
   * Thresholds (mA) of every fibre for one area delivered with another pulse shape — for strength–duration curves
   * and the relief model's field reach — optionally counting only the nodes `excitable` marks (fibre-major, default
   * the population's own). Reuses the cached population and unit fields; leaves the program's cached thresholds alone.
   */
  areaThresholdsForPulse(
    setup: PhysiologySetup,
    area: StimulationArea,
    pulse: PredictorPulse | ProgrammedPredictorPulse,
    excitable?: Uint8Array,
  ): { population: FibrePopulation; thresholdsMa: Float64Array } {
    this.ensurePopulation(setup, this.onStage);
    return { population: this.population!, thresholdsMa: this.areaThresholds(setup, area, pulse, excitable) };
  }

  /**
   * The unit fields of the last configuration (read-only: mV per mA, contact-major), for the ECAP model's
   * reciprocity; throws before any configuration.
   */
  currentUnitFields(): UnitFields {
    if (!this.unitFields) throw new Error('the engine has not been configured yet');
    return this.unitFields;
  }

  /** The fibre population and its unit fields, rebuilt only when anatomy, posture, leads or seed change. */
  private ensurePopulation(setup: PhysiologySetup, onStage: StageListener): void {
    const size = setup.size ?? DEFAULT_POPULATION_SIZE;
    const populationKey = populationKeyOf(setup);
    if (populationKey === this.populationKey && this.population && this.unitFields) return;
    onStage('population');
    let t = this.clock();
    // Built only when the contacts' axial span, anatomy or posture changed: a sideways move keeps its fibres.
    this.population = cachedFibrePopulation(setup.implant, setup.patient, setup.posture, setup.seed, size);
    this.times.population = this.clock() - t;
    onStage('unitFields');
    t = this.clock();
    this.unitFields = computeUnitFields(setup.implant, this.population, setup.patient, setup.posture, (fraction) =>
      onStage('unitFields', fraction),
    );
    this.times.unitFields = this.clock() - t;
    this.populationKey = populationKey;
    this.thresholdsKey = '';
  }

  private areaThresholds(
    setup: PhysiologySetup,
    area: StimulationArea,
    pulse: PredictorPulse | ProgrammedPredictorPulse,
    excitable?: Uint8Array,
  ): Float64Array {
    const programmed = 'factorsByDiameter' in pulse ? pulse : null;
    const unit = this.unitFields!;
    const profile = new Float64Array(unit.nodeCount);
    superposeInto(profile, unit.mv, areaCathodicCurrents(area, setup.implant), unit.contactCount, unit.nodeCount);
    const nodes = excitable ?? this.population!.nodeExcitable;
    if (!programmed) return this.predict(profile, pulse as PredictorPulse, nodes);
    // The programmed train (gap, recharge, burst, kHz rate) from the single-pulse thresholds (waveform-factor.ts).
    const main = this.predict(profile, programmed.pulse, nodes);
    const alone = programmed.recharge ? this.predict(profile, programmed.recharge.pulse, nodes) : null;
    const { diameterUm, count } = this.population!;
    return programmedThresholdsInto(main, alone, diameterUm, count, programmed);
  }

  /** Predicted thresholds of every fibre for one pulse on `profile`. */
  private predict(profile: Float64Array, pulse: PredictorPulse, excitable: Uint8Array | undefined): Float64Array {
    const population = this.population!;
    const out = new Float64Array(population.count);
    // One calibration per pulse shape, interpolated per fibre diameter inside the kernel.
    predictThresholdScalesByDiameterInto(
      out,
      profile,
      population.diameterUm,
      population.count,
      population.nodesPerFibre,
      predictorPulseCalibration(pulse),
      excitable,
    );
    return out;
  }
}

/**
 * Effective thresholds in units of area `areaIndex`'s amplitude while the other areas keep their amplitudes
 * (`deliveredMa`, mA, one per area of `program`): a fibre another area already recruits has threshold 0; the rest
 * need this area. Exact for interleaved areas, which act on fibres independently.
 */
export function effectiveThresholdsForArea(
  thresholds: ProgramThresholds,
  program: Program,
  areaIndex: number,
  deliveredMa: readonly number[],
): Float64Array {
  const own = thresholds.perAreaMa[areaIndex];
  const count = thresholds.population.count;
  const out = own ? Float64Array.from(own) : new Float64Array(count).fill(Number.POSITIVE_INFINITY);
  program.areas.forEach((_, a) => {
    if (a === areaIndex) return;
    const other = thresholds.perAreaMa[a]!;
    const amplitude = deliveredMa[a]!;
    for (let f = 0; f < count; f++) if (other[f]! <= amplitude) out[f] = 0;
  });
  return out;
}

/** Effective thresholds when every area is set to the same amplitude (the CLI's `--amplitude-ma`). */
export function commonAmplitudeThresholds(thresholds: ProgramThresholds): Float64Array {
  const count = thresholds.population.count;
  const out = new Float64Array(count).fill(Number.POSITIVE_INFINITY);
  for (const perArea of thresholds.perAreaMa) for (let f = 0; f < count; f++) out[f] = Math.min(out[f]!, perArea[f]!);
  return out;
}

/** The recruitment index for a set of effective thresholds. */
export function recruitmentIndexFor(thresholds: ProgramThresholds, effectiveMa: Float64Array): RecruitmentIndex {
  return buildRecruitmentIndex(thresholds.population, effectiveMa);
}
