import type { Millimetres } from '../units';
import { mm } from '../units';
import type { PatientAnatomy } from './patient-anatomy';
import { NOMINAL_ANATOMY } from './patient-anatomy';
import { axialMmOf, levelDimensions, upperEndplateMm, type VertebralLevel } from './vertebral-column';

/** Spinal cord segments, rostral to caudal: C1–C8, T1–T12, L1–L5, S1–S5. */
export const CORD_SEGMENTS = [
  'C1',
  'C2',
  'C3',
  'C4',
  'C5',
  'C6',
  'C7',
  'C8',
  'T1',
  'T2',
  'T3',
  'T4',
  'T5',
  'T6',
  'T7',
  'T8',
  'T9',
  'T10',
  'T11',
  'T12',
  'L1',
  'L2',
  'L3',
  'L4',
  'L5',
  'S1',
  'S2',
  'S3',
  'S4',
  'S5',
] as const;
export type CordSegment = (typeof CORD_SEGMENTS)[number];

const index = (segment: CordSegment) => CORD_SEGMENTS.indexOf(segment);
const midBody = (level: VertebralLevel) => axialMmOf({ level, offsetMm: mm(levelDimensions(level).bodyHeightMm / 2) });
const upperThird = (level: VertebralLevel) =>
  axialMmOf({ level, offsetMm: mm(levelDimensions(level).bodyHeightMm / 3) });
const lowerEndplate = (level: VertebralLevel) => upperEndplateMm(level) + levelDimensions(level).bodyHeightMm;

/**
 * Segment boundaries (index of the segment's rostral edge, 0 = top of C1, 30 = end of S5) anchored to the vertebral
 * column, linear between anchors [D]. The conus sets the caudal end; the lumbosacral anchors move with it.
 */
function anchors(patient: PatientAnatomy): readonly (readonly [number, number])[] {
  const conus = axialMmOf(patient.conus);
  const conusShift = conus - axialMmOf(NOMINAL_ANATOMY.conus);
  return [
    [0, 0], // C1 segment starts at the top of C1
    [index('T1'), midBody('C7')], // cervical segments lie about one level above their vertebra: C8 opposite C6–C7 [R]
    [index('T3') + 0.5, midBody('T1')], // T3–T12 root entry zones lie opposite the vertebral body two above (Chang 2012) [V]
    [index('T10') + 0.5, midBody('T8')], // "rule of 2" holds for vertebrae T1–T10 (Arslan) [V]
    [index('L1'), upperThird('T11') + conusShift / 2], // lumbar segments begin at the upper third of T11 (Canbay 2014) [V]
    [index('S1'), upperThird('L1') + conusShift], // sacral segments begin at the upper third of L1 (Canbay 2014) [V]
    [CORD_SEGMENTS.length, conus], // the cord ends at the conus (Saifuddin 1998: mean lower third of L1) [V]
  ];
}

function axialOfBoundary(boundary: number, patient: PatientAnatomy): number {
  const a = anchors(patient);
  for (let i = 1; i < a.length; i++) {
    const [i0, y0] = a[i - 1]!;
    const [i1, y1] = a[i]!;
    if (boundary <= i1) return y0 + ((y1 - y0) * (boundary - i0)) / (i1 - i0);
  }
  return a[a.length - 1]![1];
}

/** A segment's rostral and caudal ends along the canal (mm, spine frame). */
export interface SegmentSpan {
  readonly segment: CordSegment;
  readonly startMm: Millimetres;
  readonly endMm: Millimetres;
}

/**
 * Where a cord segment lies along the canal for this patient.
 * @example segmentSpan('L1', NOMINAL_ANATOMY).startMm; // upper third of the T11 body
 */
export function segmentSpan(segment: CordSegment, patient: PatientAnatomy = NOMINAL_ANATOMY): SegmentSpan {
  const i = index(segment);
  return { segment, startMm: mm(axialOfBoundary(i, patient)), endMm: mm(axialOfBoundary(i + 1, patient)) };
}

/** The segment under an axial position, or undefined below the conus. */
export function segmentAt(axialMm: Millimetres, patient: PatientAnatomy = NOMINAL_ANATOMY): CordSegment | undefined {
  for (const segment of CORD_SEGMENTS) {
    const span = segmentSpan(segment, patient);
    if (axialMm >= span.startMm && axialMm < span.endMm) return segment;
  }
  return undefined;
}

/**
 * Where a segment's dorsal root leaves the canal (mm): through the intervertebral foramen at the disc below its
 * vertebra (C1–C7 above their vertebra, C8 below C7, T/L below theirs), sacral roots through the sacral foramina
 * (spaced ≈ 1 cm below the top of S1 [U]).
 */
export function rootExitMm(segment: CordSegment): Millimetres {
  const kind = segment[0];
  const n = Number(segment.slice(1));
  const discBelow = (level: VertebralLevel) => lowerEndplate(level) + levelDimensions(level).discBelowMm / 2;
  if (kind === 'C') return mm(n === 1 ? 0 : n === 8 ? discBelow('C7') : discBelow(`C${n - 1}` as VertebralLevel));
  if (kind === 'T' || kind === 'L') return mm(discBelow(segment as VertebralLevel));
  return mm(upperEndplateMm('S1') + 10 * n); // sacral foramina ≈1 cm apart [U]
}
