import type { WaveformSegment } from './segments';

/** Scratch of one electrode's bucket extremes and where they occur. */
interface Extremes {
  readonly min: Float64Array;
  readonly max: Float64Array;
  readonly minT: Float64Array;
  readonly maxT: Float64Array;
}

function resetExtremes(x: Extremes): void {
  x.min.fill(Infinity);
  x.max.fill(-Infinity);
}

function update(x: Extremes, bucket: number, value: number, tUs: number): void {
  if (value < x.min[bucket]!) {
    x.min[bucket] = value;
    x.minT[bucket] = tUs;
  }
  if (value > x.max[bucket]!) {
    x.max[bucket] = value;
    x.maxT[bucket] = tUs;
  }
}

/** Folds one monotone piece [aUs, bUs] (a segment, or zero current when `segment` is undefined) into the buckets it spans. */
function foldPiece(
  x: Extremes,
  segment: WaveformSegment | undefined,
  aUs: number,
  bUs: number,
  bucketUs: number,
): void {
  const last = x.min.length - 1;
  if (!(bUs > aUs)) return;
  const first = Math.min(last, Math.max(0, Math.floor(aUs / bucketUs)));
  const end = Math.min(last, Math.max(0, Math.ceil(bUs / bucketUs) - 1));
  for (let i = first; i <= end; i++) {
    const ca = Math.max(aUs, i * bucketUs);
    const cb = Math.min(bUs, (i + 1) * bucketUs);
    // Flat and exponential pieces are monotone, so a piece's extremes in a bucket are at its clipped ends.
    const va =
      segment === undefined
        ? 0
        : segment.kind === 'flat'
          ? segment.currentMa
          : segment.currentMa * Math.exp(-(ca - segment.startUs) / segment.tauUs);
    const vb =
      segment === undefined
        ? 0
        : segment.kind === 'flat'
          ? segment.currentMa
          : segment.currentMa * Math.exp(-(cb - segment.startUs) / segment.tauUs);
    update(x, i, va, ca);
    update(x, i, vb, cb);
  }
}

/**
 * Min/max-envelope decimation, computed analytically from the segments (not from samples): the interval is cut
 * into `bucketCount` equal buckets and each electrode's exact minimum and maximum current within each bucket are
 * found (gaps between segments count as 0 mA). Bucket i gives two rows, at ¼ and ¾ of its width; per electrode
 * the extreme that occurs first goes in the first row. Every pulse, however narrow, therefore still reaches its
 * full height, and the chart draws the envelope. Rows are not instants, so columns need not sum to zero.
 * Writes `2 * bucketCount` rows into `tOut` and `currentsOut[e]` and returns that count.
 */
export function sampleEnvelopeInto(
  tOut: Float64Array,
  currentsOut: readonly Float64Array[],
  lists: readonly (readonly WaveformSegment[])[],
  windowUs: number,
  bucketCount: number,
): number {
  const bucketUs = windowUs / bucketCount;
  for (let i = 0; i < bucketCount; i++) {
    tOut[2 * i] = (i + 0.25) * bucketUs;
    tOut[2 * i + 1] = (i + 0.75) * bucketUs;
  }
  const x: Extremes = {
    min: new Float64Array(bucketCount),
    max: new Float64Array(bucketCount),
    minT: new Float64Array(bucketCount),
    maxT: new Float64Array(bucketCount),
  };
  for (let e = 0; e < lists.length; e++) {
    resetExtremes(x);
    let cursorUs = 0;
    for (const segment of lists[e]!) {
      foldPiece(x, undefined, cursorUs, segment.startUs, bucketUs);
      foldPiece(x, segment, Math.max(0, segment.startUs), Math.min(windowUs, segment.endUs), bucketUs);
      cursorUs = Math.max(cursorUs, segment.endUs);
    }
    foldPiece(x, undefined, cursorUs, windowUs, bucketUs);
    const out = currentsOut[e]!;
    for (let i = 0; i < bucketCount; i++) {
      const lo = Number.isFinite(x.min[i]!) ? x.min[i]! : 0;
      const hi = Number.isFinite(x.max[i]!) ? x.max[i]! : 0;
      const minFirst = x.minT[i]! <= x.maxT[i]!;
      out[2 * i] = minFirst ? lo : hi;
      out[2 * i + 1] = minFirst ? hi : lo;
    }
  }
  return 2 * bucketCount;
}
