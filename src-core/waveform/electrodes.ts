import type { ElectrodeRef, Program, StimulationArea } from '../program/types';

/**
 * Orders electrodes for display and output: contacts by number, then the case.
 *
 * @example
 * [3, 'case', 0].sort(compareElectrodes); // [0, 3, 'case']
 */
export function compareElectrodes(a: ElectrodeRef, b: ElectrodeRef): number {
  if (a === b) return 0;
  if (a === 'case') return 1;
  if (b === 'case') return -1;
  return a - b;
}

/**
 * A short stable label for an electrode, usable as a chart series key: `E0`, `E12`, `case`.
 *
 * @example
 * electrodeLabel(4); // 'E4'
 */
export function electrodeLabel(electrode: ElectrodeRef): string {
  return electrode === 'case' ? 'case' : `E${electrode}`;
}

/**
 * Every electrode any area of the program lists (whatever its fraction), in `compareElectrodes` order.
 *
 * @example
 * programElectrodes(program); // [2, 3, 'case']
 */
export function programElectrodes(program: Pick<Program, 'areas'>): ElectrodeRef[] {
  const set = new Set<ElectrodeRef>();
  for (const area of program.areas) for (const contact of area.contacts) set.add(contact.electrode);
  return [...set].sort(compareElectrodes);
}

/** An electrode's signed share of its area's current: anodes positive, cathodes negative. */
export interface ElectrodeWeight {
  readonly electrode: ElectrodeRef;
  /** Current of this electrode during the stimulating phase = `weight` × area amplitude (mA). */
  readonly weight: number;
}

/**
 * The signed shares of one area: each cathode −fraction/Σcathode fractions, each anode +fraction/Σanode fractions
 * (so fractions that add up to 99.99 % still split the whole current), an electrode listed twice gets the sum.
 * The last electrode's weight is set to minus the sum of the others, so the weights add up to exactly zero:
 * what leaves through the anodes returns through the cathodes (Kirchhoff). An area with no cathode or no anode
 * (or only zero fractions on one side) has no closed current path and gets no weights (it delivers nothing).
 * Weights are in `compareElectrodes` order and zero weights are dropped.
 *
 * @example
 * areaElectrodeWeights(tripole); // [{ electrode: 3, weight: 0.5 }, { electrode: 4, weight: -1 }, { electrode: 5, weight: 0.5 }]
 */
export function areaElectrodeWeights(area: Pick<StimulationArea, 'contacts'>): ElectrodeWeight[] {
  let cathodeSumPct = 0;
  let anodeSumPct = 0;
  for (const c of area.contacts) {
    if (c.polarity === 'cathode') cathodeSumPct += c.fractionPct;
    else anodeSumPct += c.fractionPct;
  }
  if (!(cathodeSumPct > 0 && anodeSumPct > 0)) return [];
  const byElectrode = new Map<ElectrodeRef, number>();
  for (const c of area.contacts) {
    const share = c.polarity === 'cathode' ? -c.fractionPct / cathodeSumPct : c.fractionPct / anodeSumPct;
    byElectrode.set(c.electrode, (byElectrode.get(c.electrode) ?? 0) + share);
  }
  const weights = [...byElectrode.entries()]
    .filter(([, weight]) => weight !== 0)
    .sort(([a], [b]) => compareElectrodes(a, b))
    .map(([electrode, weight]) => ({ electrode, weight }));
  if (weights.length < 2) return [];
  let others = 0;
  for (let i = 0; i < weights.length - 1; i++) others += weights[i]!.weight;
  const last = weights[weights.length - 1]!;
  weights[weights.length - 1] = { electrode: last.electrode, weight: -others };
  return weights;
}
