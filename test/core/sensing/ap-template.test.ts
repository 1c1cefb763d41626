import { describe, expect, it } from 'vitest';
import { measureApTemplate, roundedTemplate } from '../../../src-core/sensing/ap-template';
import { AP_TEMPLATE_TABLE } from '../../../src-core/sensing/ap-template-table';
import { conductionVelocityMPerS } from '../../../src-core/sensing/template-lookup';

describe('the MRG action-potential templates', () => {
  it('match the generated table (re-run tools/sensing/measure-ap-templates.ts when the solver changes)', () => {
    const measured = roundedTemplate(measureApTemplate(12.8));
    const tabled = AP_TEMPLATE_TABLE.find((t) => t.diameterUm === 12.8)!;
    expect(measured.conductionVelocityMPerS).toBe(tabled.conductionVelocityMPerS);
    expect(measured.initiationDelayMs).toBe(tabled.initiationDelayMs);
    expect(measured.chronaxieUs).toBe(tabled.chronaxieUs);
    expect(measured.currentNa).toEqual(tabled.currentNa);
  }, 60_000);

  it('conduct faster in thicker fibres, at 4–7 m/s per µm of diameter from 8.7 µm up (Hursh 1939: ≈ 6; Boyd & Kalu 1979: 5.7)', () => {
    const velocities = AP_TEMPLATE_TABLE.map((t) => t.conductionVelocityMPerS);
    for (let i = 1; i < velocities.length; i++) expect(velocities[i]!).toBeGreaterThan(velocities[i - 1]!);
    for (const t of AP_TEMPLATE_TABLE.filter((row) => row.diameterUm >= 8.7)) {
      expect(t.conductionVelocityMPerS / t.diameterUm).toBeGreaterThan(4);
      expect(t.conductionVelocityMPerS / t.diameterUm).toBeLessThan(7);
    }
  });

  it('interpolate the velocity linearly between calibrated diameters (CAPulator, Peña et al. 2024)', () => {
    const a = AP_TEMPLATE_TABLE[3]!;
    const b = AP_TEMPLATE_TABLE[4]!;
    const mid = (a.diameterUm + b.diameterUm) / 2;
    expect(conductionVelocityMPerS(mid)).toBeCloseTo((a.conductionVelocityMPerS + b.conductionVelocityMPerS) / 2, 6);
  });

  it('carry current forward ahead of the AP and are sampled at 100 kHz over more than 1 ms', () => {
    for (const t of AP_TEMPLATE_TABLE) {
      expect(t.sampleUs).toBe(10);
      expect(t.currentNa.length * t.sampleUs).toBeGreaterThanOrEqual(1000);
      // Ahead of the AP's arrival (first 0.2 ms) the depolarised region drives axial current forward.
      const before = t.currentNa.slice(0, Math.round(-t.startMs / (t.sampleUs / 1000)));
      expect(Math.max(...before)).toBeGreaterThan(0);
    }
  });
});
