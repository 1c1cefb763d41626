import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runInProcess } from './run-in-process';

const run = runInProcess;

const SAMPLES = 'resources/sessions';

/** Runs the CLI in-process with a fake terminal; files are read from disk unless `files` provides them. */

const sampleJson = (name: string) => JSON.parse(readFileSync(`${SAMPLES}/${name}`, 'utf8'));

describe('scs-sim validate', () => {
  it('accepts every sample session with exit code 0', () => {
    for (const name of [
      'tonic-leg-pain.scs.json',
      'burst-t9.scs.json',
      'hf10k-t9-t10.scs.json',
      'paddle-5-6-5.scs.json',
      'cervical-arm-pain.scs.json',
      'lateral-lead-t10.scs.json',
    ]) {
      const result = run(['validate', `${SAMPLES}/${name}`]);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toMatch(/valid/);
    }
  });

  it('exits 1 naming the field of a malformed file', () => {
    const file = sampleJson('burst-t9.scs.json');
    file.programs[0].areas[0].amplitudeMa = 'lots';
    const result = run(['validate', 'bad.json'], { 'bad.json': JSON.stringify(file) });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/programs\.0\.areas\.0\.amplitudeMa/);
  });

  it('exits 1 listing each problem of an undeliverable working program', () => {
    const file = sampleJson('burst-t9.scs.json');
    file.devicePrograms = [JSON.parse(JSON.stringify(file.programs[0]))];
    file.programs[0].areas[0].contacts = [];
    const result = run(['validate', 'wip.json'], { 'wip.json': JSON.stringify(file) });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/programs\.0\.areas\.0\.contacts: The area has no cathode/);
  });

  it('exits 1 for a missing file and 2 for a usage mistake', () => {
    expect(run(['validate', 'nowhere.json'])).toMatchObject({ code: 1, stderr: expect.stringMatching(/no such file/) });
    expect(run(['validate'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/Give the session FILE/) });
    expect(run(['frobnicate'])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/Unknown command "frobnicate"/),
    });
    expect(run(['validate', 'x.json', '--colour', 'blue'])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/Unknown option --colour/),
    });
  });
});

