/** Shared helpers for the axon tests: cached fibres and point-source profiles. */
import { createMrgFibre, type MrgFibre, type MrgFibreOptions } from '../../../src-core/axon/mrg-fibre';
import { pointSourceProfileMv } from '../../../src-core/axon/point-source-threshold';
import { findThresholdScale, type ThresholdOptions } from '../../../src-core/axon/threshold';
import type { PulseShape } from '../../../src-core/axon/pulse-shape';
import { mm, sPerM, um } from '../../../src-core/units';

const fibres = new Map<string, MrgFibre>();

/** A fibre of the given diameter (µm), built once per option set and reused. */
export function makeFibre(diameterUm: number, options: MrgFibreOptions = {}): MrgFibre {
  const key = JSON.stringify([diameterUm, options]);
  let fibre = fibres.get(key);
  if (fibre === undefined) {
    fibre = createMrgFibre(um(diameterUm), options);
    fibres.set(key, fibre);
  }
  return fibre;
}

/** Ve per mA (mV) of a point source `distanceMm` over the centre node, σ = 0.2 S/m unless given. */
export function pointProfile(fibre: MrgFibre, distanceMm: number, sigma = 0.2): Float64Array {
  return pointSourceProfileMv(fibre, mm(distanceMm), sPerM(sigma));
}

/** Threshold (mA) of a point source over the centre node of a 21-node fibre, or NaN if none. */
export function pointThresholdMa(
  diameterUm: number,
  distanceMm: number,
  pulse: PulseShape,
  options: ThresholdOptions = {},
): number {
  const fibre = makeFibre(diameterUm);
  const r = findThresholdScale(fibre, pointProfile(fibre, distanceMm), pulse, { initialScale: 0.1, ...options });
  return r.fired ? r.thresholdScale : Number.NaN;
}
