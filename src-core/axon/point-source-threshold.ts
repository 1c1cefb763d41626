/**
 * Threshold of a straight MRG fibre for a point electrode in an infinite homogeneous medium, the
 * electrode centred over the middle node at a perpendicular distance r (the classic McNeal/MRG test
 * case; the `scs-sim threshold` command and external comparisons with NEURON use it).
 */
import type { Micrometres, Microseconds, Millimetres, SiemensPerMetre } from '../units';
import { pointSourceAlongLineMvInto } from '../field/point-source';
import { createMrgFibre, type MrgFibre } from './mrg-fibre';
import { mrgGeometry, type MrgGeometryMethod } from './mrg-geometry';
import {
  programmedPulseFacts,
  programmedPulseShape,
  type ProgrammedPulseFacts,
  type ProgrammedWaveform,
} from './programmed-pulse';
import { biphasicPulse, monophasicPulse, type PulseShape } from './pulse-shape';
import { defaultPostPulseMs } from './stimulus-run';
import { findThresholdScale, type ThresholdOptions } from './threshold';

/**
 * The waveform of a point-source request: 'monophasic' (one phase), 'biphasic' (symmetric, charge-balanced, no
 * gap, the given polarity first) or a programmed waveform (tonic with gap and active/passive recharge, burst, kHz
 * train; see `programmedPulseShape`).
 */
export type PointSourceWaveform = 'monophasic' | 'biphasic' | ProgrammedWaveform;

/** Inputs of `pointSourceThresholdMa`. */
export interface PointSourceThresholdInput {
  fibreDiameterUm: Micrometres;
  /** Perpendicular electrode–fibre distance (mm), electrode over the central node. */
  distanceMm: Millimetres;
  /** Width of one phase, µs. */
  pulseWidthUs: Microseconds;
  /** Polarity of the (first) phase. */
  polarity: 'cathodic' | 'anodic';
  /** The stimulus; its stimulating phases have width `pulseWidthUs` and polarity `polarity`. */
  waveform: PointSourceWaveform;
  /** Medium conductivity (default 0.2 S/m). */
  conductivitySPerM?: SiemensPerMetre;
  /** Geometry for diameters between MRG table rows (default 'table'). */
  geometryMethod?: MrgGeometryMethod;
  /** Time step, µs (default 1, the NEURON/ASCENT/PyFibers default of 0.001 ms). */
  dtUs?: number;
  /** Relative tolerance of the bisection (default 0.005). */
  relativeTolerance?: number;
}

const DEFAULT_CONDUCTIVITY_S_PER_M = 0.2;
const DEFAULT_POINT_SOURCE_DT_US = 1; // NEURON fixed step used by ASCENT/PyFibers (0.001 ms)
/** Minimum half-length of the fibre in internodes on each side of the electrode. */
const MIN_HALF_INTERNODES = 10;
/**
 * Half-length of the fibre in multiples of the electrode distance. Chosen from a convergence study
 * (docs/physics-axon.md): cathodic and biphasic thresholds change < 0.1 % beyond 5·r; anodic thresholds
 * are set by the weak virtual cathodes and are easily undercut by end excitation, so they need ≈ 8·r.
 */
const HALF_LENGTH_PER_DISTANCE_CATHODIC = 5;
const HALF_LENGTH_PER_DISTANCE_ANODIC = 8;
/** Cap on the fibre size (nodes) so absurd distances cannot make a run unbounded. */
export const MAX_POINT_SOURCE_NODES = 401;
/** Largest current (mA) tried before reporting "no threshold". */
const MAX_CURRENT_MA = 1000;

/**
 * Whether the waveform's effect on the far fibre is that of its anodic phase when the stimulating phase is anodic:
 * true unless an equal, opposite active phase follows each stimulating phase (symmetric biphasic, active tonic,
 * kHz train). A passive recharge is long and low, so a passively recharged pulse or burst counts as monophasic.
 */
