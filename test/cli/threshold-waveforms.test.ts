import { describe, expect, it } from 'vitest';
import { runInProcess } from './run-in-process';

const run = (argv: string[]) =>
  runInProcess(argv, {}, () => {
    throw new Error('no file expected');
  });

/** Runs the CLI in-process; the threshold command reads no file. */

/** 10 µm fibre, point source 2 mm away: the shared case of these tests. */
const fibreAt2Mm = ['threshold', '--fibre-diameter-um', '10', '--distance-mm', '2'];

/** The JSON report of `scs-sim threshold` for a pulse width and waveform options. */
function thresholdReport(pulseWidthUs: number, extra: string[]) {
  const result = run([...fibreAt2Mm, '--pulse-width-us', String(pulseWidthUs), ...extra, '--json']);
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Record<string, unknown> & { thresholdMa: number };
}

const thresholdMa = (pulseWidthUs: number, extra: string[]) => thresholdReport(pulseWidthUs, extra).thresholdMa;

describe('scs-sim threshold waveform options: bad values', () => {
  const withWidth = (extra: string[]) => run([...fibreAt2Mm, '--pulse-width-us', '200', ...extra]);

  it.each([
    [['--waveform', 'burst', '--pulses', '21'], /--pulses 21 is outside 1–20/],
    [['--waveform', 'burst', '--pulses', '2.5'], /--pulses 2\.5 must be a whole number/],
    [['--waveform', 'burst', '--intra-burst-hz', '40'], /--intra-burst-hz 40 is outside 50–1000 Hz/],
    [['--waveform', 'train', '--rate-hz', '30000'], /--rate-hz 30000 is outside 1–20000 Hz/],
    [['--waveform', 'train', '--train-ms', '0.05'], /--train-ms 0\.05 is outside 0\.1–50 ms/],
    [['--waveform', 'biphasic', '--interphase-gap-us', '1500'], /--interphase-gap-us 1500 is outside 0–1000 µs/],
    [['--waveform', 'train', '--rate-hz', '5000'], /--pulse-width-us 200 does not fit --rate-hz 5000/],
    [['--waveform', 'burst', '--intra-burst-hz', '1000', '--pulse-width-us', '1000'], /does not fit --intra-burst-hz/],
  ])('exits 1 naming the argument for %j', (extra, message) => {
    const result = withWidth(extra);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
  });

  it('exits 2 for an option of another waveform or an unknown waveform or recharge', () => {
    expect(withWidth(['--pulses', '3'])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/--pulses applies to --waveform burst, not monophasic/),
    });
    expect(withWidth(['--waveform', 'train', '--recharge', 'passive'])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/--recharge applies to --waveform biphasic/),
    });
    expect(withWidth(['--waveform', 'sawtooth'])).toMatchObject({ code: 2 });
    expect(withWidth(['--waveform', 'biphasic', '--recharge', 'sometimes'])).toMatchObject({ code: 2 });
    expect(withWidth(['--waveform', 'burst', '--pulses', 'five'])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/--pulses must be a finite decimal number/),
    });
  });
});

// Each threshold is a bisection of whole MRG cable runs (10–15 runs of up to 12 ms simulated at 1 µs).
describe('scs-sim threshold waveforms in the MRG cable', { timeout: 120_000 }, () => {
  it('reports every parameter of a burst, its passive recharge and the numerics', () => {
    const report = thresholdReport(1000, ['--waveform', 'burst']);
    expect(report).toMatchObject({
      waveform: 'burst',
      pulsesPerBurst: 5,
      intraBurstRateHz: 500,
      recharge: 'passive',
      pulseCount: 5,
      passiveRecharge: { tauUs: 2500, windowUs: 7500 },
      fiberDiameterUm: 10,
      distanceMm: 2,
      pulseWidthUs: 1000,
      conductivitySPerM: 0.2,
      model: expect.stringMatching(/MRG/),
      thresholdDefinition: expect.stringMatching(/fires at least once/),
      numerics: { nodeCount: 21, dtUs: 1, relativeTolerance: 0.005, waveformDurationUs: 4 * 2000 + 1000 + 7500 },
    });
  });

  it('needs less current for a burst of 5 pulses than for 1 pulse of the same width in a thin, far fibre', () => {
    // Temporal summation of 1 ms pulses 1 ms apart is weak in MRG and strongest in thin fibres far from the contact
    // (tools/predictor/waveform-factors.ts: 10 µm at 2 mm sums < 1 %); a 5.7 µm fibre at 4 mm sums ≈ 12 %.
    const thinFar = (pulses: string) =>
      JSON.parse(
        run([
          'threshold',
          '--fibre-diameter-um',
          '5.7',
          '--distance-mm',
          '4',
          '--pulse-width-us',
          '1000',
          '--waveform',
          'burst',
          '--pulses',
          pulses,
          '--json',
        ]).stdout,
      ).thresholdMa as number;
    expect(thinFar('5')).toBeLessThan(0.95 * thinFar('1'));
  });

  it('needs no more current with passive recharge than with an active (symmetric biphasic) one at the same width', () => {
    const passive = thresholdMa(210, ['--waveform', 'biphasic', '--recharge', 'passive']);
    const active = thresholdMa(210, ['--waveform', 'biphasic', '--recharge', 'active']);
    const monophasic = thresholdMa(210, ['--waveform', 'monophasic']);
    expect(passive).toBeLessThanOrEqual(active);
    expect(passive).toBeGreaterThanOrEqual(monophasic);
  });

  it('lowers the active-recharge threshold towards the monophasic one as the interphase gap grows', () => {
    const atGapUs = (gap: number) =>
      thresholdMa(210, ['--waveform', 'biphasic', '--recharge', 'active', '--interphase-gap-us', String(gap)]);
    const [gap0, gap100, gap500] = [atGapUs(0), atGapUs(100), atGapUs(500)];
    const monophasic = thresholdMa(210, ['--waveform', 'monophasic']);
    expect(gap100).toBeLessThan(gap0);
    expect(gap500).toBeLessThan(gap100);
    expect(gap500 / monophasic).toBeGreaterThan(0.995); // within the bisection's tolerance of the monophasic one
  });

  it('finds a kHz train threshold at which the fibre fires at least once, the whole train simulated', () => {
    const report = thresholdReport(30, ['--waveform', 'train', '--rate-hz', '10000', '--train-ms', '5']);
    expect(report).toMatchObject({
      waveform: 'train',
      rateHz: 10000,
      trainMs: 5,
      pulseCount: 50,
      passiveRecharge: null,
    });
    expect((report.numerics as { waveformDurationUs: number }).waveformDurationUs).toBe(49 * 100 + 60);
    const single = thresholdMa(30, ['--waveform', 'biphasic']);
    expect(report.thresholdMa).toBeGreaterThan(0);
    expect(report.thresholdMa).toBeLessThan(single); // 50 pulses summate where one biphasic pulse does not
  });
});
