import { describe, expect, it } from 'vitest';
import { OUTPUT_HEADROOM_V, assessEnergy, passiveRechargeEnergyUj, passiveWindowUs } from '../../../src-core/energy';
import { buildImpedanceModel, pairImpedanceOhm } from '../../../src-core/impedance';
import { PASSIVE_RECHARGE_TAU_US } from '../../../src-core/program/timing';
import { us } from '../../../src-core/units';
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
  it('draws the delivered charge at the rail (required voltage + headroom) through the converter, plus quiescent', () => {
    const e = energyOf(highFrequencyProgram());
    const rail = (3 * z) / 1000 + OUTPUT_HEADROOM_V;
    const outputMw = (rail * 2 * 900) / 1000; // active recharge draws both phases
    expect(e.areas[0]!.railVoltageV!).toBeCloseTo(rail, 9);
    expect(e.batteryPowerMw!).toBeCloseTo(outputMw / implant.ipg.converterEfficiency + implant.ipg.quiescentPowerMw, 9);
    expect(e.dailyEnergyMwh!).toBeCloseTo(e.batteryPowerMw! * 24, 9);
    expect(e.rechargeMinutesPerDay!).toBeCloseTo((e.dailyEnergyMwh! / implant.ipg.rechargePowerMw!) * 60, 9);
    expect(e.daysBetweenRecharges!).toBeCloseTo(implant.ipg.batteryEnergyMwh / e.dailyEnergyMwh!, 9);
    expect(e.longevityYears).toBeNull();
  });

  it('halves the stimulation energy at 50 % cycling, leaving the quiescent draw', () => {
    const on = energyOf(highFrequencyProgram());
    const half = energyOf(highFrequencyProgram({ cycling: { onS: 30, offS: 30 } }));
    expect(half.dutyCycle).toBe(0.5);
    expect(half.stimulationBatteryPowerMw!).toBeCloseTo(on.stimulationBatteryPowerMw! / 2, 9);
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

  it('counts no charge for an area without a closed current path', () => {
    const program = tonicProgram({ areas: [makeArea({ contacts: bipole(3, 4).slice(0, 1) })] });
    expect(energyOf(program)).toMatchObject({ chargePerSecondUc: 0, tissuePowerMw: 0 });
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

  it('orders tonic < burst < 10 kHz in charge per second and in recharge time', () => {
    expect(tonic.chargePerSecondUc).toBeLessThan(burst.chargePerSecondUc);
    expect(burst.chargePerSecondUc).toBeLessThan(tenK.chargePerSecondUc);
    expect(tonic.rechargeMinutesPerDay!).toBeLessThan(burst.rechargeMinutesPerDay!);
    expect(burst.rechargeMinutesPerDay!).toBeLessThan(tenK.rechargeMinutesPerDay!);
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
