import type { CanalSection } from '../anatomy/canal';
import { CORD_SEGMENTS, segmentAt, segmentSpan, type CordSegment } from '../anatomy/cord-segments';
import type { Dermatome, Side } from '../anatomy/dermatomes';
import type { PatientAnatomy } from '../anatomy/patient-anatomy';
import { mrgGeometry } from '../axon';
import { mm, um } from '../units';
import {
  DC_DIAMETER_LOG_SIGMA,
  DC_DIAMETER_MEDIAN_UM,
  DC_FRACTION_ABOVE_10_7_UM,
  SIMULATED_DIAMETER_RANGE_UM,
  fractionInSimulatedRange,
  sampleWeightedDiameterUm,
} from './diameters';
import { depthShiftMm, diameterFactor, segmentsAscended } from './somatotopy';
import { cordTopDorsalMm, dorsalColumnHalfWidthMm, surfaceDropMm } from './cord-surface';
import type { PopulationBuilder } from './population';
import { normal, stratifiedUniforms } from './random';

/** Largest depth below the cord surface sampled (mm): deeper fibres are never recruited (largest activatable to ≈0.25 mm, Feirabend 2002). */
export const DC_MAX_DEPTH_MM = 0.8; // [U] a margin over Feirabend's 0.25 mm
/** Large (> 10.7 µm) fibres in one dorsal column's superficial 0–0.3 mm (Feirabend 2002: mean 68) [V]. */
const LARGE_FIBRES_PER_DC_SUPERFICIAL = 68;
const FEIRABEND_LAYER_MM = 0.3; // Feirabend 2002 studied the superficial 300 µm
/** Spread of a segment's fibres across neighbouring lamination bands ("extensive overlap", Smith & Deacon 1984) [V], width [U]. */
const LAMINATION_OVERLAP_BANDS = 0.5;
/** Fewest fibres sampled per lamination band and side, however narrow the band: a place's threshold rests on them. */
const MIN_FIBRES_PER_BAND = 40;
/** Mean diameter of fibres ≥ 7.1 µm increases 5 % from medial to lateral (Feirabend 2002) [V]. */
const MEDIOLATERAL_DIAMETER_GRADIENT = 0.05;

/**
 * Relative share of the dorsal column taken by each segment's fibres [U]: the limb segments carry the most large
 * afferents, the lower sacral segments (saddle area) the fewest. Bands are proportional to these shares, and so are
 * the roots' sizes (dorsal-root.ts): a segment's column fibres are its root's ascending branches.
 */
export function laminationShare(segment: CordSegment): number {
  if (segment === 'S3' || segment === 'S4' || segment === 'S5') return 0.4;
  if (segment === 'S2') return 0.7;
  if (['L2', 'L3', 'L4', 'L5', 'S1', 'C5', 'C6', 'C7', 'C8'].includes(segment)) return 1.5;
  return 1;
}

/**
 * Segments whose ascending fibres fill the dorsal column at `axialMm` — every segment entering at or below it — most
 * caudal first (= most medial first). C1 has no dermatome.
 */
export function laminationAt(axialMm: number, patient: PatientAnatomy): Exclude<CordSegment, 'C1'>[] {
  return CORD_SEGMENTS.filter(
    (s): s is Exclude<CordSegment, 'C1'> => s !== 'C1' && segmentSpan(s, patient).endMm > axialMm,
  ).reverse();
}

export interface DorsalColumnOptions {
  /** Axial position the fibres are centred on (mm): the middle of the leads' contacts. */
  readonly centreMm: number;
  readonly section: CanalSection;
  readonly patient: PatientAnatomy;
  readonly fibresPerSide: number;
  readonly next: () => number;
}

/**
 * Samples straight dorsal-column fibres on both sides, labelled by the dermatome they carry using the lamination at
 * the centre: caudal segments medial, the segments just below the lead lateral (Werner & Whitsel 1967; Smith &
 * Deacon 1984) [V]; fibres from far below sink deeper and thin as they ascend (somatotopy.ts). Positions across the
 * column are stratified and diameters and depths importance-sampled (weights keep the counts unbiased), so a
 * threshold rests on many samples rather than the one or two largest. Each fibre's nodes of Ranvier are spaced by
 * its MRG internode length with a random phase.
 */