describe('scs-sim safety --json', () => {
  it('reports charge per phase, charge density, voltage, compliance and recharge for a tonic program', () => {
    const result = run(['safety', `${SAMPLES}/tonic-leg-pain.scs.json`, '--json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    const area = report.programs[0].areas[0];
    expect(area.chargePerPhaseUc).toBeCloseTo(1.5, 9); // 5 mA × 300 µs
    const cathode = area.electrodes.find((e: { polarity: string }) => e.polarity === 'cathode');
    expect(cathode.chargeDensityUcPerCm2).toBeCloseTo(1.5 / ((Math.PI * 1.3 * 3) / 100), 2); // 1.5 µC over a 12.25 mm² ring
    expect(area.requiredVoltageV).toBeGreaterThan(0);
    expect(area.withinCompliance).toBe(true);
    expect(report.programs[0].chargePerSecondUc).toBeCloseTo(75, 6); // 5 mA × 300 µs × 50 Hz
    expect(report.programs[0].rechargeMinutesPerDay).toBeGreaterThan(0);
  });

  it('orders charge per second tonic < burst < 10 kHz across the samples, and 10 kHz needs the most recharging', () => {
    const figures = ['tonic-leg-pain', 'burst-t9', 'hf10k-t9-t10'].map(
      (name) => JSON.parse(run(['safety', `${SAMPLES}/${name}.scs.json`, '--json']).stdout).programs[0],
    );
    const perSecond = figures.map((p) => p.chargePerSecondUc);
    const minutes = figures.map((p) => p.rechargeMinutesPerDay);
    expect(perSecond).toEqual([...perSecond].sort((a, b) => a - b));
    // Tonic against burst in recharge time follows amplitude and τ [U] (docs/physics-device.md §4.2).
    expect(Math.max(...minutes)).toBe(minutes[2]);
  });

  it('gives longevity in years for a primary-cell IPG', () => {
    const report = JSON.parse(run(['safety', `${SAMPLES}/paddle-5-6-5.scs.json`, '--json']).stdout);
    expect(report.programs[0].longevityYears).toBeGreaterThan(0);
    expect(report.programs[0].rechargeMinutesPerDay).toBeNull();
  });

  it('warns, naming the contact, when the charge-density limit is exceeded', () => {
    const file = sampleJson('tonic-leg-pain.scs.json');
    file.programs[0].areas[0].amplitudeMa = 5;
    file.programs[0].areas[0].pulseWidthUs = 1000;
    file.settings.chargeDensityLimitUcPerCm2 = 30;
    const report = JSON.parse(run(['safety', 'dense.json', '--json'], { 'dense.json': JSON.stringify(file) }).stdout);
    const warning = report.warnings.find((w: { code: string }) => w.code === 'charge-density');
    expect(warning).toMatchObject({ electrode: expect.anything() });
    expect(warning.message).toMatch(/contact/);
  });
});

describe('scs-sim impedance and pulses', () => {
  it('flags an injected open circuit on the contact it names', () => {
    const file = sampleJson('burst-t9.scs.json');
    file.faults = [{ kind: 'open', contact: 5 }];
    const report = JSON.parse(run(['impedance', 'open.json', '--json'], { 'open.json': JSON.stringify(file) }).stdout);
    expect(
      report.problems.some(
        (p: { status: string; contacts: number[] }) => p.status === 'open' && p.contacts.includes(5),
      ),
    ).toBe(true);
    const healthy = JSON.parse(run(['impedance', `${SAMPLES}/burst-t9.scs.json`, '--json']).stdout);
    expect(healthy.problems).toEqual([]);
  });

  it('synthesises each electrode over the window with zero net charge', () => {
    const result = run(['pulses', `${SAMPLES}/hf10k-t9-t10.scs.json`, '--program', '0', '--ms', '1', '--json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.electrodes).toHaveLength(2);
    for (const electrode of report.electrodes) {
      expect(electrode.segments).toHaveLength(20); // 10 pulses × 2 phases in 1 ms at 10 kHz
      expect(Math.abs(electrode.netChargeUc)).toBeLessThan(1e-9);
    }
  });

  it('rejects a program index the session does not have', () => {
    expect(run(['pulses', `${SAMPLES}/burst-t9.scs.json`, '--program', '3', '--ms', '10'])).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/programs 0–0/),
    });
  });
});

// Starts real Node processes under tsx: a few seconds each on a busy machine.
describe('scs-sim as a process', { timeout: 60_000 }, () => {
  it('prints the JSON Schema and exits 0; exits 2 with usage on a bad command', () => {
    const tsx = 'node_modules/.bin/tsx';
    const schema = spawnSync(tsx, ['cli/main.ts', 'schema'], { encoding: 'utf8' });
    expect(schema.status).toBe(0);
    expect(JSON.parse(schema.stdout).properties.version.const).toBe(2);
    const bad = spawnSync(tsx, ['cli/main.ts', 'nope'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/Usage:/);
  });
});

describe('scs-sim threshold --json', () => {
  const threshold = (extra: string[] = []) =>
    run([
      'threshold',
      '--fibre-diameter-um',
      '12.8',
      '--distance-mm',
      '2',
      '--pulse-width-us',
      '210',
      ...extra,
      '--json',
    ]);

  it('takes the American spelling --fiber-diameter-um for the same option, but not both spellings at once', () => {
    const american = run([
      'threshold',
      '--fiber-diameter-um',
      '12.8',
      '--distance-mm',
      '2',
      '--pulse-width-us',
      '210',
      '--json',
    ]);
    expect(american.code, american.stderr).toBe(0);
    const withoutRuntime = (stdout: string) => ({ ...JSON.parse(stdout), runtimeMs: undefined });
    expect(withoutRuntime(american.stdout)).toEqual(withoutRuntime(threshold().stdout));
    expect(threshold(['--fiber-diameter-um', '10'])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/not both/),
    });
  });

  it('gives the MRG point-source threshold in mA', () => {
    const result = threshold();
    expect(result.code).toBe(0);
    const { thresholdMa } = JSON.parse(result.stdout);
    expect(thresholdMa).toBeGreaterThan(0.05);
    expect(thresholdMa).toBeLessThan(1);
  });

  it('keeps the JSON key comparison harnesses read (fiberDiameterUm)', () => {
    expect(Object.keys(JSON.parse(threshold().stdout))).toContain('fiberDiameterUm');
  });

  it('needs several times more current for an anodic pulse, and twice as much in a medium twice as conductive', () => {
    const cathodic = JSON.parse(threshold().stdout).thresholdMa;
    const anodic = JSON.parse(threshold(['--polarity', 'anodic']).stdout).thresholdMa;
    const conductive = JSON.parse(threshold(['--conductivity-s-per-m', '0.4']).stdout).thresholdMa;
    expect(anodic).toBeGreaterThan(2 * cathodic);
    expect(conductive / cathodic).toBeCloseTo(2, 1); // V = I/(4πσr): doubling σ halves the field per mA
  });

  it('refuses a diameter outside the MRG table with exit 1, and a missing option with exit 2', () => {
    expect(
      run(['threshold', '--fiber-diameter-um', '30', '--distance-mm', '1', '--pulse-width-us', '100']),
    ).toMatchObject({ code: 1, stderr: expect.stringMatching(/5\.7–16 µm/) });
    expect(run(['threshold', '--distance-mm', '1', '--pulse-width-us', '100'])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/--fibre-diameter-um/),
    });
    expect(
      run([
        'threshold',
        '--fiber-diameter-um',
        '10',
        '--distance-mm',
        '1',
        '--pulse-width-us',
        '100',
        '--polarity',
        'sideways',
      ]),
    ).toMatchObject({ code: 2 });
  });
});

