import { describe, expect, it } from 'vitest';
import { OUTPUT_HEADROOM_V, assessEnergy, passiveRechargeEnergyUj, passiveWindowUs } from '../../../src-core/energy';
import { buildImpedanceModel, pairImpedanceOhm } from '../../../src-core/impedance';
import { PASSIVE_RECHARGE_TAU_US } from '../../../src-core/program/timing';
import { mA, us } from '../../../src-core/units';
import {
  bipole,
  burstProgram,
  highFrequencyProgram,
  makeArea,
  makeImplant,
  tonicProgram,
} from '../helpers/device-builders';

const implant = makeImplant(); // ipg-rechargeable-32, perc-8-3x4, bipole 3− 4+
const z = pairImpedanceOhm(buildImpedanceModel(implant), 3, 4);
const energyOf = (program: ReturnType<typeof tonicProgram>, target = implant) =>
  assessEnergy(target, [program]).active!;

describe('charge per second (Miller et al. 2016)', () => {
  it('matches the charge-rate figures of Miller et al. 2016: tonic 0.075 mC/s, 10 kHz 0.90 mC/s (12×), burst 0.2 mC/s per mA', () => {
    expect(energyOf(tonicProgram()).chargePerSecondUc).toBeCloseTo(75, 9);
    expect(energyOf(highFrequencyProgram()).chargePerSecondUc).toBeCloseTo(900, 9);
    expect(energyOf(burstProgram()).chargePerSecondUc).toBeCloseTo(200, 9);
    expect(energyOf(highFrequencyProgram()).chargePerSecondUc / energyOf(tonicProgram()).chargePerSecondUc).toBeCloseTo(
      12,
      9,
    );
  });
});

describe('tissue power', () => {
  it('is I²·Z over both phases for active recharge: tonic 25 mA² × Z × 2 × 300 µs × 50 Hz', () => {
    expect(energyOf(tonicProgram()).tissuePowerMw!).toBeCloseTo((25 * z * 2 * 300e-6 * 50) / 1000, 9);
  });

  it('adds the exponential passive recharge R·i₀²·τ/2·(1 − e^(−2W/τ)) to the stimulating phase', () => {
    const program = tonicProgram({ paradigm: { kind: 'tonic', recharge: 'passive', interphaseGapUs: us(20) } });
    const window = passiveWindowUs(program, 0);
    expect(window).toBeCloseTo(20_000 - 300 - 20, 9);
    const tau = PASSIVE_RECHARGE_TAU_US;
    const i0 = 1.5 / (tau * (1 - Math.exp(-window / tau))); // A
    const passiveUj = (z * i0 * i0 * tau * (1 - Math.exp((-2 * window) / tau))) / 2;
    expect(passiveRechargeEnergyUj(1.5, z, tau, window)).toBeCloseTo(passiveUj, 9);
    const e = energyOf(program);
    expect(e.areas[0]!.passiveRechargeTissuePowerMw!).toBeCloseTo((passiveUj * 50) / 1000, 9);
    expect(e.tissuePowerMw!).toBeCloseTo((25 * z * 300e-6 * 50) / 1000 + (passiveUj * 50) / 1000, 9);
  });

  it('returns a whole burst’s charge in one passive recharge after the burst', () => {
    const e = energyOf(burstProgram());
    const window = 25_000 - (4 * 2000 + 1000);
    expect(e.areas[0]!.passiveRechargeTissuePowerMw!).toBeCloseTo(
      (passiveRechargeEnergyUj(5, z, PASSIVE_RECHARGE_TAU_US, window) * 40) / 1000,
      9,
    );
  });
});

