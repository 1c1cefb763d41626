/** Shared helpers for the field tests: cached tables, simple stacks, contacts and analytic oracles. */
import type { ContactGeometry } from '../../../src-core/field/contact-source';
import { contactPotentialInto } from '../../../src-core/field/contact-source';
import type { ConductivityTensor, LayerStack } from '../../../src-core/field/layer-stack';
import { isotropic } from '../../../src-core/field/layer-stack';
import type { UnitSourceField, UnitSourceFieldOptions } from '../../../src-core/field/unit-source-field';
import { buildUnitSourceField, unitSourceFieldKey } from '../../../src-core/field/unit-source-field';
import { potentialAtInto } from '../../../src-core/field/unit-field-eval';
import { mm } from '../../../src-core/units';

const tables = new Map<string, UnitSourceField>();

/** A table built once per (stack, height, options) and reused across tests. */
export function tableFor(stack: LayerStack, heightMm: number, options: UnitSourceFieldOptions = {}): UnitSourceField {
  const key = unitSourceFieldKey(stack, heightMm, options);
  let table = tables.get(key);
  if (table === undefined) {
    table = buildUnitSourceField(stack, heightMm, options);
    tables.set(key, table);
  }
  return table;
}

/**
 * A stack with the default geometry's interfaces (dura top 0, dura 0.3 mm, CSF `dcsf`, white matter 3 mm)
 * but the given conductivities, so the transform still runs through every layer.
 */
export function stackOf(
  tensors: readonly ConductivityTensor[],
  options: { dcsfMm?: number; insulatingTopMm?: number } = {},
): LayerStack {
  const dcsf = options.dcsfMm ?? 3;
  const faces = [options.insulatingTopMm ?? Infinity, 0, -0.3, -0.3 - dcsf, -3.3 - dcsf, -Infinity];
  if (tensors.length !== faces.length - 1) throw new Error('stackOf: five layers expected');
  const names = ['epiduralFat', 'dura', 'csf', 'whiteMatter', 'greyMatter'];
  return {
    insulatingTopMm: options.insulatingTopMm ?? null,
    layers: tensors.map((conductivity, i) => ({
      tissue: names[i]!,
      topMm: faces[i]!,
      bottomMm: faces[i + 1]!,
      conductivity,
    })),
  };
}

/** Five layers of one isotropic conductivity. */
export const uniformStack = (sigma: number, options: { insulatingTopMm?: number } = {}): LayerStack =>
  stackOf(
    [0, 1, 2, 3, 4].map(() => isotropic(sigma)),
    options,
  );

/** V (mV) of the unit point table at one point. */
export function pointMv(field: UnitSourceField, x: number, y: number, z: number): number {
  return potentialAtInto(new Float64Array(1), field, Float64Array.of(x), Float64Array.of(y), Float64Array.of(z), 1)[0]!;
}

/** V (mV per mA) of a contact at one point. */
export function contactMv(field: UnitSourceField, contact: ContactGeometry, x: number, y: number, z: number): number {
  return contactPotentialInto(
    new Float64Array(1),
    field,
    contact,
    Float64Array.of(x),
    Float64Array.of(y),
    Float64Array.of(z),
    1,
  )[0]!;
}

/** Potential (mV) of 1 mA in an infinite medium σ at distance r (mm). */
export const homogeneousMv = (sigma: number, rMm: number): number => 1000 / (4 * Math.PI * sigma * rMm);

/** A 3 mm ring of a Ø1.35 mm percutaneous lead, centred at (x, y) with its axis at `heightMm`. */
export function ringContact(heightMm = 0.675, x = 0, y = 0): ContactGeometry {
  return {
    centre: { lateralMm: mm(x), axialMm: mm(y), dorsalMm: mm(heightMm) },
    shape: { kind: 'ring', lengthMm: mm(3), diameterMm: mm(1.35) },
  };
}

/** A 4 × 2 mm paddle contact (4 mm along the cord) with its face at `heightMm`. */
export function paddleContact(heightMm = 0, x = 0, y = 0, rotationDeg = 0): ContactGeometry {
  return {
    centre: { lateralMm: mm(x), axialMm: mm(y), dorsalMm: mm(heightMm) },
    shape: { kind: 'rectangle', lengthMm: mm(4), widthMm: mm(2) },
    rotationDeg,
  };
}

/** Points on a line through the origin: `count` samples from −half to +half along lateral or axial, at one depth. */
export function lineOfPoints(axis: 'lateral' | 'axial', halfMm: number, count: number, dorsalMm: number) {
  const position = Float64Array.from({ length: count }, (_, i) => -halfMm + (2 * halfMm * i) / (count - 1));
  const zero = new Float64Array(count);
  return {
    position,
    lateral: axis === 'lateral' ? position : zero,
    axial: axis === 'axial' ? position : zero,
    dorsal: new Float64Array(count).fill(dorsalMm),
  };
}
