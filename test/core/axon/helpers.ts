/** Shared helpers for the axon tests: cached fibres and point-source profiles. */
import { createMrgFiber, type MrgFiber, type MrgFiberOptions } from '../../../src-core/axon/mrg-fiber';
import { pointSourceProfileMv } from '../../../src-core/axon/point-source-threshold';
import { findThresholdScale, type ThresholdOptions } from '../../../src-core/axon/threshold';
import type { PulseShape } from '../../../src-core/axon/pulse-shape';
import { mm, sPerM, um } from '../../../src-core/units';

const fibres = new Map<string, MrgFiber>();

/** A fibre of the given diameter (µm), built once per option set and reused. */
export function makeFiber(diameterUm: number, options: MrgFiberOptions = {}): MrgFiber {
  const key = JSON.stringify([diameterUm, options]);
  let fiber = fibres.get(key);
  if (fiber === undefined) {
    fiber = createMrgFiber(um(diameterUm), options);
    fibres.set(key, fiber);
  }
  return fiber;
}

/** Ve per mA (mV) of a point source `distanceMm` over the centre node, σ = 0.2 S/m unless given. */
export function pointProfile(fiber: MrgFiber, distanceMm: number, sigma = 0.2): Float64Array {
  return pointSourceProfileMv(fiber, mm(distanceMm), sPerM(sigma));
}

/** Threshold (mA) of a point source over the centre node of a 21-node fibre, or NaN if none. */
export function pointThresholdMa(
  diameterUm: number,
  distanceMm: number,
  pulse: PulseShape,
  options: ThresholdOptions = {},
): number {
  const fiber = makeFiber(diameterUm);
  const r = findThresholdScale(fiber, pointProfile(fiber, distanceMm), pulse, { initialScale: 0.1, ...options });
  return r.fired ? r.thresholdScale : Number.NaN;
}