// Each of these runs the physiology (fibre population, fields, thresholds): seconds on a busy machine.
describe('scs-sim simulate and titrate --json', { timeout: 60_000 }, () => {
  it('reports thresholds in order, paresthesia by dermatome and side, coverage and the patient’s words', () => {
    const result = run(['simulate', `${SAMPLES}/tonic-leg-pain.scs.json`, '--amplitude-ma', '4.5', '--json']);
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.perceptionThresholdMa).toBeGreaterThan(0);
    expect(report.perceptionThresholdMa).toBeLessThan(report.discomfortThresholdMa);
    expect(report.amplitudeMa).toBe(4.5);
    for (const p of report.paresthesia) {
      expect(['left', 'right']).toContain(p.side);
      expect(p.intensity).toBeGreaterThanOrEqual(0);
      expect(p.intensity).toBeLessThanOrEqual(1);
      expect(p.dermatome).toMatch(/^(C|T|L|S)\d+$/);
    }
    expect(report.coverage).toMatchObject({ painCoveredPct: expect.any(Number), extraneousPct: expect.any(Number) });
    expect(typeof report.patientSays).toBe('string');
  });

  it('feels nothing at 0 mA and raises the perception threshold prone', () => {
    const off = JSON.parse(
      run(['simulate', `${SAMPLES}/tonic-leg-pain.scs.json`, '--amplitude-ma', '0', '--json']).stdout,
    );
    expect(off.paresthesia.filter((p: { intensity: number }) => p.intensity > 0)).toEqual([]);
    expect(off.patientSays).toBe('I don’t feel anything yet.');
    const prone = JSON.parse(
      run(['simulate', `${SAMPLES}/tonic-leg-pain.scs.json`, '--posture', 'prone', '--json']).stdout,
    );
    expect(prone.perceptionThresholdMa).toBeGreaterThan(off.perceptionThresholdMa);
  });

  it('titrates in steps until the patient finds it uncomfortable', () => {
    const report = JSON.parse(
      run(['titrate', `${SAMPLES}/tonic-leg-pain.scs.json`, '--step-ma', '0.5', '--json']).stdout,
    );
    const steps = report.steps as {
      amplitudeMa: number;
      uncomfortable: boolean;
      coverage: { painCoveredPct: number };
    }[];
    expect(steps[0]!.amplitudeMa).toBe(0);
    expect(steps.at(-1)!.uncomfortable).toBe(true);
    expect(steps.slice(0, -1).every((s) => !s.uncomfortable)).toBe(true);
    expect(steps.at(-1)!.amplitudeMa).toBeGreaterThanOrEqual(report.discomfortThresholdMa);
  });

  it('refuses an amplitude above the patient’s or the device’s maximum with exit 1, naming the limit', () => {
    const abovePatient = run(['simulate', `${SAMPLES}/tonic-leg-pain.scs.json`, '--amplitude-ma', '8.5']);
    expect(abovePatient).toMatchObject({ code: 1 });
    expect(abovePatient.stderr).toContain("8.5 mA is above the program's patient maximum of 8 mA");
    const file = sampleJson('tonic-leg-pain.scs.json');
    file.programs[0].patientMaxMa = 25.5; // the file's upper bound: the device's limit decides
    const aboveDevice = run(['simulate', 'high-max.json', '--amplitude-ma', '26'], {
      'high-max.json': JSON.stringify(file),
    });
    expect(aboveDevice).toMatchObject({ code: 1 });
    expect(aboveDevice.stderr).toContain("above the device's maximum for this paradigm of 25.5 mA");
  });

  it('titrates no higher than the patient’s maximum, and says it stopped there', () => {
    // The burst sample's patient maximum (3 mA) lies below its discomfort threshold.
    const json = JSON.parse(run(['titrate', `${SAMPLES}/burst-t9.scs.json`, '--step-ma', '0.25', '--json']).stdout);
    expect(json).toMatchObject({ maxMa: 3, limitedBy: 'patient' });
    expect(json.discomfortThresholdMa).toBeGreaterThan(3);
    expect(json.steps.at(-1).amplitudeMa).toBe(3);
    expect(run(['titrate', `${SAMPLES}/burst-t9.scs.json`, '--step-ma', '0.25']).stdout).toContain(
      "Stopped at the patient's maximum, 3 mA, before discomfort.",
    );
  });

  it('reports relief per painful place and overall after --elapsed-min, and the patient’s words about the pain', () => {
    const hf = `${SAMPLES}/hf10k-t9-t10.scs.json`;
    const start = JSON.parse(run(['simulate', hf, '--json']).stdout);
    expect(start.elapsedMin).toBe(0);
    expect(start.relief.overallPct).toBe(0);
    const later = JSON.parse(run(['simulate', hf, '--elapsed-min', '2880', '--json']).stdout);
    expect(later.paresthesia).toEqual([]);
    expect(later.relief.overallPct).toBeGreaterThan(0);
    expect(later.relief.places.length).toBe(4);
    for (const p of later.relief.places)
      expect(p).toMatchObject({ reliefPct: expect.any(Number), side: expect.any(String) });
    expect(later.patientSays).toMatch(/pain/);
    const text = run(['simulate', hf, '--elapsed-min', '2880']).stdout;
    expect(text).toMatch(/Relief \d+ % overall .* after 2880 min — teaching model/);
    const titration = JSON.parse(run(['titrate', hf, '--step-ma', '1', '--elapsed-min', '2880', '--json']).stdout);
    expect(titration.elapsedMin).toBe(2880);
    expect(titration.steps.at(-1).relief.overallPct).toBeGreaterThan(0);
  });

  it('refuses a non-numeric --elapsed-min as usage (exit 2) and a negative or absurd one as out of range (exit 1)', () => {
    const expectedCode: Record<string, number> = { soon: 2, '-5': 1, '1e9': 1 };
    for (const [value, code] of Object.entries(expectedCode)) {
      const result = run(['simulate', `${SAMPLES}/tonic-leg-pain.scs.json`, '--elapsed-min', value]);
      expect(result.code, value).toBe(code);
      expect(result.stderr, value).toContain('--elapsed-min');
    }
  });

  it('refuses an unknown posture with exit 2 and an out-of-range amplitude with exit 1', () => {
    expect(run(['simulate', `${SAMPLES}/tonic-leg-pain.scs.json`, '--posture', 'handstand'])).toMatchObject({
      code: 2,
    });
    expect(run(['simulate', `${SAMPLES}/tonic-leg-pain.scs.json`, '--amplitude-ma', '-3'])).toMatchObject({ code: 1 });
  });
});

