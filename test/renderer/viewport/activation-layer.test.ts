import { describe, expect, it } from 'vitest';
import { DERMATOMES, mA, mm } from '../../../src-core';
import { createAppStore } from '../../../renderer/store/app-store';
import {
  fibreSegmentsFor,
  fieldSurfaceBuffers,
  recruitedCount,
  recruitmentOrderFor,
} from '../../../renderer/viewport/activation-geometry';
import {
  DERMATOME_GROUPS,
  FIELD_SCALE_MAX,
  FIELD_VISIBLE_FROM,
  dermatomeColour,
  fieldReference,
  heatAlpha,
  heatColour,
  heatColoursInto,
  srgbToLinear,
} from '../../../renderer/viewport/field-colours';
import { liveAmplitudeMa } from '../../../renderer/viewport/live-amplitude';
import { toScene } from '../../../renderer/viewport/scene-frame';
import { makeFibres, makeSurface } from './live-fixtures';

const luminance = ([r, g, b]: readonly number[]) =>
  0.2126 * srgbToLinear(r!) + 0.7152 * srgbToLinear(g!) + 0.0722 * srgbToLinear(b!);

describe('the heat map mesh', () => {
  it('puts a vertex on every surface sample, converted to the scene by toScene', () => {
    const surface = makeSurface();
    const { positions, vertexCount } = fieldSurfaceBuffers(surface);
    expect(vertexCount).toBe(surface.activatingPerMa.length);
    const columns = surface.lateralMm.length;
    for (let i = 0; i < vertexCount; i++) {
      const r = Math.floor(i / columns);
      const c = i % columns;
      const expected = toScene({
        axialMm: mm(surface.axialMm[r]!),
        lateralMm: mm(surface.lateralMm[c]!),
        dorsalMm: mm(surface.dorsalMm[c]!),
      });
      expect(positions[3 * i]).toBeCloseTo(expected[0], 5);
      expect(positions[3 * i + 1]).toBeCloseTo(expected[1], 5);
      expect(positions[3 * i + 2]).toBeCloseTo(expected[2], 5);
    }
  });

  it('covers every grid cell with two triangles of neighbouring samples', () => {
    const surface = makeSurface(5, 4);
    const { index, vertexCount } = fieldSurfaceBuffers(surface);
    expect(index.length).toBe(4 * 3 * 6);
    expect(Math.max(...index)).toBe(vertexCount - 1);
    for (let t = 0; t < index.length; t += 3) {
      const corners = [index[t]!, index[t + 1]!, index[t + 2]!];
      const rows = corners.map((v) => Math.floor(v / 4));
      const columns = corners.map((v) => v % 4);
      expect(Math.max(...rows) - Math.min(...rows)).toBe(1);
      expect(Math.max(...columns) - Math.min(...columns)).toBe(1);
    }
  });
});

describe('the heat scale', () => {
  it('gets lighter monotonically from weak to strong drive', () => {
    let previous = -1;
    for (let k = 0; k <= 40; k++) {
      const l = luminance(heatColour(k / 40));
      expect(l).toBeGreaterThan(previous);
      previous = l;
    }
  });

  it('is clear for weak and hyperpolarising drive and grows more opaque with drive', () => {
    expect(heatAlpha(-1)).toBe(0);
    expect(heatAlpha(0)).toBe(0);
    expect(heatAlpha(FIELD_VISIBLE_FROM)).toBe(0);
    let previous = 0;
    for (let d = 0.1; d <= 3; d += 0.1) {
      expect(heatAlpha(d)).toBeGreaterThanOrEqual(previous);
      previous = heatAlpha(d);
    }
    expect(previous).toBeLessThan(1);
  });

  it('calls 1 the peak at the perception threshold: the peak sample there gets the colour of 1', () => {
    const surface = makeSurface();
    const reference = fieldReference(surface.peakPerMa, 2.7, 10)!;
    expect(reference).toEqual({ referencePerMa: surface.peakPerMa * 2.7, atMa: 2.7, kind: 'perception' });
    const n = surface.activatingPerMa.length;
    const out = heatColoursInto(new Float32Array(4 * n), surface.activatingPerMa, 2.7, reference.referencePerMa, n);
    const peak = surface.activatingPerMa.indexOf(surface.peakPerMa);
    const [r, g, b] = heatColour(1 / FIELD_SCALE_MAX).map(srgbToLinear);
    expect(out[4 * peak]).toBeCloseTo(r!, 6);
    expect(out[4 * peak + 1]).toBeCloseTo(g!, 6);
    expect(out[4 * peak + 2]).toBeCloseTo(b!, 6);
    expect(out[4 * peak + 3]).toBeCloseTo(heatAlpha(1), 6);
  });

  it('shows nothing at 0 mA and more of the cord, more strongly, as the amplitude rises', () => {
    const surface = makeSurface();
    const n = surface.activatingPerMa.length;
    const reference = fieldReference(surface.peakPerMa, 2.7, 10)!.referencePerMa;
    const alphas = (amplitude: number) => {
      const out = heatColoursInto(new Float32Array(4 * n), surface.activatingPerMa, amplitude, reference, n);
      return Array.from({ length: n }, (_, i) => out[4 * i + 3]!);
    };
    expect(alphas(0).every((a) => a === 0)).toBe(true);
    const low = alphas(0.5);
    const high = alphas(4);
    low.forEach((a, i) => expect(high[i]).toBeGreaterThanOrEqual(a));
    expect(high.filter((a) => a > 0).length).toBeGreaterThan(low.filter((a) => a > 0).length);
  });

  it('falls back to the device maximum when nothing is felt, and has no scale without either', () => {
    expect(fieldReference(0.7, null, 12)).toEqual({ referencePerMa: 0.7 * 12, atMa: 12, kind: 'deviceMaximum' });
    expect(fieldReference(0.7, null, undefined)).toBeUndefined();
    expect(fieldReference(0, 2.7, 12)).toBeUndefined();
  });
});

