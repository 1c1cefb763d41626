import { describe, expect, it } from 'vitest';
import { STRENGTH_DURATION_PULSE_WIDTHS_US, weissFit } from '../../../src-core';
import type { StrengthDurationChartData } from '../../../renderer/physiology/protocol';
import {
  fitText,
  logAxis,
  strengthDurationView,
  weissCurve,
  weissThresholdMa,
} from '../../../renderer/charts/strength-duration-data';

const RHEOBASE = 1.8;
const CHRONAXIE = 180;
/** Points on an exact Weiss curve for the first `count` pulse widths of the core's sweep, discomfort at twice perception. */
function makeStrengthDuration(count: number): StrengthDurationChartData {
  const points = STRENGTH_DURATION_PULSE_WIDTHS_US.slice(0, count).map((pulseWidthUs) => {
    const perceptionMa = RHEOBASE * (1 + CHRONAXIE / pulseWidthUs);
    return { pulseWidthUs, perceptionMa, discomfortMa: 2 * perceptionMa };
  });
  return {
    points,
    complete: count === STRENGTH_DURATION_PULSE_WIDTHS_US.length,
    fit: weissFit(points),
    waveform: 'biphasic',
  };
}

describe('strength–duration chart data', () => {
  it('shows progress as points computed of the core sweep', () => {
    const view = strengthDurationView(makeStrengthDuration(5), 300);
    expect(view.done).toBe(5);
    expect(view.total).toBe(STRENGTH_DURATION_PULSE_WIDTHS_US.length);
    expect(view.complete).toBe(false);
    expect(strengthDurationView(makeStrengthDuration(STRENGTH_DURATION_PULSE_WIDTHS_US.length), 300).complete).toBe(
      true,
    );
  });

  it('has nothing to draw and no fit before the first point', () => {
    const view = strengthDurationView(undefined, 300);
    expect(view.rows).toEqual([]);
    expect(view.fitRows).toEqual([]);
    expect(view.fitText).toBeNull();
    expect(view.done).toBe(0);
  });

  it('draws the fitted curve through the measured points it was fitted to', () => {
    const data = makeStrengthDuration(12);
    const view = strengthDurationView(data, 300);
    for (const point of data.points)
      expect(weissThresholdMa(data.fit!, point.pulseWidthUs)).toBeCloseTo(point.perceptionMa!, 6);
    expect(view.fitRows.length).toBeGreaterThan(10);
    // Weiss's law falls with pulse width towards the rheobase.
    const fits = view.fitRows.map((r) => r.fitMa);
    expect(fits.every((v, i) => i === 0 || v < fits[i - 1]!)).toBe(true);
    expect(fits[fits.length - 1]!).toBeGreaterThan(RHEOBASE);
  });

  it('states the fit in mA and µs', () => {
    expect(fitText({ rheobaseMa: 1.84, chronaxieUs: 212.4 })).toBe('rheobase 1.8 mA, chronaxie 212 µs');
  });

  it('log-spaces the fit curve between the ends of the axis', () => {
    const rows = weissCurve({ rheobaseMa: 1, chronaxieUs: 100 }, 20, 1000, 3);
    expect(rows.map((r) => r.pulseWidthUs)).toEqual([
      20,
      expect.closeTo(Math.sqrt(20 * 1000), 6),
      expect.closeTo(1000, 9),
    ]);
  });

  it('widens the axis to a current pulse width outside the sweep and scales y to the measured points', () => {
    const view = strengthDurationView(makeStrengthDuration(3), 10);
    expect(view.domainUs).toEqual([10, 1000]);
    const values = view.rows.flatMap((r) => [r.perceptionMa!, r.discomfortMa!]);
    expect(view.rangeMa[0]).toBeLessThanOrEqual(Math.min(...values));
    expect(view.rangeMa[1]).toBeGreaterThanOrEqual(Math.max(...values));
  });

  it('puts 1–2–5 ticks on the log axis, from a step at or below the lowest value to one at or above the highest, never of zero length', () => {
    expect(logAxis(1.3, 54)).toEqual({ range: [1, 100], ticks: [1, 2, 5, 10, 20, 50, 100] });
    expect(logAxis(0.35, 4)).toEqual({ range: [0.2, 5], ticks: [0.2, 0.5, 1, 2, 5] });
    expect(logAxis(2, 2)).toEqual({ range: [1, 5], ticks: [1, 2, 5] });
  });

  it('sorts points by pulse width whatever order they arrive in', () => {
    const data = makeStrengthDuration(4);
    const view = strengthDurationView({ ...data, points: [...data.points].reverse() }, 300);
    expect(view.rows.map((r) => r.pulseWidthUs)).toEqual(STRENGTH_DURATION_PULSE_WIDTHS_US.slice(0, 4));
  });
});
