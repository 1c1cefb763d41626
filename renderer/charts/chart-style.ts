import { formatNumber } from '../format/number-format';

/** Plot margin shared by the titration, strength–duration and energy charts (room for threshold tags on top). */
export const PLOT_MARGIN = { top: 16, right: 14, bottom: 2, left: 0 } as const;

/**
 * The vertical line at the programmed amplitude on the titration and energy charts; the x axis grows to show it when
 * the amplitude lies past the sweep. `className` is what tests find it by.
 */
export const CURRENT_AMPLITUDE_LINE = {
  className: 'current-amplitude',
  stroke: 'var(--chart-now)',
  strokeWidth: 2,
  ifOverflow: 'extendDomain',
} as const;

/** The amplitude (mA) x axis of the titration and energy charts: rows keyed `amplitudeMa`, one decimal per tick. */
export function amplitudeAxisProps(domainMa: readonly [number, number]) {
  return {
    dataKey: 'amplitudeMa',
    type: 'number' as const,
    domain: [domainMa[0], domainMa[1]] as [number, number],
    tickFormatter: (v: number) => formatNumber(v, { decimals: 1 }),
    stroke: 'var(--muted)',
  };
}