export function addDorsalColumnFibres(builder: PopulationBuilder, options: DorsalColumnOptions): void {
  const { centreMm, section, patient, fibresPerSide, next } = options;
  const lamination = laminationAt(centreMm, patient);
  const here = segmentAt(mm(centreMm), patient);
  if (lamination.length === 0 || here === undefined || fibresPerSide <= 0) return;
  const halfWidth = dorsalColumnHalfWidthMm(section);
  const top = cordTopDorsalMm(section);
  const realPerSide =
    (LARGE_FIBRES_PER_DC_SUPERFICIAL / DC_FRACTION_ABOVE_10_7_UM) *
    fractionInSimulatedRange(DC_DIAMETER_MEDIAN_UM, DC_DIAMETER_LOG_SIGMA) *
    (DC_MAX_DEPTH_MM / FEIRABEND_LAYER_MM);
  const n = builder.nodesPerFibre;
  const shares = lamination.map(laminationShare);
  const totalShare = shares.reduce((a, b) => a + b, 0);
  const meanBand = 1 / lamination.length;
  for (const side of ['left', 'right'] as const satisfies readonly Side[]) {
    const sign = side === 'left' ? 1 : -1;
    let bandStart = 0;
    lamination.forEach((segment, band) => {
      // Sampled band by band, so every place a patient can feel rests on enough fibres.
      const bandWidth = shares[band]! / totalShare;
      const count = Math.max(MIN_FIBRES_PER_BAND, Math.round(fibresPerSide * bandWidth));
      const weight = (realPerSide * bandWidth) / count;
      const ascended = segmentsAscended(segment, here);
      // A fibre exists in the column only rostral of where it entered (axial grows caudally); caudal of that it is
      // still in its root, which the dorsal-root fibres stand for. A segment entering across the centre has only the
      // share that entered caudal of it here.
      const span = segmentSpan(segment, patient);
      const entryFrom = Math.max(span.startMm, centreMm);
      const enteredShare = (span.endMm - entryFrom) / (span.endMm - span.startMm);
      const across = stratifiedUniforms(count, next);
      const depths = stratifiedUniforms(count, next);
      const diameters = stratifiedUniforms(count, next);
      const phases = stratifiedUniforms(count, next);
      const entries = stratifiedUniforms(count, next);
      for (let i = 0; i < count; i++) {
        // 0 = medial (septum), 1 = lateral (DREZ); spread over neighbouring bands (overlap, Smith & Deacon 1984).
        const inBand = bandStart + across[i]! * bandWidth;
        const fraction = Math.min(0.9999, Math.max(1e-4, inBand + normal(next) * LAMINATION_OVERLAP_BANDS * meanBand));
        // Depth at entry drawn as DC_MAX_DEPTH_MM·u² (denser near the surface, where fibres fire), weight 2u.
        const u = depths[i]!;
        const depth = DC_MAX_DEPTH_MM * u * u + depthShiftMm(ascended);
        const offset = fraction * halfWidth;
        const lateral = section.cordLateralOffsetMm + sign * offset;
        const dorsal = top - surfaceDropMm(section, offset) - depth;
        const drawn = sampleWeightedDiameterUm(next, DC_DIAMETER_MEDIAN_UM, DC_DIAMETER_LOG_SIGMA, diameters[i]);
        // Large-fibre diameters grow ≈5 % from medial to lateral (Feirabend 2002) [V]; they thin as they ascend.
        const diameter =
          Math.round(
            drawn.diameterUm * (1 + MEDIOLATERAL_DIAMETER_GRADIENT * (fraction - 0.5)) * diameterFactor(ascended) * 10,
          ) / 10;
        // Thinner than the MRG table: not recruitable at clinical amplitudes (and not simulated).
        if (diameter < SIMULATED_DIAMETER_RANGE_UM.min) continue;
        const simulated = Math.min(diameter, SIMULATED_DIAMETER_RANGE_UM.max);
        const internodeMm = mrgGeometry(um(simulated)).internodeLengthUm / 1000;
        const phase = phases[i]! * internodeMm;
        const nodes = Array.from(
          { length: n },
          (_, k) => [centreMm + phase + (k - (n - 1) / 2) * internodeMm, lateral, dorsal] as const,
        );
        const entryMm = entryFrom + entries[i]! * (span.endMm - entryFrom);
        builder.add(
          'dorsalColumn',
          side,
          segment satisfies Dermatome,
          simulated,
          weight * drawn.weightFactor * 2 * u * enteredShare,
          nodes,
          nodes.map(([axialMm]) => axialMm <= entryMm),
        );
      }
      bandStart += bandWidth;
    });
  }
}
