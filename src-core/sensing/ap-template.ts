/**
 * The single-fibre source of the ECAP, measured on the MRG cable (McIntyre, Richardson & Grill 2002): the current a
 * propagating action potential drives out of the fibre around one node of Ranvier, its conduction velocity, and the
 * two numbers that place its start in time (the utilisation delay at threshold and the Weiss chronaxie).
 *
 * The template is the axial current (axoplasm and periaxonal space together) through the middle of an internode as
 * the AP passes, in the direction it travels. A node's membrane current is the difference of the axial currents in
 * the internodes on either side of it (charge conservation), so the ECAP model builds the node currents from these
 * link currents: they then sum to zero along the fibre at every instant, also where the AP starts (both ways) and
 * where it reaches a sealed end, and a steadily propagating AP gives each node period exactly the current it has on
 * the cable. Same method as the template ("filter") approach of Peña, Pelot & Grill 2024 (CAPulator: one template
 * per diameter, shifted node by node by internode length ÷ conduction velocity).
 */
import { restoreInto, stepInto } from '../axon/cable-solver';
import { COMPARTMENTS_PER_PERIOD } from '../axon/mrg-geometry';
import { createMrgFibre, type MrgFibre } from '../axon/mrg-fibre';
import { monophasicPulse } from '../axon/pulse-shape';
import { prepareStimulus } from '../axon/stimulus-run';
import { DEFAULT_DT_US, findThresholdScale } from '../axon/threshold';
import { pointSourceAlongLineMvInto } from '../field/point-source';
import { um, us } from '../units';

/** One fibre diameter's measured source. */
export interface ApTemplate {
  readonly diameterUm: number;
  /** Conduction velocity (m/s = mm/ms), between two nodes 16 internodes apart. */
  readonly conductionVelocityMPerS: number;
  /** Time from the end of a just-threshold 100 µs pulse to the 0 mV crossing at the driven node (ms). */
  readonly initiationDelayMs: number;
  /** Weiss chronaxie of the point-source threshold, from 50 and 500 µs pulses (µs). */
  readonly chronaxieUs: number;
  /** Time of the first sample relative to the AP's arrival at the internode middle (ms). */
  readonly startMs: number;
  /** Sample interval (µs). */
  readonly sampleUs: number;
  /** Axial current through an internode middle in the direction of travel (nA), one value per sample. */
  readonly currentNa: readonly number[];
}

/** The measuring fibre: 41 nodes, driven at node 4, the current read after node 24, far from both ends. */
export const TEMPLATE_NODE_COUNT = 41;
const DRIVEN_NODE = 4;
const RECORDED_NODE = 24;
/** CV between these nodes (16 internodes, both past the initiation zone and clear of the far end). */
const CV_NODES = [16, 32] as const;
/** Point source 1 mm from the fibre in a 0.2 S/m medium (the repo's point-source test case, threshold.ts). */
const SOURCE_DISTANCE_MM = 1;
const CONDUCTIVITY_S_PER_M = 0.2; // McIntyre, Richardson & Grill 2002 (homogeneous medium of their threshold tests)
/** The propagating run at 1.5 × threshold: a sure, unblocked AP [U]; its shape does not depend on the drive. */
const DRIVE_MULTIPLE = 1.5;
/** The utilisation delay is read just above threshold (× threshold) [U], the regime near the ECAP threshold. */
const NEAR_THRESHOLD_MULTIPLE = 1.02;
const TEST_PULSE_US = 100;
/** Strength–duration points of the Weiss fit (µs): one short and one long clinical width. */
const WEISS_PULSES_US = [50, 500] as const;
/** Template span relative to the AP at the node (ms) and its sampling: 100 kHz, as CAPulator resamples to. */
export const TEMPLATE_START_MS = -0.2;
const TEMPLATE_END_MS = 1.0;
export const TEMPLATE_SAMPLE_US = 10; // Peña, Pelot & Grill 2024 (CAPulator: myelinated templates at 100 kHz)
/** Simulated time after the pulse (ms): the AP crosses 37 internodes at any calibrated diameter well inside it. */
const RUN_MS = 4;

