/**
 * Recharge minutes per day (ipg-rechargeable-32) and primary-cell longevity (ipg-primary-16) against the cycling duty
 * of the three reference programs of docs/physics-device.md §4.1, on perc-8-3x4 at T8, bipole 3− 4+. The 10 kHz row
 * is the one to set beside Provenzano et al. 2021 (pulse dosing of 10 kHz). Run: `npx tsx scripts/measure-energy-duty.ts`.
 */
import { Hz, assessEnergy, defaultCatalogue, mA, mm, resolveImplant, us, type Program } from '../src-core';

const DUTY_PCT = [100, 50, 25, 14, 10, 3, 0] as const;
const CYCLE_S = 100; // on + off; the duty alone sets the energy

function implantOf(ipgId: string) {
  const placement = {
    tip: { level: 'T8' as const, offsetMm: mm(0) },
    lateralMm: mm(0),
    depthMm: mm(0),
    rotationDeg: 0,
  };
  const resolved = resolveImplant({ ipgId, leads: [{ modelId: 'perc-8-3x4', placement }] }, defaultCatalogue());
  if (!resolved.ok) throw new Error(resolved.error);
  return resolved.implant;
}

function program(name: string, paradigm: Program['paradigm'], rateHz: number, amplitudeMa: number, pwUs: number) {
  return (dutyPct: number): Program => ({
    name,
    paradigm,
    rateHz: Hz(rateHz),
    areas: [
      {
        contacts: [
          { electrode: 3, polarity: 'cathode', fractionPct: 100 },
          { electrode: 4, polarity: 'anode', fractionPct: 100 },
        ],
        amplitudeMa: mA(amplitudeMa),
        pulseWidthUs: us(pwUs),
        dosing: { mode: 'absolute' },
      },
    ],
    cycling: dutyPct >= 100 ? undefined : { onS: (CYCLE_S * dutyPct) / 100, offS: (CYCLE_S * (100 - dutyPct)) / 100 },
    softStartS: 0,
    patientMaxMa: mA(25),
  });
}

const programs = [
  program('tonic 5 mA 300 µs 50 Hz', { kind: 'tonic', recharge: 'active', interphaseGapUs: us(20) }, 50, 5, 300),
  program('burst 1 mA 40 Hz × 5', { kind: 'burst', pulsesPerBurst: 5, intraBurstRateHz: Hz(500) }, 40, 1, 1000),
  program('10 kHz 3 mA 30 µs', { kind: 'highFrequency' }, 10_000, 3, 30),
];

const round = (value: number | null | undefined, digits: number) =>
  value === null || value === undefined ? null : Number(value.toFixed(digits));
const rechargeable = implantOf('ipg-rechargeable-32');
const primary = implantOf('ipg-primary-16');
for (const make of programs) {
  const row: Record<string, unknown> = { program: make(100).name };
  for (const duty of DUTY_PCT) {
    row[`recharge min/day @${duty}%`] = round(
      assessEnergy(rechargeable, [make(duty)]).active?.rechargeMinutesPerDay,
      1,
    );
  }
  if (make(100).paradigm.kind !== 'highFrequency') {
    for (const duty of [100, 0]) {
      row[`primary years @${duty}%`] = round(assessEnergy(primary, [make(duty)]).active?.longevityYears, 2);
    }
  }
  console.log(JSON.stringify(row));
}
