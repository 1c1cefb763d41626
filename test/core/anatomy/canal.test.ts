import { describe, expect, it } from 'vitest';
import {
  CORD_SEGMENTS,
  NOMINAL_ANATOMY,
  axialMmOf,
  canalSectionAt,
  mm,
  rootExitMm,
  segmentSpan,
  upperEndplateMm,
  type VertebralLevel,
} from '../../../src-core';
import { segmentAt } from '../../../src-core/anatomy/cord-segments';

const at = (level: VertebralLevel, offset = 10) => axialMmOf({ level, offsetMm: mm(offset) });

describe('dorsal CSF thickness', () => {
  it('is largest mid-thoracic and thins towards T12, as Holsheimer 1994 measured', () => {
    const dcsf = (level: VertebralLevel) => canalSectionAt(at(level), 'supine', NOMINAL_ANATOMY).dcsfMm;
    expect(dcsf('T5')).toBeGreaterThan(dcsf('T8'));
    expect(dcsf('T8')).toBeGreaterThan(dcsf('T10'));
    expect(dcsf('T10')).toBeGreaterThan(dcsf('T12'));
    expect(dcsf('C5')).toBeLessThan(dcsf('T5'));
    for (const [level, low, high] of [
      ['C5', 1.5, 4],
      ['T5', 4, 8.5],
      ['T11', 2, 6],
      ['T12', 1.5, 4.5],
    ] as const) {
      expect(dcsf(level)).toBeGreaterThanOrEqual(low);
      expect(dcsf(level)).toBeLessThanOrEqual(high);
    }
  });

  it('grows prone by ≈2.2 mm at T11 and lies between supine and prone sitting or standing', () => {
    const section = (posture: 'supine' | 'prone' | 'sitting' | 'standing') =>
      canalSectionAt(at('T11'), posture, NOMINAL_ANATOMY).dcsfMm;
    expect(section('prone') - section('supine')).toBeCloseTo(2.2, 1);
    expect(section('sitting')).toBeGreaterThan(section('supine'));
    expect(section('standing')).toBeLessThan(section('prone'));
  });

  it('scales with the patient’s dCSF factor', () => {
    const thin = canalSectionAt(at('T9'), 'supine', { ...NOMINAL_ANATOMY, dcsfScale: 0.5 }).dcsfMm;
    const nominal = canalSectionAt(at('T9'), 'supine', NOMINAL_ANATOMY).dcsfMm;
    expect(thin).toBeCloseTo(nominal / 2, 9);
  });

  it('narrows the cord to its minimum at T8 (Frostell 2016)', () => {
    const width = (level: VertebralLevel) => canalSectionAt(at(level), 'supine', NOMINAL_ANATOMY).cordTransverseMm;
    expect(width('T8')).toBeCloseTo(8.3, 1);
    expect(width('C5')).toBeGreaterThan(width('T8'));
    expect(width('T11')).toBeGreaterThan(width('T8'));
  });
});

describe('cord segments and vertebral levels', () => {
  it('lays the segments end to end from C1 to the conus', () => {
    let previousEnd = 0;
    for (const segment of CORD_SEGMENTS) {
      const span = segmentSpan(segment);
      expect(span.startMm).toBeCloseTo(previousEnd, 9);
      expect(span.endMm).toBeGreaterThan(span.startMm);
      previousEnd = span.endMm;
    }
    expect(previousEnd).toBeCloseTo(axialMmOf(NOMINAL_ANATOMY.conus), 9);
  });

  it('puts lumbar segments from the upper third of T11 and sacral ones from the upper third of L1 (Canbay 2014)', () => {
    const t11 = upperEndplateMm('T11');
    expect(segmentSpan('L1').startMm).toBeCloseTo(t11 + 22 / 3, 6);
    expect(segmentAt(mm(upperEndplateMm('L1') + 12))).toMatch(/^S/);
  });

  it('places a segment about two vertebrae above its number in the mid-thorax ("rule of 2")', () => {
    expect(segmentAt(at('T8'))).toBe('T10');
  });

  it('moves the lumbosacral segments with a low conus', () => {
    const low = { ...NOMINAL_ANATOMY, conus: { level: 'L2' as const, offsetMm: mm(10) } };
    expect(segmentSpan('S1', low).startMm).toBeGreaterThan(segmentSpan('S1').startMm);
  });

  it('lets each root leave the canal below its entry, in order', () => {
    for (const segment of CORD_SEGMENTS.slice(1))
      expect(rootExitMm(segment)).toBeGreaterThanOrEqual(segmentSpan(segment).startMm - 15);
    const exits = CORD_SEGMENTS.map(rootExitMm);
    expect(exits).toEqual([...exits].sort((a, b) => a - b));
  });
});