/** The axial current (nA) through the link from compartment k to k + 1, axoplasm plus periaxonal space, Ve = 0. */
function axialCurrentNa(fibre: MrgFibre, k: number): number {
  const { vmMv, vMyelinMv } = fibre.workspace;
  const { axialConductanceUs, periaxonalConductanceUs } = fibre.electrical;
  const vp0 = vMyelinMv[k]!;
  const vp1 = vMyelinMv[k + 1]!;
  return axialConductanceUs[k]! * (vmMv[k]! + vp0 - vmMv[k + 1]! - vp1) + periaxonalConductanceUs[k]! * (vp0 - vp1);
}

/** Point source over the driven node (mV per mA at each compartment). */
function drivingProfile(fibre: MrgFibre): Float64Array {
  const { positionMm, nodeCompartment, compartmentCount } = fibre.layout;
  return pointSourceAlongLineMvInto(
    new Float64Array(compartmentCount),
    positionMm,
    compartmentCount,
    positionMm[nodeCompartment[DRIVEN_NODE]!]!,
    SOURCE_DISTANCE_MM,
    1,
    CONDUCTIVITY_S_PER_M,
  );
}

function thresholdMa(fibre: MrgFibre, profile: Float64Array, pulseWidthUs: number): number {
  const r = findThresholdScale(fibre, profile, monophasicPulse(us(pulseWidthUs), 'cathodic'));
  if (!r.fired) throw new RangeError(`the ${fibre.geometry.fibreDiameterUm} µm fibre does not fire: ${r.reason}`);
  return r.thresholdScale;
}

/** Time (ms from the start of the pulse) each node's Vm first crosses 0 mV upward, and the recorded node current. */
function propagate(
  fibre: MrgFibre,
  profile: Float64Array,
  scale: number,
): { crossingMs: Float64Array; currentNa: Float64Array; dtMs: number } {
  const stim = prepareStimulus(monophasicPulse(us(TEST_PULSE_US), 'cathodic'), DEFAULT_DT_US, RUN_MS);
  const ws = fibre.workspace;
  restoreInto(ws, fibre.rest);
  const { nodeCompartment, nodeCount, vmMv } = ws;
  const crossingMs = new Float64Array(nodeCount).fill(Number.NaN);
  const previous = new Float64Array(nodeCount);
  for (let j = 0; j < nodeCount; j++) previous[j] = vmMv[nodeCompartment[j]!]!;
  const currentNa = new Float64Array(stim.stepCount);
  // The middle link of the internode after the recorded node (compartments c + 5 → c + 6).
  const link = nodeCompartment[RECORDED_NODE]! + (COMPARTMENTS_PER_PERIOD - 1) / 2;
  for (let k = 0; k < stim.stepCount; k++) {
    stepInto(ws, profile, scale * stim.wave[k]!, stim.dtMs);
    for (let j = 0; j < nodeCount; j++) {
      const v = vmMv[nodeCompartment[j]!]!;
      if (Number.isNaN(crossingMs[j]!) && previous[j]! < 0 && v >= 0)
        crossingMs[j] = (k + previous[j]! / (previous[j]! - v)) * stim.dtMs;
      previous[j] = v;
    }
    // After the pulse only (Ve = 0 there): the stimulus itself is the artefact's business, not the fibre's.
    currentNa[k] = k >= stim.pulseEndStep ? axialCurrentNa(fibre, link) : 0;
  }
  return { crossingMs, currentNa, dtMs: stim.dtMs };
}

/**
 * Measures the source of one fibre diameter on a 41-node MRG fibre (≈ 0.5 s): a 100 µs cathodic point-source pulse
 * at 1.5 × threshold starts an AP near one end; the axial current is read in the internode after node 24, sampled
 * at 100 kHz (means of the 2 µs solver steps) from 0.2 ms before to 1 ms after the AP there.
 * @example measureApTemplate(10).conductionVelocityMPerS; // ≈ 55 m/s
 */