describe('dermatome colours', () => {
  it('give every group its own hue and keep a group’s segments apart, lighter rostrally', () => {
    const groupOf = (i: number) => DERMATOME_GROUPS.findIndex((g) => DERMATOMES[i]!.startsWith(g.prefix));
    const colours = DERMATOMES.map((_, i) => dermatomeColour(i));
    const distance = (a: readonly number[], b: readonly number[]) =>
      Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);
    for (let i = 0; i < colours.length; i++)
      for (let j = i + 1; j < colours.length; j++) {
        if (groupOf(i) !== groupOf(j)) expect(distance(colours[i]!, colours[j]!)).toBeGreaterThan(0.25);
        else {
          expect(distance(colours[i]!, colours[j]!)).toBeGreaterThan(0);
          expect(luminance(colours[i]!)).toBeGreaterThan(luminance(colours[j]!));
        }
      }
  });
});

describe('recruited fibres', () => {
  const fibres = makeFibres(['T10', 'L4', 'S1', 'L2', 'T11']);
  const thresholds = Float64Array.from([5.5, 3.1, 0, Infinity, 4.2]);

  it('are the fibres whose threshold is at or below the amplitude: a prefix of the threshold order', () => {
    const segments = fibreSegmentsFor(fibres, thresholds);
    expect(Array.from(segments.order)).toEqual([2, 1, 4, 0]); // the unexcitable fibre 3 is never drawn
    for (const amplitude of [0, 3, 3.1, 4.2, 5, 6, 100]) {
      const count = recruitedCount(segments.sortedThresholdsMa, amplitude);
      const drawn = new Set(Array.from(segments.order.slice(0, count)));
      const firing = new Set([0, 1, 2, 3, 4].filter((f) => thresholds[f]! <= amplitude));
      expect(drawn).toEqual(firing);
    }
  });

  it('agree with the worker’s Float64 “threshold ≤ amplitude” for a threshold just above the amplitude', () => {
    // 2.3000001 mA rounds to 2.3 mA in Float32: a Float32 copy would draw the fibre as firing at 2.3 mA.
    const justAbove = Float64Array.of(2.3000001);
    const one = makeFibres(['T10']);
    expect(recruitedCount(fibreSegmentsFor(one, justAbove).sortedThresholdsMa, 2.3)).toBe(0);
    expect(recruitedCount(fibreSegmentsFor(one, justAbove).sortedThresholdsMa, 2.3000001)).toBe(1);
  });

  it('are sorted once per worker reply and shared by every reader', () => {
    expect(recruitmentOrderFor(thresholds)).toBe(recruitmentOrderFor(thresholds));
    expect(fibreSegmentsFor(fibres, thresholds).sortedThresholdsMa).toBe(
      recruitmentOrderFor(thresholds).sortedThresholdsMa,
    );
  });

  it('are none while the device is off, even those another area fires', () => {
    expect(recruitedCount(fibreSegmentsFor(fibres, thresholds).sortedThresholdsMa, null)).toBe(0);
  });

  it('run node to node in the scene frame, each in its dermatome’s colour', () => {
    const segments = fibreSegmentsFor(fibres, thresholds);
    expect(segments.segmentsPerFibre).toBe(3);
    const slot = 1; // fibre 1 (L4)
    const f = segments.order[slot]!;
    for (let n = 0; n < 3; n++) {
      const at = (slot * 3 + n) * 6;
      const node = (k: number) =>
        toScene({
          axialMm: mm(fibres.axialMm[f * 4 + k]!),
          lateralMm: mm(fibres.lateralMm[f * 4 + k]!),
          dorsalMm: mm(fibres.dorsalMm[f * 4 + k]!),
        });
      expect(Array.from(segments.positions.slice(at, at + 3))).toEqual(node(n).map((v) => Math.fround(v)));
      expect(Array.from(segments.positions.slice(at + 3, at + 6))).toEqual(node(n + 1).map((v) => Math.fround(v)));
      const colour = dermatomeColour(DERMATOMES.indexOf('L4')).map((c) => Math.fround(srgbToLinear(c)));
      expect(Array.from(segments.colours.slice(at, at + 6))).toEqual([...colour, ...colour]);
    }
  });
});

describe('the amplitude the 3D view follows', () => {
  it('is the active area’s delivered amplitude while stimulating, and none while off', () => {
    const store = createAppStore();
    const { session } = store.getState().visit;
    store.getState().applyEdit({ kind: 'setAmplitude', program: session.activeProgram, area: 0, amplitudeMa: mA(3.4) });
    expect(liveAmplitudeMa(store.getState())).toBe(3.4);
    store.getState().setStimulationOn(false);
    expect(liveAmplitudeMa(store.getState())).toBeNull();
  });

  it('rounds a dose in % of perception to the paradigm’s step, as the device delivers it', () => {
    const store = createAppStore();
    const program = store.getState().visit.session.activeProgram;
    store.getState().applyEdit({
      kind: 'setDosing',
      program,
      area: 0,
      dosing: { mode: 'subPerception', percentOfPerception: 33, perceptionThresholdMa: mA(2.7) },
    });
    const step =
      store.getState().implant.ipg.paradigms[store.getState().visit.session.programs[program]!.paradigm.kind]!
        .amplitudeMa.step;
    const amplitude = liveAmplitudeMa(store.getState())!;
    expect(Math.abs(amplitude - 0.33 * 2.7)).toBeLessThanOrEqual(step / 2 + 1e-9);
    expect(Math.abs(amplitude / step - Math.round(amplitude / step))).toBeLessThan(1e-6);
  });
});
