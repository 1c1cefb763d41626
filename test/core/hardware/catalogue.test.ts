import { describe, expect, it } from 'vitest';
import { defaultCatalogue } from '../../../src-core';
import { parseCatalogue } from '../../../src-core/hardware/catalogue';
import raw from '../../../resources/hardware/catalogue.json' with { type: 'json' };

describe('hardware catalogue', () => {
  it('ships 8- and 16-contact percutaneous leads with 1, 4 and 6 mm gaps, and two paddles', () => {
    const { leads } = defaultCatalogue();
    expect([...leads.keys()]).toEqual(
      expect.arrayContaining(['perc-8-3x1', 'perc-8-3x4', 'perc-8-3x6', 'perc-16-3x1', 'paddle-2x8', 'paddle-5-6-5']),
    );
    expect(leads.get('perc-16-3x1')?.contacts).toHaveLength(16);
    expect(leads.get('paddle-5-6-5')?.contacts).toHaveLength(16);
  });

  it('ships rechargeable and primary-cell IPGs, with independent and single current sources', () => {
    const ipgs = [...defaultCatalogue().ipgs.values()];
    expect(new Set(ipgs.map((i) => i.battery))).toEqual(new Set(['rechargeable', 'primary']));
    expect(new Set(ipgs.map((i) => i.currentSources))).toEqual(new Set(['independent', 'single']));
    expect(ipgs.every((i) => i.source.length > 0)).toBe(true);
  });

  it('names the path of a bad field in a hand-edited catalogue', () => {
    expect(() => parseCatalogue({ leads: [{ id: 'x', kind: 'percutaneous', name: 'x' }], ipgs: [] })).toThrow(
      /leads\.0\.diameterMm/,
    );
  });

  it('refuses a duplicate id', () => {
    expect(() => parseCatalogue({ leads: [raw.leads[0], raw.leads[0]], ipgs: raw.ipgs })).toThrow(
      /lists lead "perc-8-3x1" twice/,
    );
  });

  it('loads an IPG written before the on-time overheads existed, as one without them', () => {
    const { outputStageOnPowerMw: _on, perPulseOverheadUj: _pulse, ...older } = raw.ipgs[0]!;
    const ipg = parseCatalogue({ leads: raw.leads, ipgs: [older] }).ipgs.get(older.id)!;
    expect(ipg).toMatchObject({
      outputStageOnPowerMw: 0,
      perPulseOverheadUj: 0,
      quiescentPowerMw: older.quiescentPowerMw,
    });
  });

  it('gives every shipped IPG a fixed overhead, an on-time overhead and a per-pulse overhead', () => {
    for (const ipg of defaultCatalogue().ipgs.values()) {
      expect(ipg.quiescentPowerMw).toBeGreaterThan(0);
      expect(ipg.outputStageOnPowerMw).toBeGreaterThan(0);
      expect(ipg.perPulseOverheadUj).toBeGreaterThan(0);
    }
  });

  it('accepts the shipped data as it is', () => {
    expect(() => parseCatalogue(raw)).not.toThrow();
  });
});
