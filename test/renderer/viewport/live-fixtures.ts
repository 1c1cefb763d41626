import { DERMATOMES } from '../../../src-core';
import type { ActivationView, FibreGeometry } from '../../../renderer/physiology/protocol';

/** A small activating-function grid: rows along the cord, columns across, a depolarising bump under the middle with hyperpolarising flanks. */
export function makeSurface(rows = 5, columns = 4): ActivationView['surface'] {
  const axialMm = Float32Array.from({ length: rows }, (_, r) => 300 + r);
  const lateralMm = Float32Array.from({ length: columns }, (_, c) => 3 - 2 * c);
  const dorsalMm = Float32Array.from(lateralMm, (l) => -5.4 - 0.05 * l * l);
  const bump = (r: number, c: number) =>
    0.75 * Math.exp(-((r - (rows - 1) / 2) ** 2 + (c - (columns - 1) / 2) ** 2) / 1.5) - 0.05;
  const activatingPerMa = Float32Array.from({ length: rows * columns }, (_, i) =>
    bump(Math.floor(i / columns), i % columns),
  );
  return { axialMm, lateralMm, dorsalMm, activatingPerMa, peakPerMa: Math.max(...activatingPerMa) };
}

/** Fibres with `nodes` nodes each, straight along the cord at lateral 0.5·f mm. */
export function makeFibres(dermatomes: readonly (typeof DERMATOMES)[number][], nodes = 4): FibreGeometry {
  const count = dermatomes.length;
  const at = (f: number, n: number) => f * nodes + n;
  const axialMm = new Float32Array(count * nodes);
  const lateralMm = new Float32Array(count * nodes);
  const dorsalMm = new Float32Array(count * nodes);
  for (let f = 0; f < count; f++)
    for (let n = 0; n < nodes; n++) {
      axialMm[at(f, n)] = 290 + 1.5 * n;
      lateralMm[at(f, n)] = 0.5 * f;
      dorsalMm[at(f, n)] = -5.5;
    }
  return {
    version: 1,
    count,
    nodesPerFibre: nodes,
    axialMm,
    lateralMm,
    dorsalMm,
    dermatomeIndex: Uint8Array.from(dermatomes, (d) => DERMATOMES.indexOf(d)),
    kind: new Uint8Array(count),
    side: new Uint8Array(count),
  };
}
