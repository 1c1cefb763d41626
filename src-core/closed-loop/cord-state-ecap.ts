/**
 * The real ECAP model as the closed loop's `EcapAmplitudeAt`: for one program area of a session (its contacts,
 * recording pair and the patient's anatomy) the cord state is turned into the dorsal CSF thickness under the lead
 * (`dcsfMmOfCordState`), and the ECAP is read from growth curves of the full model (`ecapConfigurationOf`,
 * `ecapAmplitudeAt`) computed at a few dCSF "knots" — every posture's resting position exactly, and knots between
 * and beyond them for coughs and the gait bounce — then tabulated by posture × displacement × current
 * (`tabulateEcapAmplitude`) so a day of controller updates costs lookups.
 *
 * A knot away from a resting position is configured by changing the patient's dCSF scale so that, in the posture
 * whose resting position is nearest, the dCSF at the lead equals the knot: the cord sits closer or further along
 * the whole lead, which is what a cough's or a step's dorsal shift does (Figley & Stroman 2007: the cord moves as a
 * whole with each heartbeat). The shift is proportional to the supine dCSF along the lead rather than uniform —
 * within ≈ 10 % over a lead's span.
 */
import { dcsfMmAt } from '../anatomy/canal';
import { NOMINAL_ANATOMY, POSTURES, type PatientAnatomy, type Posture } from '../anatomy/patient-anatomy';
import type { ResolvedImplant } from '../hardware/implant';
import { assessSafety } from '../safety/assess';
import type { Session } from '../session/session';
import { ecapConfigurationOf } from '../sensing/ecap-configuration';
import { ecapAmplitudeAt } from '../sensing/ecap-measures';
import type { RecordingContacts } from '../sensing/recording-contacts';
import type { PhysiologyEngine } from '../simulation/engine';
import { configureSimulation } from '../simulation/simulate';
import { mA, mm, type Millimetres } from '../units';
import { areaElectrodeWeights } from '../waveform/electrodes';
import { complianceLimitMaOf } from './controller';
import { MIN_DCSF_MM, dcsfMmOfCordState, type EcapAmplitudeAt } from './cord-state';
import { tabulateEcapAmplitude } from './ecap-table';
import { COUGH_PEAK_SHIFT_MM } from './movement';

