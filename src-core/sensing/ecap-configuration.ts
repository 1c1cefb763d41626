/**
 * Everything of an ECAP that does not depend on the amplitude, computed once per configured simulation: for every
 * sampled fibre its threshold under the target area's own pulse, where its AP starts (the node the area drives
 * hardest), how far each of its nodes lies along the fibre from there, its conduction velocity and template mix,
 * and the recording sensitivity of each node, on the sampled nodes and on the straight continuation of each fibre
 * past them (volley-continuation.ts). Reciprocity (Helmholtz; used for ECAPs by Anaya et al. 2020 and Brucker-Hahn
 * et al. 2025): the potential at a recording contact per unit current at a node equals the potential at that node
 * per unit current from the contact — the engine's unit fields.
 */
import type { Posture } from '../anatomy/patient-anatomy';
import type { ResolvedImplant } from '../hardware/implant';
import { superposeInto } from '../field';
import { pointSourcePotentialMv } from '../field/point-source';
import { contactDistanceMm } from '../impedance/access-resistance';
import { mA, mm, sPerM } from '../units';
import { areaCathodicCurrents, type PhysiologyEngine } from '../simulation/engine';
import type { ConfiguredSimulation } from '../simulation/simulate';
import { mixed, templateMixOf } from './template-lookup';
import { defaultRecordingContacts, type RecordingContacts } from './recording-contacts';
import { CONTINUATION_MM, continuedNodes, recordingSensitivityOf } from './volley-continuation';

/** An ECAP-ready configuration: per-fibre and per-node arrays (fibre-major like the population). */
export interface EcapConfiguration {
  readonly posture: Posture;
  readonly contacts: RecordingContacts;
  /** The target area's phase width (µs): the first cathodic phase of each period. */
  readonly pulseWidthUs: number;
  readonly fibreCount: number;
  /** Nodes per fibre on the recording's side: the sampled ones plus the continued ones (volley-continuation.ts). */
  readonly nodesPerFibre: number;
  /** Threshold of each fibre under the target area's pulse (mA; Infinity = never). */
  readonly thresholdMa: Float64Array;
  /** Real fibres per sampled fibre. */
  readonly weight: Float64Array;
  readonly diameterUm: Float64Array;
  readonly conductionVelocityMPerS: Float64Array;
  readonly chronaxieUs: Float64Array;
  readonly initiationDelayMs: Float64Array;
  readonly templateLower: Int32Array;
  readonly templateFraction: Float64Array;
  /** The node where each fibre's AP starts (among the continued nodes), and its axial position (mm). */
  readonly excitationNode: Int32Array;
  readonly excitationAxialMm: Float64Array;
  /** Per continued node: distance along the fibre from the excitation node (mm). */
  readonly pathMm: Float64Array;
  /** Per continued node: recording minus reference potential per unit current at the node (mV per mA). */
  readonly sensitivityMvPerMa: Float64Array;
  /** Stimulus potential between the recording pair per mA of the area (mV per mA, homogeneous medium): the artefact scale. */
  readonly artefactCouplingMvPerMa: number;
  /** Axial position of the recording contact (mm), for latency checks. */
  readonly recordingAxialMm: number;
  readonly perceptionThresholdMa: number | null;
  readonly maxMa: number;
}

/** Options of `ecapConfigurationOf`. */
export interface EcapConfigurationOptions {
  /** How far the volley runs on past each fibre's sampled ends for the recording (mm; default CONTINUATION_MM, 0 = stop there). */
  readonly continuationMm?: number;
}

/** The stimulus potential, for the artefact, in a homogeneous medium of this conductivity [U]: a bulk tissue value. */
const ARTEFACT_MEDIUM_S_PER_M = sPerM(0.2); // McIntyre, Richardson & Grill 2002 (the homogeneous 0.2 S/m of threshold tests)

/**
 * Potential difference (mV per mA of the area) that the stimulating contacts make between the recording pair in a
 * homogeneous medium (point sources; contacts closer than their own size count at 1 mm): what the artefact scales with.
 */
function artefactCoupling(implant: ResolvedImplant, currents: Float64Array, contacts: RecordingContacts): number {
  const potentialAt = (c: number, at: number | null) =>
    at === null
      ? 0
      : pointSourcePotentialMv(
          mA(currents[c]!),
          mm(Math.max(1, contactDistanceMm(implant.contacts[c]!, implant.contacts[at]!))),
          ARTEFACT_MEDIUM_S_PER_M,
        );
  let v = 0;
  for (let c = 0; c < currents.length; c++) {
    if (currents[c] !== 0) v += potentialAt(c, contacts.recording) - potentialAt(c, contacts.reference);
  }
  return Math.abs(v);
}