function actsMonophasic(waveform: PointSourceWaveform): boolean {
  if (waveform === 'monophasic') return true;
  if (waveform === 'biphasic') return false;
  return waveform.kind === 'burst' || (waveform.kind === 'tonic' && waveform.recharge === 'passive');
}

/**
 * Number of nodes (odd, 21 … 401) so the fibre extends at least max(10 internodes, k·r) on each side
 * of the electrode, k = 8 for anodic pulses without an active opposite phase (monophasic, passive recharge,
 * burst) and 5 otherwise.
 *
 * @example
 * pointSourceNodeCount(um(10), mm(4), 'cathodic', 'monophasic'); // 2·ceil(20 mm / 1.15 mm) + 1 = 37
 */
export function pointSourceNodeCount(
  fibreDiameterUm: Micrometres,
  distanceMm: Millimetres,
  polarity: 'cathodic' | 'anodic',
  waveform: PointSourceWaveform,
  geometryMethod: MrgGeometryMethod = 'table',
): number {
  const dxMm = mrgGeometry(fibreDiameterUm, geometryMethod).internodeLengthUm / 1000;
  const k =
    polarity === 'anodic' && actsMonophasic(waveform)
      ? HALF_LENGTH_PER_DISTANCE_ANODIC
      : HALF_LENGTH_PER_DISTANCE_CATHODIC;
  const half = Math.max(MIN_HALF_INTERNODES, Math.ceil((k * distanceMm) / dxMm - 1e-9));
  return Math.min(2 * half + 1, MAX_POINT_SOURCE_NODES);
}

/**
 * Ve (mV) at every compartment of `fibre` for +1 mA from a point source at `distanceMm` from the
 * fibre axis, over the centre node (node (N−1)/2, or the node just left of the centre for even N).
 *
 * @example
 * const ve = pointSourceProfileMv(createMrgFibre(um(10)), mm(1), sPerM(0.2)); // max 397.9 mV
 */
export function pointSourceProfileMv(
  fibre: MrgFibre,
  distanceMm: Millimetres,
  conductivitySPerM: SiemensPerMetre,
): Float64Array {
  const { positionMm, nodeCompartment, nodeCount, compartmentCount } = fibre.layout;
  const centre = positionMm[nodeCompartment[Math.floor((nodeCount - 1) / 2)]!]!;
  return pointSourceAlongLineMvInto(
    new Float64Array(compartmentCount),
    positionMm,
    compartmentCount,
    centre,
    distanceMm,
    1,
    conductivitySPerM,
  );
}

/** The pulse shape of a point-source request. */
export function pointSourcePulse(
  input: Pick<PointSourceThresholdInput, 'waveform' | 'pulseWidthUs' | 'polarity'>,
): PulseShape {
  const { waveform, pulseWidthUs, polarity } = input;
  if (waveform === 'monophasic') return monophasicPulse(pulseWidthUs, polarity);
  if (waveform === 'biphasic') return biphasicPulse(pulseWidthUs, { firstPhase: polarity });
  return programmedPulseShape(waveform, pulseWidthUs, polarity);
}

/** A point-source threshold and the numerics that produced it, for reports and comparisons. */
export interface PointSourceThreshold extends ProgrammedPulseFacts {
  /** Smallest simulated amplitude (mA) of the stimulating phases that fired; undefined if none up to 1000 mA. */
  readonly thresholdMa: number | undefined;
  /** Nodes of Ranvier of the simulated fibre. */
  readonly nodeCount: number;
  readonly dtUs: number;
  readonly relativeTolerance: number;
  /** Length of the stimulus waveform, recharge included (µs). */
  readonly waveformDurationUs: number;
  /** Simulated time of a run that does not fire or stop early: waveform + latency and conduction allowance (ms). */
  readonly simulatedMs: number;
  /** Cable simulations the search ran; 0 when it found no threshold. */
  readonly simulations: number;
}

