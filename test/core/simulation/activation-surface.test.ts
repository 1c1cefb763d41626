import { describe, expect, it } from 'vitest';
import { NOMINAL_ANATOMY, mm } from '../../../src-core';
import { activationSurfaceFor } from '../../../src-core/simulation/activation-surface';
import { singleLead, withDcsfScale } from '../../validation/helpers';

/** Row and column of the surface's largest value. */
function peakAt(surface: ReturnType<typeof activationSurfaceFor>) {
  const columns = surface.lateralMm.length;
  const i = surface.activatingPerMa.indexOf(surface.peakPerMa);
  return { axialMm: surface.axialMm[Math.floor(i / columns)]!, lateralMm: surface.lateralMm[i % columns]! };
}

describe('the activating-function surface on the cord', () => {
  const restored = singleLead({ tipLevel: 'T9', cathode: 3, anodes: [5] });
  const area = restored.session.programs[0]!.areas[0]!;
  const cathode = restored.implant.contacts[3]!.centre;
  const anode = restored.implant.contacts[5]!.centre;
  const midline = { ...NOMINAL_ANATOMY, cordLateralOffsetMm: mm(0) };
  const surface = activationSurfaceFor(restored.implant, area, midline, 'supine');

  it('peaks (depolarising) under the cathode on the midline, and is negative under the anode', () => {
    const peak = peakAt(surface);
    expect(Math.abs(peak.axialMm - cathode.axialMm)).toBeLessThanOrEqual(1.5);
    expect(Math.abs(peak.lateralMm)).toBeLessThan(1.5);
    const columns = surface.lateralMm.length;
    const row = surface.axialMm.findIndex((a) => Math.abs(a - anode.axialMm) < 0.6);
    expect(surface.activatingPerMa[row * columns + (columns - 1) / 2]).toBeLessThan(0);
  });

  it('is mirror-symmetric across a midline lead', () => {
    const columns = surface.lateralMm.length;
    for (let r = 0; r < surface.axialMm.length; r += 7)
      for (let c = 0; c < columns; c++) {
        const value = surface.activatingPerMa[r * columns + c]!;
        const mirror = surface.activatingPerMa[r * columns + columns - 1 - c]!;
        // The cross-section solve is converged to a relative residual of 5e−5 (docs/physics-field.md §8); its second
        // differences keep the mirror symmetry to ≈1e−4 of the peak (a mirrored field would miss by order 1).
        expect(Math.abs(value - mirror)).toBeLessThanOrEqual(3e-4 * surface.peakPerMa + 1e-12);
      }
  });

  it('weakens when the CSF under the lead is thicker (Holsheimer 1994)', () => {
    const thick = activationSurfaceFor(restored.implant, area, withDcsfScale(1.4), 'supine');
    const thin = activationSurfaceFor(restored.implant, area, withDcsfScale(0.7), 'supine');
    expect(thin.peakPerMa).toBeGreaterThan(thick.peakPerMa * 1.5);
  });

  it('follows a lead moved to the side', () => {
    const lateral = singleLead({ tipLevel: 'T9', cathode: 3, anodes: [5], lateralMm: 2 });
    const moved = activationSurfaceFor(lateral.implant, lateral.session.programs[0]!.areas[0]!, midline, 'supine');
    // The lead is 2 mm to the patient's left (+): the drive shifts to the left dorsal column.
    expect(peakAt(moved).lateralMm).toBeGreaterThan(0.3);
    const columns = moved.lateralMm.length;
    let left = 0;
    let right = 0;
    moved.activatingPerMa.forEach((v, i) => {
      if (v <= 0) return;
      if (moved.lateralMm[i % columns]! > 0) left += v;
      else if (moved.lateralMm[i % columns]! < 0) right += v;
    });
    expect(left).toBeGreaterThan(1.2 * right);
  });
});
