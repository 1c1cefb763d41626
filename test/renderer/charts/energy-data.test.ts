import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  PARADIGM_PRESETS,
  buildImpedanceModel,
  programEnergy,
  restoreSession,
  type Program,
  type ResolvedImplant,
} from '../../../src-core';
import {
  createEnergySweeper,
  energyAxis,
  energyNow,
  energySpanMa,
  energySweep,
  presetLabel,
  withAreaAmplitude,
  withPreset,
} from '../../../renderer/charts/energy-data';

/** The sample leg-pain session, optionally on another IPG of the catalogue. */
function loadSample(ipgId?: string): { implant: ResolvedImplant; program: Program } {
  const raw = JSON.parse(readFileSync('resources/sessions/tonic-leg-pain.scs.json', 'utf8'));
  if (ipgId) raw.hardware.ipgId = ipgId;
  const restored = restoreSession(JSON.stringify(raw));
  if (!restored.ok) throw new Error(restored.error);
  return { implant: restored.implant, program: restored.session.programs[0]! };
}

const values = (rows: readonly Record<string, number | null>[], key: string) =>
  rows.map((r) => r[key]).filter((v): v is number => typeof v === 'number');

describe('energy chart data', () => {
  it('sweeps recharge minutes a day that grow with amplitude on a rechargeable IPG', () => {
    const { implant, program } = loadSample();
    const view = energySweep({ implant, faults: [], program, areaIndex: 0, spanMa: 10, comparePresets: false });
    expect(view.measure).toBe('rechargeMinutesPerDay');
    expect(view.unit).toBe('min/day');
    expect(view.rows[0]!.amplitudeMa).toBe(0);
    expect(view.rows[view.rows.length - 1]!.amplitudeMa).toBe(10);
    const recharge = values(view.rows, 'program');
    expect(recharge).toHaveLength(view.rows.length);
    expect(recharge.every((v, i) => i === 0 || v > recharge[i - 1]!)).toBe(true);
  });

  it('sweeps battery years that fall with amplitude on a primary-cell IPG', () => {
    const { implant, program } = loadSample('ipg-primary-16');
    const view = energySweep({ implant, faults: [], program, areaIndex: 0, spanMa: 10, comparePresets: false });
    expect(view.measure).toBe('longevityYears');
    expect(view.unit).toBe('years');
    const years = values(view.rows, 'program');
    expect(years.every((v, i) => i === 0 || v < years[i - 1]!)).toBe(true);
  });

  it('takes every value from the core energy model of the program at that amplitude', () => {
    const { implant, program } = loadSample();
    const view = energySweep({ implant, faults: [], program, areaIndex: 0, spanMa: 10, comparePresets: true });
    const model = buildImpedanceModel(implant, []);
    const row = view.rows[15]!;
    expect(row.program).toBe(
      programEnergy(model, withAreaAmplitude(program, 0, row.amplitudeMa), 0).rechargeMinutesPerDay,
    );
    expect(row.highFrequency).toBe(
      programEnergy(model, withAreaAmplitude(withPreset(program, 'highFrequency'), 0, row.amplitudeMa), 0)
        .rechargeMinutesPerDay,
    );
  });

  it('compares the other paradigms at the same contacts, leaving out the preset the program already is', () => {
    const { implant, program } = loadSample(); // tonic 50 Hz, 300 µs, active recharge: the tonic preset itself
    const view = energySweep({ implant, faults: [], program, areaIndex: 0, spanMa: 20, comparePresets: true });
    expect(view.series.map((s) => s.key)).toEqual(['program', 'burst', 'highFrequency']);
    expect(view.series[2]!.label).toBe(presetLabel('highFrequency'));
    // Each preset stops at its paradigm's amplitude limit.
    const burstMax = implant.ipg.paradigms.burst!.amplitudeMa.max;
    expect(view.rows.filter((r) => r.amplitudeMa > burstMax).every((r) => r.burst === null)).toBe(true);
    expect(view.rows.filter((r) => r.amplitudeMa <= burstMax).every((r) => typeof r.burst === 'number')).toBe(true);
    const withPresetPulse = withPreset(program, 'burst');
    expect(withPresetPulse.rateHz).toBe(PARADIGM_PRESETS.burst.rateHz);
    expect(withPresetPulse.areas[0]!.contacts).toEqual(program.areas[0]!.contacts);
  });

  it('offers only the paradigms the IPG has', () => {
    const { implant, program } = loadSample('ipg-primary-16');
    const view = energySweep({ implant, faults: [], program, areaIndex: 0, spanMa: 10, comparePresets: true });
    expect(view.series.map((s) => s.key)).toEqual(['program', 'burst']);
  });

  it('marks where the output would need more than the compliance voltage', () => {
    const { implant, program } = loadSample();
    const view = energySweep({ implant, faults: [], program, areaIndex: 0, spanMa: 25.5, comparePresets: false });
    const model = buildImpedanceModel(implant, []);
    const from = view.beyondComplianceFromMa!;
    expect(from).toBeGreaterThan(0);
    const needed = (a: number) => programEnergy(model, withAreaAmplitude(program, 0, a), 0).areas[0]!.requiredVoltageV!;
    expect(needed(from)).toBeGreaterThan(implant.ipg.complianceV);
    const before = view.rows[view.rows.findIndex((r) => r.amplitudeMa === from) - 1]!.amplitudeMa;
    expect(needed(before)).toBeLessThanOrEqual(implant.ipg.complianceV);
    expect(
      energySweep({ implant, faults: [], program, areaIndex: 0, spanMa: 5, comparePresets: false })
        .beyondComplianceFromMa,
    ).toBeNull();
  });

  it('gives the numbers at the delivered amplitude, with charge per second in µC/s', () => {
    const { implant, program } = loadSample();
    const now = energyNow(implant, [], program, 0, 5);
    // 5 mA × 300 µs × 50 Hz = 75 µC/s (cathodic phase only).
    expect(now.chargePerSecondUc).toBeCloseTo(75, 6);
    expect(now.value).toBeGreaterThan(0);
  });

  it('names the device overhead inside the battery power: the same at 0 mA as at 5 mA, and all of it at 0 mA', () => {
    const { implant, program } = loadSample();
    const zero = energyNow(implant, [], program, 0, 0);
    const five = energyNow(implant, [], program, 0, 5);
    const { ipg } = implant;
    expect(program.rateHz).toBe(50);
    expect(five.deviceOverheadPowerMw).toBeCloseTo(
      ipg.quiescentPowerMw + ipg.outputStageOnPowerMw + (50 * ipg.perPulseOverheadUj) / 1000,
      12,
    );
    expect(zero.deviceOverheadPowerMw).toBeCloseTo(ipg.quiescentPowerMw, 12);
    expect(zero.batteryPowerMw).toBeCloseTo(zero.deviceOverheadPowerMw, 12);
    expect(five.batteryPowerMw!).toBeGreaterThan(five.deviceOverheadPowerMw);
  });

  it('keeps the axis span fixed while the amplitude moves within it, within the paradigm limit', () => {
    expect(energySpanMa(3, 25.5)).toBe(5);
    expect(energySpanMa(3.4, 25.5)).toBe(5);
    expect(energySpanMa(3.6, 25.5)).toBe(10);
    expect(energySpanMa(20, 25.5)).toBe(25.5);
    expect(energySpanMa(8, 12.5)).toBe(12.5);
  });

  it('recomputes the sweep only when more than the swept amplitude changes', () => {
    const { implant, program } = loadSample();
    const sweep = createEnergySweeper();
    const input = { implant, faults: [], program, areaIndex: 0, spanMa: 10, comparePresets: false };
    const first = sweep(input);
    expect(sweep({ ...input, program: withAreaAmplitude(program, 0, 7.5) })).toBe(first);
    const faster = sweep({ ...input, program: { ...program, rateHz: 100 as Program['rateHz'] } });
    expect(faster).not.toBe(first);
    expect(faster.rows[20]!.program!).toBeGreaterThan(first.rows[20]!.program!);
  });
});