/**
 * Threshold current (mA, positive magnitude of the stimulating phases) of a straight MRG fibre for a point
 * electrode at `distanceMm` over its central node, with the numerics used. No propagating action potential up to
 * 1000 mA gives `thresholdMa: undefined`. Fibre length from `pointSourceNodeCount`, sealed active ends
 * (MRGaxon.hoc), time step 1 µs, bisection to 0.5 %: the returned value is the smallest simulated current that
 * fired. The whole waveform (every pulse of a burst or train and its recharge) is simulated; an action potential
 * reaching a monitor node at any time during it or in the allowance after it counts as firing.
 *
 * @example
 * pointSourceThreshold({ fibreDiameterUm: um(10), distanceMm: mm(1), pulseWidthUs: us(1000), polarity: 'cathodic',
 *   waveform: { kind: 'burst', pulsesPerBurst: 5, intraBurstRateHz: Hz(500) } }).thresholdMa;
 */
export function pointSourceThreshold(input: PointSourceThresholdInput): PointSourceThreshold {
  const method = input.geometryMethod ?? 'table';
  if (!(input.distanceMm > 0) || !Number.isFinite(input.distanceMm)) {
    throw new RangeError(`distance must be a positive number of mm, got ${input.distanceMm}`);
  }
  const sigma = input.conductivitySPerM ?? (DEFAULT_CONDUCTIVITY_S_PER_M as SiemensPerMetre);
  if (!(sigma > 0) || !Number.isFinite(sigma)) throw new RangeError(`conductivity must be > 0 S/m, got ${sigma}`);
  const pulse = pointSourcePulse(input);
  const nodeCount = pointSourceNodeCount(
    input.fibreDiameterUm,
    input.distanceMm,
    input.polarity,
    input.waveform,
    method,
  );
  const fibre = createMrgFibre(input.fibreDiameterUm, { nodeCount, geometryMethod: method });
  const profile = pointSourceProfileMv(fibre, input.distanceMm, sigma);
  const dtUs = input.dtUs ?? DEFAULT_POINT_SOURCE_DT_US;
  const relativeTolerance = input.relativeTolerance ?? 0.005;
  const postPulseMs = defaultPostPulseMs(fibre);
  const options: ThresholdOptions = {
    dtUs,
    relativeTolerance,
    postPulseMs,
    // Rough start (≈ r² scaling at σ = 0.2 S/m); the bracket search corrects it.
    initialScale: Math.min(
      MAX_CURRENT_MA / 2,
      Math.max(0.02, 0.3 * input.distanceMm * input.distanceMm) * (sigma / DEFAULT_CONDUCTIVITY_S_PER_M),
    ),
    maxScale: MAX_CURRENT_MA,
  };
  const result = findThresholdScale(fibre, profile, pulse, options);
  const single = { stimulatingPhases: 1, passiveRecharge: null };
  return {
    ...(typeof input.waveform === 'string' ? single : programmedPulseFacts(input.waveform)),
    thresholdMa: result.fired ? result.thresholdScale : undefined,
    nodeCount,
    dtUs,
    relativeTolerance,
    waveformDurationUs: pulse.durationUs,
    simulatedMs: pulse.durationUs / 1000 + postPulseMs,
    simulations: result.fired ? result.simulations : 0,
  };
}

/**
 * Threshold current (mA) of `pointSourceThreshold`, or `undefined` if no propagating action potential is found
 * up to 1000 mA.
 *
 * @example
 * pointSourceThresholdMa({ fibreDiameterUm: um(10), distanceMm: mm(1), pulseWidthUs: us(100),
 *   polarity: 'cathodic', waveform: 'monophasic' }); // ≈ 0.12 mA
 */
export function pointSourceThresholdMa(input: PointSourceThresholdInput): number | undefined {
  return pointSourceThreshold(input).thresholdMa;
}
