import { DERMATOMES, type Dermatome, type Side } from '../anatomy/dermatomes';
import type { FibreKind, FibrePopulation } from '../fibres/population';

/** One group of fibres that the patient feels as one place: a dermatome on one side, via the columns or a root. */
export interface FibreGroup {
  readonly dermatome: Dermatome;
  readonly side: Side;
  readonly kind: FibreKind;
  /** Thresholds (mA) in ascending order, and the real-fibre count recruited at or below each. */
  readonly sortedThresholdsMa: Float64Array;
  readonly cumulativeWeight: Float64Array;
}

/**
 * Fibre thresholds grouped by what they carry and sorted, so the recruitment at any amplitude is a binary search per
 * group: building this is the last amplitude-independent step; an amplitude change only queries it.
 */
export interface RecruitmentIndex {
  readonly groups: readonly FibreGroup[];
}

const groupKey = (kind: FibreKind, side: Side, dermatome: Dermatome) => `${kind}|${side}|${dermatome}`;

/**
 * Groups `thresholdsMa` (one per fibre of `population`; Infinity = not excitable) into a recruitment index.
 * @example buildRecruitmentIndex(population, thresholds).groups.length; // dermatomes × sides × kinds present
 */
export function buildRecruitmentIndex(population: FibrePopulation, thresholdsMa: Float64Array): RecruitmentIndex {
  const buckets = new Map<string, { kind: FibreKind; side: Side; dermatome: Dermatome; items: [number, number][] }>();
  for (let f = 0; f < population.count; f++) {
    const kind = population.kind[f]!;
    const side = population.side[f]!;
    const dermatome = population.dermatome[f]!;
    const key = groupKey(kind, side, dermatome);
    let bucket = buckets.get(key);
    if (!bucket) buckets.set(key, (bucket = { kind, side, dermatome, items: [] }));
    bucket.items.push([thresholdsMa[f] ?? Number.POSITIVE_INFINITY, population.weight[f]!]);
  }
  const groups: FibreGroup[] = [];
  for (const bucket of buckets.values()) {
    bucket.items.sort((a, b) => a[0] - b[0]);
    const sorted = new Float64Array(bucket.items.length);
    const cumulative = new Float64Array(bucket.items.length);
    let total = 0;
    bucket.items.forEach(([threshold, weight], i) => {
      sorted[i] = threshold;
      total += weight;
      cumulative[i] = total;
    });
    groups.push({
      dermatome: bucket.dermatome,
      side: bucket.side,
      kind: bucket.kind,
      sortedThresholdsMa: sorted,
      cumulativeWeight: cumulative,
    });
  }
  // Rostral to caudal, left before right, columns before roots: a stable order for reports.
  groups.sort(
    (a, b) =>
      DERMATOMES.indexOf(a.dermatome) - DERMATOMES.indexOf(b.dermatome) ||
      a.side.localeCompare(b.side) ||
      a.kind.localeCompare(b.kind),
  );
  return { groups };
}

/**
 * How many of the ascending `sortedThresholdsMa` are at or below `amplitudeMa`: a binary search, no allocation.
 * @example countAtOrBelow(Float64Array.of(1, 2, 2, 3), 2); // 3
 */
export function countAtOrBelow(sortedThresholdsMa: ArrayLike<number>, amplitudeMa: number): number {
  let lo = 0;
  let hi = sortedThresholdsMa.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sortedThresholdsMa[mid]! <= amplitudeMa) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Real fibres of a group recruited at `amplitudeMa` (threshold ≤ amplitude): a binary search, no allocation. */
export function recruitedWeight(group: FibreGroup, amplitudeMa: number): number {
  const n = countAtOrBelow(group.sortedThresholdsMa, amplitudeMa);
  return n === 0 ? 0 : group.cumulativeWeight[n - 1]!;
}

/** The smallest amplitude at which a group has recruited at least `count` real fibres (Infinity if never). */
export function amplitudeForCount(group: FibreGroup, count: number): number {
  const cumulative = group.cumulativeWeight;
  for (let i = 0; i < cumulative.length; i++) if (cumulative[i]! >= count) return group.sortedThresholdsMa[i]!;
  return Number.POSITIVE_INFINITY;
}