describe('energy chart axis', () => {
  const view = (values: number[]) => ({
    series: [{ key: 'program' as const, label: 'This program' }],
    rows: values.map((v, i) => ({ amplitudeMa: i, program: v })),
  });
  it('spans whole decades on a log scale', () => {
    expect(energyAxis(view([0.6, 9, 120]), true)).toEqual({ domain: [0.1, 1000], ticks: [0.1, 1, 10, 100, 1000] });
  });
  it('starts at zero on a linear scale with a little room above the top', () => {
    expect(energyAxis(view([0.6, 9, 120]), false).domain).toEqual([0, 120 * 1.08]);
  });
});

describe('preset labels', () => {
  it('name each preset by its rate and pulse from the core presets', () => {
    expect(presetLabel('tonic')).toBe(
      `Tonic ${PARADIGM_PRESETS.tonic.rateHz} Hz, ${PARADIGM_PRESETS.tonic.pulseWidthUs} µs`,
    );
    expect(presetLabel('highFrequency')).toBe(
      `HF ${PARADIGM_PRESETS.highFrequency.rateHz / 1000} kHz, ${PARADIGM_PRESETS.highFrequency.pulseWidthUs} µs`,
    );
    expect(presetLabel('burst')).toMatch(/^Burst \d+ Hz, \d+×\d+ µs$/);
  });
});