/**
 * The ECAP configuration of a configured simulation; `engine` must still hold that configuration's unit fields
 * (call right after `configureSimulation`). `contacts` defaults to `defaultRecordingContacts`; the volley is
 * followed `options.continuationMm` past the sampled ends of every fibre (volley-continuation.ts).
 * @example const ecap = ecapConfigurationOf(engine, configureSimulation(engine, session, implant, target));
 */
export function ecapConfigurationOf(
  engine: PhysiologyEngine,
  configured: ConfiguredSimulation,
  contacts: RecordingContacts = defaultRecordingContacts(configured.area, configured.setup.implant),
  options: EcapConfigurationOptions = {},
): EcapConfiguration {
  const { setup, area, target, thresholds } = configured;
  const population = thresholds.population;
  const unit = engine.currentUnitFields();
  const { count, nodesPerFibre } = population;
  if (unit.nodeCount !== count * nodesPerFibre) throw new Error('the engine holds another configuration');
  const currents = areaCathodicCurrents(area, setup.implant);
  const N = unit.nodeCount;
  // The area's profile exactly as the engine builds it for the thresholds.
  const profile = superposeInto(new Float64Array(N), unit.mv, currents, unit.contactCount, N);
  // The volley runs on past the sampled nodes for the recording (volley-continuation.ts); drive stays on them.
  const continued = continuedNodes(population, options.continuationMm ?? CONTINUATION_MM);
  const { extra, nodesPerFibre: m } = continued;
  const sensitivity = recordingSensitivityOf(setup, population, unit, continued, contacts);
  const cv = new Float64Array(count);
  const chronaxie = new Float64Array(count);
  const delay = new Float64Array(count);
  const lower = new Int32Array(count);
  const fraction = new Float64Array(count);
  const excitationNode = new Int32Array(count);
  const excitationAxialMm = new Float64Array(count);
  const pathMm = new Float64Array(count * m);
  const { nodeAxialMm, nodeExcitable } = population;
  const { axialMm: ax, lateralMm: lat, dorsalMm: dor } = continued;
  for (let f = 0; f < count; f++) {
    const mix = templateMixOf(population.diameterUm[f]!);
    lower[f] = mix.lower;
    fraction[f] = mix.fraction;
    cv[f] = mixed(mix, (t) => t.conductionVelocityMPerS);
    chronaxie[f] = mixed(mix, (t) => t.chronaxieUs);
    delay[f] = mixed(mix, (t) => t.initiationDelayMs);
    const base = f * nodesPerFibre;
    // Strongest drive: the largest activating function (−Δ²Ve under a cathodic pulse, cathodes positive here).
    let best = -Infinity;
    let site = Math.floor(nodesPerFibre / 2);
    for (let n = 1; n + 1 < nodesPerFibre; n++) {
      if (nodeExcitable[base + n] === 0) continue;
      const drive = 2 * profile[base + n]! - profile[base + n - 1]! - profile[base + n + 1]!;
      if (drive > best) {
        best = drive;
        site = n;
      }
    }
    excitationNode[f] = site + extra;
    excitationAxialMm[f] = nodeAxialMm[base + site]!;
    const start = f * m;
    pathMm[start + site + extra] = 0;
    for (let n = site + extra + 1; n < m; n++) {
      const i = start + n;
      pathMm[i] = pathMm[i - 1]! + Math.hypot(ax[i]! - ax[i - 1]!, lat[i]! - lat[i - 1]!, dor[i]! - dor[i - 1]!);
    }
    for (let n = site + extra - 1; n >= 0; n--) {
      const i = start + n;
      pathMm[i] = pathMm[i + 1]! + Math.hypot(ax[i]! - ax[i + 1]!, lat[i]! - lat[i + 1]!, dor[i]! - dor[i + 1]!);
    }
  }
  return {
    posture: target.posture,
    contacts,
    pulseWidthUs: area.pulseWidthUs,
    fibreCount: count,
    nodesPerFibre: m,
    thresholdMa: thresholds.perAreaMa[target.areaIndex]!,
    weight: population.weight,
    diameterUm: population.diameterUm,
    conductionVelocityMPerS: cv,
    chronaxieUs: chronaxie,
    initiationDelayMs: delay,
    templateLower: lower,
    templateFraction: fraction,
    excitationNode,
    excitationAxialMm,
    pathMm,
    sensitivityMvPerMa: sensitivity,
    artefactCouplingMvPerMa: artefactCoupling(setup.implant, currents, contacts),
    recordingAxialMm: setup.implant.contacts[contacts.recording]!.centre.axialMm,
    perceptionThresholdMa: configured.perceptionThresholdMa,
    maxMa: configured.ceiling.maxMa,
  };
}