describe('battery power', () => {
  it('draws the delivered charge at the rail through the converter, plus the on-time and the fixed device overhead', () => {
    const e = energyOf(highFrequencyProgram());
    const { ipg } = implant;
    const rail = (3 * z) / 1000 + OUTPUT_HEADROOM_V;
    const outputMw = (rail * 2 * 900) / 1000; // active recharge draws both phases
    const onTimeMw = ipg.outputStageOnPowerMw + (10_000 * ipg.perPulseOverheadUj) / 1000; // µJ × pulses/s = µW
    expect(e.areas[0]!.railVoltageV!).toBeCloseTo(rail, 9);
    expect(e.onTimeOverheadPowerMw).toBeCloseTo(onTimeMw, 12);
    expect(e.fixedOverheadPowerMw).toBe(ipg.quiescentPowerMw);
    expect(e.batteryPowerMw!).toBeCloseTo(outputMw / ipg.converterEfficiency + onTimeMw + ipg.quiescentPowerMw, 9);
    expect(e.dailyEnergyMwh!).toBeCloseTo(e.batteryPowerMw! * 24, 9);
    expect(e.rechargeMinutesPerDay!).toBeCloseTo((e.dailyEnergyMwh! / implant.ipg.rechargePowerMw!) * 60, 9);
    expect(e.daysBetweenRecharges!).toBeCloseTo(implant.ipg.batteryEnergyMwh / e.dailyEnergyMwh!, 9);
    expect(e.longevityYears).toBeNull();
  });

  it('halves the stimulation energy and the on-time overhead at 50 % cycling, leaving the fixed overhead', () => {
    const on = energyOf(highFrequencyProgram());
    const half = energyOf(highFrequencyProgram({ cycling: { onS: 30, offS: 30 } }));
    expect(half.dutyCycle).toBe(0.5);
    expect(half.stimulationBatteryPowerMw!).toBeCloseTo(on.stimulationBatteryPowerMw! / 2, 9);
    expect(half.onTimeOverheadPowerMw).toBeCloseTo(on.onTimeOverheadPowerMw / 2, 12);
    expect(half.fixedOverheadPowerMw).toBe(on.fixedOverheadPowerMw);
    expect(half.tissuePowerMw!).toBeCloseTo(on.tissuePowerMw! / 2, 9);
    expect(half.batteryPowerMw! - implant.ipg.quiescentPowerMw).toBeCloseTo(
      (on.batteryPowerMw! - implant.ipg.quiescentPowerMw) / 2,
      9,
    );
    expect(half.meanChargePerSecondUc).toBeCloseTo(450, 9);
  });

  it('gives longevity in years, not recharge time, for a primary cell', () => {
    const e = energyOf(tonicProgram(), makeImplant({ ipgId: 'ipg-primary-16' }));
    expect(e.rechargeMinutesPerDay).toBeNull();
    expect(e.daysBetweenRecharges).toBeNull();
    expect(e.longevityYears!).toBeCloseTo(15_000 / e.dailyEnergyMwh! / 365.25, 9);
  });

  it('counts only the active program', () => {
    const report = assessEnergy(implant, [tonicProgram(), highFrequencyProgram()], { activeProgramIndex: 1 });
    expect(report.active).toEqual(report.programs[1]);
    expect(assessEnergy(implant, [tonicProgram()], { activeProgramIndex: 3 }).active).toBeNull();
  });

  it('counts no charge, and no pulse overhead, for an area without a closed current path', () => {
    const program = tonicProgram({ areas: [makeArea({ contacts: bipole(3, 4).slice(0, 1) })] });
    expect(energyOf(program)).toMatchObject({ chargePerSecondUc: 0, tissuePowerMw: 0, onTimeOverheadPowerMw: 0 });
    expect(energyOf(program).batteryPowerMw).toBeCloseTo(implant.ipg.quiescentPowerMw, 12);
  });

  it('costs the per-pulse overhead for every pulse whatever its amplitude: 10 kHz pays 200× tonic’s 50 Hz', () => {
    const pulseCostMw = (program: ReturnType<typeof tonicProgram>) =>
      energyOf(program).onTimeOverheadPowerMw - implant.ipg.outputStageOnPowerMw;
    const tonicLow = pulseCostMw(tonicProgram({ areas: [makeArea({ amplitudeMa: mA(1) })] }));
    expect(pulseCostMw(tonicProgram())).toBeCloseTo(tonicLow, 12);
    expect(pulseCostMw(highFrequencyProgram()) / tonicLow).toBeCloseTo(200, 9);
    // A burst of 5 pulses at 40 Hz is 200 pulses per second.
    expect(pulseCostMw(burstProgram()) / tonicLow).toBeCloseTo(4, 9);
  });

  it('reports null power when an active contact is open', () => {
    const e = assessEnergy(implant, [tonicProgram()], { faults: [{ kind: 'open', contact: 4 }] }).active!;
    expect(e).toMatchObject({
      batteryPowerMw: null,
      tissuePowerMw: null,
      rechargeMinutesPerDay: null,
      chargePerSecondUc: 75,
    });
  });
});

describe('against the literature (Miller 2016, Provenzano 2021)', () => {
  const tonic = energyOf(tonicProgram());
  const burst = energyOf(burstProgram());
  const tenK = energyOf(highFrequencyProgram());

  it('orders tonic < burst < 10 kHz in charge per second, and needs the longest recharge for 10 kHz', () => {
    expect(tonic.chargePerSecondUc).toBeLessThan(burst.chargePerSecondUc);
    expect(burst.chargePerSecondUc).toBeLessThan(tenK.chargePerSecondUc);
    // Burst against tonic in recharge time has no published figure here: burst's 1 mA against tonic's 5 mA lowers
    // its rail voltage, its passive recharge dissipation rests on τ [U] (docs/physics-device.md §4.2).
    expect(burst.rechargeMinutesPerDay!).toBeLessThan(tenK.rechargeMinutesPerDay!);
    expect(tonic.rechargeMinutesPerDay!).toBeLessThan(tenK.rechargeMinutesPerDay!);
  });

  it('puts the 10 kHz / tonic recharge ratio below the 12× charge ratio, as 10 kHz runs at lower current and voltage', () => {
    // Battery power ∝ charge/s × rail voltage; 3 mA against 5 mA on the same load gives a rail ratio ≈ 0.66, so ≈ 8×.
    const ratio = tenK.rechargeMinutesPerDay! / tonic.rechargeMinutesPerDay!;
    expect(ratio).toBeGreaterThan(4);
    expect(ratio).toBeLessThan(12);
  });

  it('needs 10 kHz recharging within a factor of 2 of Provenzano 2021 (43.8 ± 10.9 min/day at 100 % ON)', () => {
    // The factor of 2 is what the model can claim: the figure is inversely proportional to recharge power (250 mW [U])
    // and converter efficiency (0.7 [U]) and grows with impedance and amplitude, which vary between patients.
    // It catches unit slips and a lost or doubled phase, not the constants' exact values. Not tuned.
    expect(tenK.rechargeMinutesPerDay!).toBeGreaterThan(43.8 / 2);
    expect(tenK.rechargeMinutesPerDay!).toBeLessThan(43.8 * 2);
  });
});

