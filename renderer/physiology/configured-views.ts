// What the worker derives from one configuration besides the patient's words: the 3D view's fibres and activation,
// and the titration sweep (the strength–duration sweep is the core's own). Pure functions of the core's results (testable in Node).
import {
  DERMATOMES,
  activationSurfaceFromGrid,
  sensationThresholds,
  titrationAmplitudes,
  titrationCurve,
  type ActivationGrid,
  type FibrePopulation,
  type PainRegion,
  type PhysiologySetup,
  type RecruitmentIndex,
  type StimulationArea,
  type TemporalPattern,
} from '../../src-core';
import type { ActivationView, FibreGeometry, TitrationChartData } from './protocol';

/** Points of the titration sweep: enough for a smooth curve, each one a recruitment query (µs). */
const TITRATION_POINTS = 81;

const finiteOrNull = (value: number) => (Number.isFinite(value) ? value : null);

/** The population's node positions as float32 and its labels as small integers, for the 3D view. */
export function fibreGeometryOf(population: FibrePopulation, version: number): FibreGeometry {
  const dermatomeIndex = new Uint8Array(population.count);
  const kind = new Uint8Array(population.count);
  const side = new Uint8Array(population.count);
  for (let f = 0; f < population.count; f++) {
    dermatomeIndex[f] = DERMATOMES.indexOf(population.dermatome[f]!);
    kind[f] = population.kind[f] === 'dorsalRoot' ? 1 : 0;
    side[f] = population.side[f] === 'right' ? 1 : 0;
  }
  return {
    version,
    count: population.count,
    nodesPerFibre: population.nodesPerFibre,
    axialMm: Float32Array.from(population.nodeAxialMm),
    lateralMm: Float32Array.from(population.nodeLateralMm),
    dorsalMm: Float32Array.from(population.nodeDorsalMm),
    dermatomeIndex,
    kind,
    side,
  };
}

/** Fibre thresholds and the activating-function surface of the active area, on a grid cached with the population. */
export function activationViewFor(
  setup: PhysiologySetup,
  grid: ActivationGrid,
  area: StimulationArea,
  effectiveMa: Float64Array,
  perceptionThresholdMa: number | null,
  fibresVersion: number,
): ActivationView {
  const surface = activationSurfaceFromGrid(grid, setup.implant, area);
  return {
    fibresVersion,
    thresholdsMa: Float64Array.from(effectiveMa),
    surface: {
      axialMm: Float32Array.from(surface.axialMm),
      lateralMm: Float32Array.from(surface.lateralMm),
      dorsalMm: Float32Array.from(surface.dorsalMm),
      activatingPerMa: Float32Array.from(surface.activatingPerMa),
      peakPerMa: surface.peakPerMa,
    },
    perceptionThresholdMa,
  };
}

/** The titration sweep of a configuration, from 0 to past its discomfort threshold (or the device maximum). */
export function titrationFor(
  index: RecruitmentIndex,
  painMap: readonly PainRegion[] | undefined,
  deviceMaxMa: number,
  pattern: TemporalPattern,
): TitrationChartData {
  const t = sensationThresholds(index, pattern);
  const discomfortMa = finiteOrNull(t.discomfortMa);
  return {
    points: titrationCurve(index, painMap, titrationAmplitudes(discomfortMa, deviceMaxMa, TITRATION_POINTS), pattern),
    perceptionMa: finiteOrNull(t.perceptionMa),
    comfortMa: finiteOrNull(t.comfortMa),
    discomfortMa,
  };
}
