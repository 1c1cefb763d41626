import { describe, expect, it } from 'vitest';
import type { TitrationPoint } from '../../../src-core';
import type { TitrationChartData } from '../../../renderer/physiology/protocol';
import { thresholdLines, titrationView, uncomfortableSpans } from '../../../renderer/charts/titration-data';

/** A sweep from 0 to `top` mA in `n` points; sensation and coverage grow past `perceptionMa`, too strong from `discomfortMa`. */
function makeTitration({
  top = 8,
  n = 17,
  perceptionMa = 2,
  comfortMa = 4,
  discomfortMa = 6.2,
  pain = true,
} = {}): TitrationChartData {
  const points: TitrationPoint[] = Array.from({ length: n }, (_, i) => {
    const amplitudeMa = (top * i) / (n - 1);
    const felt = amplitudeMa >= perceptionMa;
    return {
      amplitudeMa,
      painCoveredPct: pain ? (felt ? Math.min(100, (amplitudeMa - perceptionMa) * 25) : 0) : null,
      outsidePct: pain ? (felt ? Math.min(60, (amplitudeMa - perceptionMa) * 10) : 0) : null,
      peakIntensity: felt ? Math.min(1, (amplitudeMa - perceptionMa) / (discomfortMa - perceptionMa)) : 0,
      placesFelt: felt ? 2 : 0,
      uncomfortable: amplitudeMa >= discomfortMa,
    };
  });
  return { points, perceptionMa, comfortMa, discomfortMa };
}

describe('titration chart data', () => {
  it('places the reference lines at the thresholds the worker reported, in order', () => {
    const lines = thresholdLines({ perceptionMa: 1.7, comfortMa: 3.25, discomfortMa: 5.9 });
    expect(lines.map((l) => [l.kind, l.amplitudeMa])).toEqual([
      ['perception', 1.7],
      ['comfort', 3.25],
      ['discomfort', 5.9],
    ]);
  });

  it('leaves out a threshold the configuration never reaches', () => {
    expect(thresholdLines({ perceptionMa: 2, comfortMa: null, discomfortMa: null }).map((l) => l.kind)).toEqual([
      'perception',
    ]);
  });

  it('starts the uncomfortable zone at the discomfort threshold and carries it past the end of the sweep', () => {
    const data = makeTitration({ top: 8, n: 17, discomfortMa: 6.2 });
    expect(uncomfortableSpans(data)).toEqual([{ fromMa: 6.2, toMa: 8 }]);
    const view = titrationView(data, 10);
    expect(view.uncomfortable).toEqual([{ fromMa: 6.2, toMa: 10.5 }]);
  });

  it('has no uncomfortable zone when no point is too strong', () => {
    expect(uncomfortableSpans(makeTitration({ discomfortMa: 50 }))).toEqual([]);
  });

  it('reports sensation as a percentage of "too strong" and keeps coverage as the core gave it', () => {
    const data = makeTitration();
    const view = titrationView(data, 3);
    const i = 8; // 4 mA
    expect(view.rows[i]).toEqual({
      amplitudeMa: data.points[i]!.amplitudeMa,
      coveredPct: data.points[i]!.painCoveredPct,
      outsidePct: data.points[i]!.outsidePct,
      sensationPct: data.points[i]!.peakIntensity * 100,
    });
    expect(view.hasPainMap).toBe(true);
  });

  it('keeps the sweep as the x axis, widened only to show a current amplitude beyond it', () => {
    expect(titrationView(makeTitration({ top: 8 }), 3).domainMa).toEqual([0, 8]);
    expect(titrationView(makeTitration({ top: 8 }), 10).domainMa[1]).toBeCloseTo(10.5);
  });

  it('says there is no pain drawing when coverage is null throughout', () => {
    expect(titrationView(makeTitration({ pain: false }), 3).hasPainMap).toBe(false);
  });

  it('stops the curves and the too-strong zone at the highest amplitude tried, keeping the axis', () => {
    const data = makeTitration({ top: 8, discomfortMa: 6.2 });
    const hidden = titrationView(data, 3, 3);
    expect(Math.max(...hidden.rows.map((r) => r.amplitudeMa))).toBeLessThanOrEqual(3);
    expect(hidden.uncomfortable).toEqual([]);
    expect(hidden.domainMa).toEqual(titrationView(data, 3).domainMa);
    const pastDiscomfort = titrationView(data, 7, 7);
    expect(pastDiscomfort.uncomfortable).toHaveLength(1);
    expect(pastDiscomfort.uncomfortable[0]!.toMa).toBe(7);
  });
});