export function measureApTemplate(diameterUm: number): ApTemplate {
  const fibre = createMrgFibre(um(diameterUm), { nodeCount: TEMPLATE_NODE_COUNT });
  const profile = drivingProfile(fibre);
  const threshold = thresholdMa(fibre, profile, TEST_PULSE_US);
  const run = propagate(fibre, profile, DRIVE_MULTIPLE * threshold);
  const { positionMm, nodeCompartment } = fibre.layout;
  const [a, b] = CV_NODES;
  const ta = run.crossingMs[a]!;
  const tb = run.crossingMs[b]!;
  const tNode = run.crossingMs[RECORDED_NODE]!;
  if (!(tb > ta) || Number.isNaN(tNode)) throw new RangeError(`no propagated AP on the ${diameterUm} µm fibre`);
  const cv = (positionMm[nodeCompartment[b]!]! - positionMm[nodeCompartment[a]!]!) / (tb - ta);
  // The AP reaches the internode middle half an internode after the node.
  const internodeMm = positionMm[nodeCompartment[RECORDED_NODE + 1]!]! - positionMm[nodeCompartment[RECORDED_NODE]!]!;
  const tLink = tNode + internodeMm / 2 / cv;
  const perSample = Math.round(TEMPLATE_SAMPLE_US / 1000 / run.dtMs);
  const sampleCount = Math.round(((TEMPLATE_END_MS - TEMPLATE_START_MS) * 1000) / TEMPLATE_SAMPLE_US);
  const currentNa: number[] = [];
  for (let s = 0; s < sampleCount; s++) {
    // Sample s covers [tNode + start + s·Δ, … + Δ): the mean of the solver steps inside it.
    const first = Math.round((tLink + TEMPLATE_START_MS) / run.dtMs) + s * perSample;
    let sum = 0;
    for (let k = first; k < first + perSample; k++) sum += run.currentNa[k] ?? 0;
    currentNa.push(sum / perSample);
  }
  const near = propagate(fibre, profile, NEAR_THRESHOLD_MULTIPLE * threshold);
  const drivenCrossing = near.crossingMs[DRIVEN_NODE]!;
  const initiationDelayMs = Number.isNaN(drivenCrossing) ? 0 : drivenCrossing - TEST_PULSE_US / 1000;
  const [w1, w2] = WEISS_PULSES_US;
  const i1 = thresholdMa(fibre, profile, w1);
  const i2 = thresholdMa(fibre, profile, w2);
  // Weiss: I·PW = I_rh·(PW + c) at both widths.
  const rheobase = (i1 * w1 - i2 * w2) / (w1 - w2);
  return {
    diameterUm,
    conductionVelocityMPerS: cv,
    initiationDelayMs: Math.max(0, initiationDelayMs),
    chronaxieUs: (i1 * w1) / rheobase - w1,
    startMs: TEMPLATE_START_MS,
    sampleUs: TEMPLATE_SAMPLE_US,
    currentNa,
  };
}

const significant = (value: number, digits: number) => Number(value.toPrecision(digits));

/**
 * A template with its numbers rounded as the generated table stores them (currents to 4 significant digits and
 * 1e-4 nA, the rest to 4 digits), so a re-measurement compares equal to a fresh table.
 * @example roundedTemplate(measureApTemplate(10)).chronaxieUs; // 164.7
 */
export function roundedTemplate(t: ApTemplate): ApTemplate {
  return {
    ...t,
    conductionVelocityMPerS: significant(t.conductionVelocityMPerS, 4),
    initiationDelayMs: significant(t.initiationDelayMs, 4),
    chronaxieUs: significant(t.chronaxieUs, 4),
    currentNa: t.currentNa.map((v) => Math.round(significant(v, 4) * 1e4) / 1e4),
  };
}