/** Options of `cordStateEcap`. */
export interface CordStateEcapOptions {
  /** The program area whose ECAP is sensed (default 0). */
  readonly areaIndex?: number;
  /** Recording pair (default `defaultRecordingContacts`). */
  readonly contacts?: RecordingContacts;
  /** Current step of the growth curves (mA; default 0.1, the clinical amplitude step). */
  readonly stepMa?: number;
  /** Largest gap between dCSF knots (mm; default KNOT_SPACING_MM). */
  readonly knotSpacingMm?: number;
  /** Called after each knot is configured (done, total): the worker's progress. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** The ECAP of one program area for any cord state, with what the replay's settings are derived from. */
export interface CordStateEcap {
  readonly programIndex: number;
  readonly areaIndex: number;
  /** The ECAP (µV, noise-free P2 − N1) for a cord state and current, read from the tables. */
  readonly ecapAt: EcapAmplitudeAt;
  readonly contacts: RecordingContacts;
  /** Axial position where the dCSF is read: the centre of the area's active contacts (mm, spine frame). */
  readonly leadAxialMm: Millimetres;
  /** The dCSF knots the full model was configured at (mm, ascending). */
  readonly knotsDcsfMm: readonly number[];
  /** Resting dCSF under the lead in each posture (mm). */
  readonly restingDcsfMm: Readonly<Record<Posture, number>>;
  /** Perception and discomfort thresholds at rest in each posture (mA; null = not within the ceiling). */
  readonly perceptionThresholdMa: Readonly<Record<Posture, number | null>>;
  readonly discomfortThresholdMa: Readonly<Record<Posture, number | null>>;
  /** The area's amplitude ceiling (mA): the lower of the device and patient maxima. */
  readonly maxMa: number;
  /** The programmed amplitude the area delivers (mA). */
  readonly programmedMa: number;
  /** The largest current the output drives through this load at the IPG's compliance (mA; Infinity if unknown). */
  readonly complianceLimitMa: number;
  /** The tabulated current step (mA). */
  readonly stepMa: number;
}

/**
 * Largest gap between dCSF knots (mm) [U]: the ECAP falls with dCSF smoothly (≈ 25 % per 0.5 mm at T9 in the
 * tonic sample), so linear interpolation over ≤ 0.6 mm errs by a few per cent; each knot costs one engine
 * configuration (≈ 1.5 s).
 */
export const KNOT_SPACING_MM = 0.6;
/** Below the thinnest resting dCSF the knots reach two coughs' peak shift (coughs can overlap) [D]. */
const COUGH_REACH_MM = 2 * COUGH_PEAK_SHIFT_MM;
/** Above the thickest resting dCSF the knots reach this far (mm) [D]: the displacement table's lowest shift, −0.5 mm. */
const ABOVE_REACH_MM = 0.5;
/** Smallest dCSF scale a knot may ask of the anatomy [U]: keeps the canal's layers positive. */
const MIN_DCSF_SCALE = 0.05;

/** The centre of the area's active lead contacts along the spine (mm). */
function activeCentreAxialMm(session: Session, implant: ResolvedImplant, programIndex: number, areaIndex: number) {
  const area = session.programs[programIndex]!.areas[areaIndex]!;
  const axial = areaElectrodeWeights(area)
    .filter((w) => w.electrode !== 'case')
    .map((w) => implant.contacts[w.electrode as number]!.centre.axialMm as number);
  return mm(axial.reduce((a, b) => a + b, 0) / Math.max(1, axial.length));
}

/** Knots: every resting dCSF, the reach of coughs below and of a lifted cord above, gaps filled evenly. */
export function dcsfKnotsMm(resting: readonly number[], spacingMm: number): number[] {
  const distinct = [...new Set(resting.map((d) => Math.round(d * 1e6) / 1e6))].sort((a, b) => a - b);
  const lo = Math.max(MIN_DCSF_MM, distinct[0]! - COUGH_REACH_MM);
  const hi = distinct[distinct.length - 1]! + ABOVE_REACH_MM;
  const anchors = [...new Set([lo, ...distinct, hi])].sort((a, b) => a - b);
  const knots: number[] = [anchors[0]!];
  for (let k = 1; k < anchors.length; k++) {
    const a = anchors[k - 1]!;
    const b = anchors[k]!;
    const pieces = Math.max(1, Math.ceil((b - a) / spacingMm - 1e-9));
    for (let p = 1; p <= pieces; p++) knots.push(a + ((b - a) * p) / pieces);
  }
  return knots;
}

/**
 * The patient anatomy and posture that put `dcsfMm` under the lead at `axialMm`: the posture whose resting dCSF is
 * nearest, its dCSF scale changed (the posture's own increase over supine kept).
 */
function geometryForDcsf(
  dcsfMm: number,
  axialMm: Millimetres,
  patient: PatientAnatomy,
  resting: Readonly<Record<Posture, number>>,
): { posture: Posture; patient: PatientAnatomy } {
  let posture: Posture = 'supine';
  for (const p of POSTURES) if (Math.abs(resting[p] - dcsfMm) < Math.abs(resting[posture] - dcsfMm)) posture = p;
  if (Math.abs(resting[posture] - dcsfMm) < 1e-6) return { posture, patient };
  const unit = { ...patient, dcsfScale: 1 };
  const nominalSupine = dcsfMmAt(axialMm, 'supine', unit);
  const increase = dcsfMmAt(axialMm, posture, unit) - nominalSupine;
  const scale = (dcsfMm - increase) / nominalSupine;
  if (scale >= MIN_DCSF_SCALE) return { posture, patient: { ...patient, dcsfScale: scale } };
  return { posture: 'supine', patient: { ...patient, dcsfScale: Math.max(MIN_DCSF_SCALE, dcsfMm / nominalSupine) } };
}

/**
 * Builds the ECAP of `programIndex` (area `options.areaIndex`) for every cord state: configures the engine at each
 * dCSF knot (seconds each; `onProgress` reports them), computes the growth curve there from 0 to the area's ceiling,
 * and tabulates. Build once per program configuration and reuse; the returned `ecapAt` is a lookup. Throws a
 * RangeError when the area has no recording pair (see `defaultRecordingContacts`).
 * @example
 * const model = cordStateEcap(new PhysiologyEngine(), session, implant, 0);
 * model.ecapAt(restingCordState('supine'), 5); // ≈ 4.3 µV for the tonic sample
 */
export function cordStateEcap(
  engine: PhysiologyEngine,
  session: Session,
  implant: ResolvedImplant,
  programIndex: number,
  options: CordStateEcapOptions = {},
): CordStateEcap {
  const areaIndex = options.areaIndex ?? 0;
  const program = session.programs[programIndex];
  if (!program) throw new RangeError(`There is no program ${programIndex}.`);
  if (!program.areas[areaIndex]) throw new RangeError(`Program ${programIndex} has no area ${areaIndex}.`);
  const stepMa = options.stepMa ?? 0.1;
  const patient = session.patient.anatomy ?? NOMINAL_ANATOMY;
  const leadAxialMm = activeCentreAxialMm(session, implant, programIndex, areaIndex);
  const restingDcsfMm = Object.fromEntries(
    POSTURES.map((p) => [p, dcsfMmAt(leadAxialMm, p, patient) as number]),
  ) as Record<Posture, number>;
  const knots = dcsfKnotsMm(Object.values(restingDcsfMm), options.knotSpacingMm ?? KNOT_SPACING_MM);
  const perceptionThresholdMa = {} as Record<Posture, number | null>;
  const discomfortThresholdMa = {} as Record<Posture, number | null>;
  let maxMa = 0;
  let programmedMa = 0;
  let contacts = options.contacts;
  const curves: Float64Array[] = [];
  let nI = 0;
  knots.forEach((knot, k) => {
    const geometry = geometryForDcsf(knot, leadAxialMm, patient, restingDcsfMm);
    const knotSession: Session = { ...session, patient: { ...session.patient, anatomy: geometry.patient } };
    const configured = configureSimulation(engine, knotSession, implant, {
      programIndex,
      areaIndex,
      posture: geometry.posture,
      stimulationOn: true,
    });
    const ecap = ecapConfigurationOf(engine, configured, contacts);
    contacts = ecap.contacts;
    if (k === 0) {
      maxMa = configured.ceiling.maxMa;
      programmedMa = configured.deliveredMa[areaIndex]!;
      nI = Math.max(2, Math.ceil(maxMa / stepMa) + 1);
    }
    for (const p of POSTURES)
      if (geometry.patient === patient && Math.abs(restingDcsfMm[p] - knot) < 1e-6) {
        perceptionThresholdMa[p] = configured.perceptionThresholdMa;
        discomfortThresholdMa[p] = configured.discomfortThresholdMa;
      }
    const curve = new Float64Array(nI);
    for (let i = 0; i < nI; i++) curve[i] = ecapAmplitudeAt(ecap, i * stepMa);
    curves.push(curve);
    options.onProgress?.(k + 1, knots.length);
  });
  // Postures sharing a resting dCSF (sitting and standing) were configured once: the same geometry.
  for (const p of POSTURES) {
    if (p in perceptionThresholdMa) continue;
    const twin = POSTURES.find(
      (q) => q in perceptionThresholdMa && Math.abs(restingDcsfMm[q] - restingDcsfMm[p]) < 1e-6,
    );
    perceptionThresholdMa[p] = twin ? perceptionThresholdMa[twin]! : null;
    discomfortThresholdMa[p] = twin ? discomfortThresholdMa[twin]! : null;
  }
  // ECAP at dCSF d and a current on the grid: linear between the knots, the end knots beyond them.
  const atDcsf = (d: number, i: number): number => {
    if (d <= knots[0]!) return curves[0]![i]!;
    const last = knots.length - 1;
    if (d >= knots[last]!) return curves[last]![i]!;
    let k = 0;
    while (knots[k + 1]! < d) k++;
    const f = (d - knots[k]!) / (knots[k + 1]! - knots[k]!);
    return curves[k]![i]! * (1 - f) + curves[k + 1]![i]! * f;
  };
  const slow: EcapAmplitudeAt = (state, amplitudeMa) => {
    const d = dcsfMmOfCordState(state, leadAxialMm, patient);
    const x = Math.max(0, amplitudeMa) / stepMa;
    const i = Math.min(Math.floor(x), nI - 2);
    const a = atDcsf(d, i);
    return a + (atDcsf(d, i + 1) - a) * (x - i);
  };
  const ecapAt = tabulateEcapAmplitude(slow, { maxMa: (nI - 1) * stepMa, stepMa });
  // The load the output drives: the area at its ceiling (the access resistances do not depend on the current).
  const atCeiling = {
    ...program,
    areas: program.areas.map((a, i) => (i === areaIndex ? { ...a, amplitudeMa: mA(maxMa) } : a)),
  };
  const load = assessSafety(implant, [atCeiling], { faults: session.faults }).programs[0]!.areas[areaIndex]!
    .loadImpedanceOhm;
  return {
    programIndex,
    areaIndex,
    ecapAt,
    contacts: contacts!,
    leadAxialMm,
    knotsDcsfMm: knots,
    restingDcsfMm,
    perceptionThresholdMa,
    discomfortThresholdMa,
    maxMa,
    programmedMa,
    complianceLimitMa: load === null ? Infinity : complianceLimitMaOf(implant.ipg.complianceV, load),
    stepMa,
  };
}
