import { describe, expect, it } from 'vitest';
import { buildImpedanceModel, pairImpedanceOhm } from '../../../src-core/impedance';
import { assessSafety } from '../../../src-core/safety';
import { Hz, mA, us } from '../../../src-core/units';
import { bipole, highFrequencyProgram, makeArea, makeImplant, makeProgram } from '../helpers/device-builders';

const firstArea = (report: ReturnType<typeof assessSafety>) => report.programs[0]!.areas[0]!;

describe('charge and charge density', () => {
  it('gives 1.5 µC and 12.24 µC/cm² per phase for 5 mA × 300 µs on one 3 mm × 1.3 mm ring (hand-computed)', () => {
    // area π·1.3·3 = 12.252 mm² = 0.12252 cm²; 5 mA × 300 µs = 1.5 µC; 1.5 / 0.12252 = 12.243 µC/cm²
    const area = firstArea(assessSafety(makeImplant(), [makeProgram()]));
    expect(area.chargePerPhaseUc).toBeCloseTo(1.5, 12);
    const cathode = area.electrodes.find((e) => e.electrode === 3)!;
    expect(cathode).toMatchObject({ polarity: 'cathode', programmed: true, currentMa: 5 });
    expect(cathode.chargePerPhaseUc).toBeCloseTo(1.5, 12);
    expect(cathode.areaMm2).toBeCloseTo(12.2522, 4);
    expect(cathode.chargeDensityUcPerCm2).toBeCloseTo(12.2427, 4);
  });

  it('splits the current by the programmed fractions on independent sources', () => {
    const contacts = [
      { electrode: 3, polarity: 'cathode' as const, fractionPct: 60 },
      { electrode: 5, polarity: 'cathode' as const, fractionPct: 40 },
      { electrode: 4, polarity: 'anode' as const, fractionPct: 100 },
    ];
    const area = firstArea(assessSafety(makeImplant(), [makeProgram({ areas: [makeArea({ contacts })] })]));
    expect(area.electrodes.map((e) => [e.electrode, e.currentMa])).toEqual([
      [3, 3],
      [5, 2],
      [4, 5],
    ]);
  });

  it('splits by conductance on a single-source IPG, ignoring the fractions', () => {
    const implant = makeImplant({
      ipg: { currentSources: 'single' },
      leads: [{}, { modelId: 'paddle-2x8', lateralMm: 15 }],
    });
    const model = buildImpedanceModel(implant);
    const ring = model.healthyAccessOhm[3]!;
    const paddle = model.healthyAccessOhm[8]!;
    const contacts = [
      { electrode: 3, polarity: 'cathode' as const, fractionPct: 10 },
      { electrode: 8, polarity: 'cathode' as const, fractionPct: 90 },
      { electrode: 'case' as const, polarity: 'anode' as const, fractionPct: 100 },
    ];
    const area = firstArea(
      assessSafety(implant, [makeProgram({ areas: [makeArea({ contacts, amplitudeMa: mA(6) })] })]),
    );
    expect(area.electrodes.find((e) => e.electrode === 3)!.currentMa).toBeCloseTo((6 * paddle) / (ring + paddle), 9);
    expect(area.electrodes.find((e) => e.electrode === 8)!.currentMa).toBeCloseTo((6 * ring) / (ring + paddle), 9);
  });

  it('reports no density for the case', () => {
    const area = firstArea(
      assessSafety(makeImplant(), [makeProgram({ areas: [makeArea({ contacts: bipole(3, 'case') })] })]),
    );
    expect(area.electrodes.find((e) => e.electrode === 'case')).toMatchObject({
      areaMm2: null,
      chargeDensityUcPerCm2: null,
    });
  });

  it('fires the 30 µC/cm² warning just above 12.25 mA at 300 µs, not below, naming the contact', () => {
    // 30 µC/cm² × 0.122522 cm² = 3.6757 µC → 12.252 mA at 300 µs
    const at = (amplitude: number) =>
      assessSafety(makeImplant(), [makeProgram({ areas: [makeArea({ amplitudeMa: mA(amplitude) })] })]);
    expect(at(12.2).warnings.filter((w) => w.code === 'charge-density')).toEqual([]);
    const above = at(12.3).warnings.filter((w) => w.code === 'charge-density');
    expect(above.map((w) => [w.electrode, w.severity, w.programIndex, w.areaIndex])).toEqual([
      [3, 'error', 0, 0],
      [4, 'error', 0, 0],
    ]);
    expect(above[0]!.message).toMatch(
      /^Program 1 “Test”, area 1: contact 3 carries 30.1 µC\/cm² per phase .* above the 30 µC\/cm² limit/,
    );
  });

  it('uses a configured limit instead of the default', () => {
    const report = assessSafety(makeImplant(), [makeProgram()], { chargeDensityLimitUcPerCm2: 10 });
    expect(report.chargeDensityLimitUcPerCm2).toBe(10);
    expect(report.warnings.filter((w) => w.code === 'charge-density')).toHaveLength(2);
  });
});

