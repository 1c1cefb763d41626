import type { WaveformSegment } from './segments';
import { segmentCurrentAtMa } from './segments';

/** Sorts `values` in place and returns the prefix of distinct values (a view, no copy). */
function sortedUnique(values: Float64Array): Float64Array {
  values.sort();
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    if (n === 0 || values[i] !== values[n - 1]) values[n++] = values[i]!;
  }
  return values.subarray(0, n);
}

/**
 * The times at which an exact plot needs points: `breaks` (0, the interval end, every segment start and end, where
 * the current may jump) and `interiors` (`pointsPerExponential − 1` evenly spaced times inside each exponential,
 * excluding any that coincide with a break). Both sorted and distinct.
 */
export function plotTimes(
  lists: readonly (readonly WaveformSegment[])[],
  windowUs: number,
  pointsPerExponential: number,
): { breaks: Float64Array; interiors: Float64Array } {
  let breakCount = 2;
  let interiorCount = 0;
  for (const list of lists) {
    breakCount += 2 * list.length;
    for (const s of list) if (s.kind === 'exponential') interiorCount += pointsPerExponential - 1;
  }
  const breaks = new Float64Array(breakCount);
  const interiors = new Float64Array(interiorCount);
  let b = 0;
  let k = 0;
  breaks[b++] = 0;
  breaks[b++] = windowUs;
  for (const list of lists) {
    for (const s of list) {
      breaks[b++] = s.startUs;
      breaks[b++] = s.endUs;
      if (s.kind !== 'exponential') continue;
      for (let i = 1; i < pointsPerExponential; i++)
        interiors[k++] = s.startUs + ((s.endUs - s.startUs) * i) / pointsPerExponential;
    }
  }
  const uniqueBreaks = sortedUnique(breaks);
  const uniqueInteriors = sortedUnique(interiors);
  let n = 0;
  let j = 0;
  for (let i = 0; i < uniqueInteriors.length; i++) {
    const t = uniqueInteriors[i]!;
    while (j < uniqueBreaks.length && uniqueBreaks[j]! < t) j++;
    if (j < uniqueBreaks.length && uniqueBreaks[j] === t) continue;
    uniqueInteriors[n++] = t;
  }
  return { breaks: uniqueBreaks, interiors: uniqueInteriors.subarray(0, n) };
}

/** Value just before `tUs` (left limit); `cursor[e]` is advanced to the first segment ending at or after `tUs`. */
function leftValue(list: readonly WaveformSegment[], cursor: Int32Array, e: number, tUs: number): number {
  let c = cursor[e]!;
  while (c < list.length && list[c]!.endUs < tUs) c++;
  cursor[e] = c;
  const s = list[c];
  return s !== undefined && s.startUs < tUs ? segmentCurrentAtMa(s, tUs) : 0;
}

/** Value just after `tUs` (right limit); call after `leftValue` for the same time. */
function rightValue(list: readonly WaveformSegment[], cursor: Int32Array, e: number, tUs: number): number {
  let c = cursor[e]!;
  while (c < list.length && list[c]!.endUs <= tUs) c++;
  const s = list[c];
  return s !== undefined && s.startUs <= tUs ? segmentCurrentAtMa(s, tUs) : 0;
}

/**
 * Exact plot on a shared time axis: one row per interior time, and at each break a row with the values just
 * before it and, if any electrode jumps there, a second row at the same time with the values just after it, so
 * edges are drawn vertical. Every row is an exact instant, so the columns sum to zero when all electrodes are
 * plotted. Writes rows into `tOut` and `currentsOut[e]` (each at least `breaks.length * 2 + interiors.length`
 * long) and returns the row count.
 */
export function sampleExactInto(
  tOut: Float64Array,
  currentsOut: readonly Float64Array[],
  lists: readonly (readonly WaveformSegment[])[],
  breaks: Float64Array,
  interiors: Float64Array,
): number {
  const electrodeCount = lists.length;
  const cursor = new Int32Array(electrodeCount);
  let rows = 0;
  let bi = 0;
  let ii = 0;
  while (bi < breaks.length || ii < interiors.length) {
    const isBreak = ii >= interiors.length || (bi < breaks.length && breaks[bi]! < interiors[ii]!);
    const tUs = isBreak ? breaks[bi++]! : interiors[ii++]!;
    let jumps = false;
    tOut[rows] = tUs;
    for (let e = 0; e < electrodeCount; e++) {
      const list = lists[e]!;
      const before = leftValue(list, cursor, e, tUs);
      currentsOut[e]![rows] = before;
      if (isBreak && rightValue(list, cursor, e, tUs) !== before) jumps = true;
    }
    rows++;
    if (!jumps) continue;
    tOut[rows] = tUs;
    for (let e = 0; e < electrodeCount; e++) currentsOut[e]![rows] = rightValue(lists[e]!, cursor, e, tUs);
    rows++;
  }
  return rows;
}