describe('hostile or damaged session files', () => {
  it('refuses an amplitude of 1e308 mA with exit 1, naming the field and the range, instead of "0 V within compliance"', () => {
    const file = sampleJson('tonic-leg-pain.scs.json');
    file.programs[0].areas[0].amplitudeMa = 1e308;
    const result = run(['safety', 'huge.json'], { 'huge.json': JSON.stringify(file) });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      /programs\.0\.areas\.0\.amplitudeMa": must be a number from 0 to 25\.5 mA, not 1e\+308/,
    );
  });

  it('refuses a sub-perception dose of 1e308 mA the same way', () => {
    const file = sampleJson('tonic-leg-pain.scs.json');
    file.programs[0].areas[0].dosing = {
      mode: 'subPerception',
      percentOfPerception: 100,
      perceptionThresholdMa: 1e308,
    };
    const result = run(['safety', 'dose.json', '--json'], { 'dose.json': JSON.stringify(file) });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/dosing\.perceptionThresholdMa/);
  });

  it('prints a forged line from an IPG id escaped, on one line', () => {
    const file = sampleJson('tonic-leg-pain.scs.json');
    file.hardware.ipgId = 'x\nscs-sim: valid\u001b[0m';
    const result = run(['validate', 'forged.json'], { 'forged.json': JSON.stringify(file) });
    expect(result.code).toBe(1);
    expect(result.stderr.split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('x\\nscs-sim: valid\\u001b[0m');
  });

  it('names the version-1 field of a migrated program’s problem', () => {
    const v1 = {
      format: 'scs-sim-session',
      version: 1,
      program: { amplitudeMa: 3, pulseWidthUs: 305, rateHz: 50, interphaseGapUs: 20, recharge: 'active' },
    };
    const result = run(['validate', 'v1.json'], { 'v1.json': JSON.stringify(v1) });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('program.pulseWidthUs');
    expect(result.stderr).not.toContain('programs.0');
  });
});