describe('recharge time against duty cycle (Provenzano et al. 2021, 10 kHz pulse dosing)', () => {
  // Provenzano 2021 (Pain Med, 31 patients): daily charging 8.3 ± 3.1, 13.9 ± 4.9, 26.2 ± 7.4, 43.8 ± 10.9 min at
  // 3, 14, 50 and 100 % pulse dosing — a line with an intercept of ≈ 8 min/day, not a proportion.
  const PUBLISHED_MIN_PER_DAY: readonly (readonly [number, number])[] = [
    [0.03, 8.3],
    [0.14, 13.9],
    [0.5, 26.2],
    [1, 43.8],
  ];
  const atDuty = (duty: number, make = highFrequencyProgram) =>
    energyOf(make(duty >= 1 ? {} : { cycling: { onS: 100 * duty, offS: 100 * (1 - duty) } })).rechargeMinutesPerDay!;

  it('saves less than half of the recharge time when the duty is halved, as the fixed overhead stays', () => {
    for (const make of [tonicProgram, burstProgram, highFrequencyProgram]) {
      for (const duty of [1, 0.5, 0.2]) {
        expect(atDuty(duty / 2, make)).toBeGreaterThan(atDuty(duty, make) / 2);
      }
    }
  });

  it('still costs the fixed overhead at 0 % duty: the same minutes for every paradigm, none of them zero', () => {
    const idle = (implant.ipg.quiescentPowerMw * 24 * 60) / implant.ipg.rechargePowerMw!;
    for (const make of [tonicProgram, burstProgram, highFrequencyProgram]) {
      expect(atDuty(0, make)).toBeCloseTo(idle, 9);
    }
    expect(idle).toBeGreaterThan(1);
  });

  it('grows linearly with duty between the fixed overhead and the continuous figure', () => {
    const [idle, full] = [atDuty(0), atDuty(1)];
    for (const duty of [0.03, 0.14, 0.25, 0.5]) expect(atDuty(duty)).toBeCloseTo(idle + (full - idle) * duty, 9);
  });

  it('lies within a factor of 2 of every published point, the 3 % one included', () => {
    // Without a fixed overhead the 3 % point falls to ≈ 2.6 min/day, a third of the 8.3 published. Factor 2 as in
    // the 100 % test above: the slope rests on [U] recharge power, converter efficiency and impedance.
    for (const [duty, minutes] of PUBLISHED_MIN_PER_DAY) {
      expect(atDuty(duty)).toBeGreaterThan(minutes / 2);
      expect(atDuty(duty)).toBeLessThan(minutes * 2);
    }
  });

  it('keeps at 3 % duty more than a tenth of the continuous recharge time (published: 8.3 / 43.8 = 0.19)', () => {
    expect(atDuty(0.03) / atDuty(1)).toBeGreaterThan(0.1);
  });

  it('keeps 10 kHz above burst and tonic at every duty above 0, and every program above the fixed overhead', () => {
    for (const duty of [1, 0.5, 0.25, 0.1, 0.03]) {
      expect(atDuty(duty, highFrequencyProgram)).toBeGreaterThan(atDuty(duty, burstProgram));
      expect(atDuty(duty, highFrequencyProgram)).toBeGreaterThan(atDuty(duty, tonicProgram));
      expect(atDuty(duty, burstProgram)).toBeGreaterThan(atDuty(0, burstProgram));
    }
  });

  it('gives a primary cell a finite longevity with stimulation off: the battery over the fixed overhead', () => {
    const primary = makeImplant({ ipgId: 'ipg-primary-16' });
    const off = energyOf(tonicProgram({ cycling: { onS: 0, offS: 60 } }), primary);
    expect(off.dutyCycle).toBe(0);
    expect(Number.isFinite(off.longevityYears!)).toBe(true);
    expect(off.longevityYears!).toBeCloseTo(
      primary.ipg.batteryEnergyMwh / (primary.ipg.quiescentPowerMw * 24) / 365.25,
      9,
    );
    expect(energyOf(tonicProgram(), primary).longevityYears!).toBeLessThan(off.longevityYears!);
  });
});
