import { describe, expect, it } from 'vitest';
import { Hz, mA, ms, us } from '../../../src-core/units';
import { pulsesReport } from '../../../src-core/waveform';
import { bipole, makeProgram, STEP_MA, TONIC_PASSIVE } from './builders';

describe('pulsesReport', () => {
  const program = makeProgram({
    name: 'Low back',
    paradigm: TONIC_PASSIVE,
    rateHz: Hz(50),
    areas: [bipole(4, 'case', { amplitudeMa: mA(2), pulseWidthUs: us(300) })],
  });
  const report = pulsesReport(program, { windowMs: ms(40), amplitudeStepMa: STEP_MA });

  it('names the program, window and sign convention', () => {
    expect(report).toMatchObject({ program: 'Low back', paradigm: 'tonic', rateHz: 50, windowMs: 40, startMs: 0 });
    expect(report.signConvention).toMatch(/positive = anodic/);
  });

  it('lists each electrode with its segments and a net charge of zero', () => {
    expect(report.electrodes.map((e) => e.electrode)).toEqual([4, 'case']);
    const [stim, recharge] = report.electrodes[0]!.segments;
    expect(stim).toEqual({ kind: 'flat', startUs: 0, endUs: 300, currentMa: -2 });
    expect(recharge).toMatchObject({ kind: 'exponential', startUs: 320, endUs: 20_000, tauUs: 2500 });
    for (const e of report.electrodes) expect(Math.abs(e.netChargeUc)).toBeLessThan(1e-14);
  });

  it('survives a JSON round trip unchanged and gives tauUs only to exponentials', () => {
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
    for (const s of report.electrodes.flatMap((e) => e.segments)) expect('tauUs' in s).toBe(s.kind === 'exponential');
  });

  it('lists the delivered pulses', () => {
    expect(report.deliveries).toEqual([
      { area: 0, startUs: 0, endUs: 20_000, amplitudeMa: 2 },
      { area: 0, startUs: 20_000, endUs: 40_000, amplitudeMa: 2 },
    ]);
  });
});
