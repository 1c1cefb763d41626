import { describe, expect, it } from 'vitest';
import { conductivitiesWith, SET_A_CONDUCTIVITIES } from '../../../src-core/field/conductivities';
import { assertValidStack, isotropic, layerIndexAt, layerStackFor } from '../../../src-core/field/layer-stack';
import { buildUnitSourceField, unitSourceFieldKey } from '../../../src-core/field/unit-source-field';
import { mm, sPerM } from '../../../src-core/units';

describe('layer stack for one spinal level', () => {
  it('runs fat / dura / CSF / white matter / grey matter from dorsal to ventral with Set A conductivities', () => {
    const stack = layerStackFor({ dcsfMm: mm(3.2) });
    expect(stack.layers.map((l) => l.tissue)).toEqual(['epiduralFat', 'dura', 'csf', 'whiteMatter', 'greyMatter']);
    expect(stack.layers.map((l) => [l.topMm, l.bottomMm])).toEqual([
      [Infinity, 0],
      [0, -0.3],
      [-0.3, -3.5],
      [-3.5, -6.5],
      [-6.5, -Infinity],
    ]);
    expect(stack.layers[2]!.conductivity).toEqual(isotropic(1.7));
    expect(stack.layers[3]!.conductivity).toEqual({ lateralSPerM: 0.083, axialSPerM: 0.6, dorsoVentralSPerM: 0.083 });
    expect(stack.insulatingTopMm).toBeNull();
  });

  it('puts the dorsal cord surface at −(dura + dCSF), as the spine frame says', () => {
    const stack = layerStackFor({ dcsfMm: mm(4), duraThicknessMm: mm(0.4) });
    expect(stack.layers.find((l) => l.tissue === 'whiteMatter')!.topMm).toBeCloseTo(-4.4, 12);
  });

  it('caps the fat with the paddle face, or drops it when the paddle lies on the dura', () => {
    expect(layerStackFor({ dcsfMm: mm(3) }, { insulatingPlaneMm: 0.5 }).layers[0]).toMatchObject({
      tissue: 'epiduralFat',
      topMm: 0.5,
      bottomMm: 0,
    });
    const onDura = layerStackFor({ dcsfMm: mm(3) }, { insulatingPlaneMm: 0 });
    expect(onDura.layers[0]!.tissue).toBe('dura');
    expect(onDura.insulatingTopMm).toBe(0);
  });

  it('can make the white matter semi-infinite', () => {
    const stack = layerStackFor({ dcsfMm: mm(3), whiteMatterThicknessMm: Infinity });
    expect(stack.layers.at(-1)).toMatchObject({ tissue: 'whiteMatter', bottomMm: -Infinity });
  });

  it('takes conductivity overrides (dura 0.6 S/m, Lempka lineage) and rejects non-positive ones', () => {
    expect(
      layerStackFor({ dcsfMm: mm(3) }, { conductivities: { dura: sPerM(0.6) } }).layers[1]!.conductivity.axialSPerM,
    ).toBe(0.6);
    expect(conductivitiesWith().dura).toBe(SET_A_CONDUCTIVITIES.dura);
    expect(() => conductivitiesWith({ csf: sPerM(0) })).toThrow(/csf/);
  });

  it('rejects impossible geometry and malformed stacks with a message', () => {
    expect(() => layerStackFor({ dcsfMm: mm(0) })).toThrow(RangeError);
    expect(() => layerStackFor({ dcsfMm: mm(3) }, { insulatingPlaneMm: -1 })).toThrow(/dura/);
    const good = layerStackFor({ dcsfMm: mm(3) });
    expect(() => assertValidStack({ ...good, layers: good.layers.slice(1) })).toThrow(/first layer/);
    expect(() => assertValidStack({ ...good, layers: good.layers.slice(0, -1) })).toThrow(/−∞/);
    const gap = good.layers.map((l, i) => (i === 2 ? { ...l, topMm: -0.4 } : l));
    expect(() => assertValidStack({ ...good, layers: gap })).toThrow(/gap/);
  });

  it('finds the layer of a depth (interfaces belong to the layer below)', () => {
    const stack = layerStackFor({ dcsfMm: mm(3) });
    expect([5, 0, -0.1, -0.3, -3.3, -100].map((z) => stack.layers[layerIndexAt(stack, z)]!.tissue)).toEqual([
      'epiduralFat',
      'dura',
      'dura',
      'csf',
      'whiteMatter',
      'greyMatter',
    ]);
  });
});

describe('unit-source table inputs', () => {
  const stack = layerStackFor({ dcsfMm: mm(3) });

  it('refuses a source inside the paddle and inverted depth limits', () => {
    const paddle = layerStackFor({ dcsfMm: mm(3) }, { insulatingPlaneMm: 0 });
    expect(() => buildUnitSourceField(paddle, 0.5)).toThrow(/paddle/);
    expect(() => buildUnitSourceField(stack, 0.675, { dorsalLimitMm: -5, ventralLimitMm: 0 })).toThrow(RangeError);
  });

  it('keys caches by stack, height and options', () => {
    expect(unitSourceFieldKey(stack, 0.675)).toBe(unitSourceFieldKey(layerStackFor({ dcsfMm: mm(3) }), 0.675));
    expect(unitSourceFieldKey(stack, 0.675)).not.toBe(unitSourceFieldKey(stack, 0.7));
    expect(unitSourceFieldKey(stack, 0.675)).not.toBe(unitSourceFieldKey(layerStackFor({ dcsfMm: mm(3.1) }), 0.675));
  });

  it('stays small: a default table holds under 0.5 MB and fewer than 16 angular harmonics', () => {
    const field = buildUnitSourceField(stack, 0.675);
    expect(field.stats.tableBytes).toBeLessThan(512 * 1024);
    expect(field.harmonics).toBeLessThan(16);
  });
});