describe('required voltage and compliance', () => {
  it('needs amplitude × pair impedance for a bipole and is within 15 V at 5 mA', () => {
    const implant = makeImplant();
    const area = firstArea(assessSafety(implant, [makeProgram()]));
    expect(area.requiredVoltageV).toBeCloseTo((5 * pairImpedanceOhm(buildImpedanceModel(implant), 3, 4)) / 1000, 9);
    expect(area.loadImpedanceOhm).toBeCloseTo(pairImpedanceOhm(buildImpedanceModel(implant), 3, 4), 6);
    expect(area.withinCompliance).toBe(true);
  });

  it('warns when the output would need more than the compliance voltage, without changing the amplitude', () => {
    const report = assessSafety(makeImplant(), [makeProgram({ areas: [makeArea({ amplitudeMa: mA(14) })] })]);
    expect(firstArea(report)).toMatchObject({ amplitudeMa: 14, withinCompliance: false });
    expect(report.warnings.find((w) => w.code === 'compliance')).toMatchObject({ severity: 'warning', areaIndex: 0 });
  });

  it('fails compliance for an open (high-impedance) contact, with null voltage and an open-circuit error naming it', () => {
    const report = assessSafety(makeImplant(), [makeProgram()], { faults: [{ kind: 'open', contact: 3 }] });
    const area = firstArea(report);
    expect(area).toMatchObject({ requiredVoltageV: null, loadImpedanceOhm: null, withinCompliance: false });
    expect(area.electrodes.find((e) => e.electrode === 3)!.accessOhm).toBeNull();
    const open = report.warnings.filter((w) => w.code === 'open-circuit');
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({ severity: 'error', electrode: 3 });
    expect(open[0]!.message).toMatch(/contact 3 is open/);
    expect(report.hasErrors).toBe(true);
  });

  it('shows the current a short carries into an unprogrammed contact', () => {
    const report = assessSafety(makeImplant(), [makeProgram()], { faults: [{ kind: 'short', contacts: [3, 2] }] });
    const leaked = firstArea(report).electrodes.find((e) => e.electrode === 2)!;
    expect(leaked).toMatchObject({ programmed: false, polarity: 'cathode', currentMa: 2.5 });
    expect(report.warnings.filter((w) => w.code === 'shorted-contact').map((w) => w.electrode)).toEqual([3, 2]);
  });
});

describe('device limits as data', () => {
  it('reports a clean typical program with no warnings', () => {
    expect(assessSafety(makeImplant(), [makeProgram(), highFrequencyProgram()]).warnings).toEqual([]);
  });

  it('reports amplitude, pulse width and rate outside the paradigm limits, area current and patient maximum', () => {
    const program = makeProgram({
      rateHz: Hz(1500),
      patientMaxMa: mA(10),
      areas: [makeArea({ amplitudeMa: mA(26), pulseWidthUs: us(1200), contacts: bipole(3, 'case') })],
    });
    const report = assessSafety(makeImplant(), [program], { chargeDensityLimitUcPerCm2: 1e6 });
    expect(report.warnings.map((w) => w.code).sort()).toEqual([
      'amplitude-range',
      'area-current',
      'compliance',
      'patient-max',
      'pulse-width-range',
      'rate-range',
    ]);
    expect(firstArea(report).amplitudeMa).toBe(26);
    expect(report.programs[0]!.warnings.map((w) => w.code)).toEqual(['rate-range']);
  });

  it('reports a paradigm the IPG cannot deliver', () => {
    const report = assessSafety(makeImplant({ ipgId: 'ipg-primary-16' }), [highFrequencyProgram()]);
    expect(report.warnings.map((w) => [w.code, w.severity])).toEqual([['paradigm-unsupported', 'error']]);
  });

  it('doses sub-perception areas at the paradigm step', () => {
    const area = makeArea({ dosing: { mode: 'subPerception', percentOfPerception: 33, perceptionThresholdMa: mA(3) } });
    expect(firstArea(assessSafety(makeImplant(), [makeProgram({ areas: [area] })])).amplitudeMa).toBe(1);
  });

  it('reports an electrode the implant lacks and an area with no closed current path', () => {
    const report = assessSafety(makeImplant(), [
      makeProgram({
        areas: [
          makeArea({ contacts: [...bipole(3, 4), { electrode: 30, polarity: 'anode', fractionPct: 0 }] }),
          makeArea({ contacts: bipole(3, 4).slice(0, 1) }),
        ],
      }),
    ]);
    expect(report.warnings.map((w) => [w.code, w.areaIndex])).toEqual([
      ['electrode-unknown', 0],
      ['no-current-path', 1],
    ]);
  });
});

describe('compliance for numbers beyond the model', () => {
  it('never reports an overflowing area as within compliance, and says why', () => {
    const program = makeProgram({ areas: [makeArea({ amplitudeMa: mA(1e308) })] });
    const area = firstArea(assessSafety(makeImplant(), [program]));
    expect(area.requiredVoltageV).toBeNull();
    expect(area.withinCompliance).toBe(false);
    expect(area.warnings.map((w) => w.code)).toContain('not-computable');
  });

  it('never reports an open area as within compliance', () => {
    const implant = makeImplant();
    const area = firstArea(assessSafety(implant, [makeProgram()], { faults: [{ kind: 'open', contact: 3 }] }));
    expect(area.requiredVoltageV).toBeNull();
    expect(area.withinCompliance).toBe(false);
  });
});

describe('warning messages', () => {
  it('escape control characters of a program name from a file', () => {
    const report = assessSafety(makeImplant(), [
      makeProgram({ name: 'Back\u001b[2K\nscs-sim: valid', rateHz: Hz(5000) }),
    ]);
    const messages = report.programs[0]!.warnings.concat(report.programs[0]!.areas[0]!.warnings);
    expect(messages.length).toBeGreaterThan(0);
    for (const w of messages) expect(w.message.includes('\u001b') || w.message.includes('\n')).toBe(false);
  });
});
