import { describe, expect, it } from 'vitest';
import {
  LOW_BATTERY_PCT,
  applyEdit,
  assessEnergy,
  assessSafety,
  batteryStatusOf,
  createNewSession,
  deviceStateOf,
  edit,
  encapsulationImpedanceFactor,
  impedanceCheck,
  mA,
  migratedPlacement,
  restoreSession,
  safetyOptionsOf,
  serializeSession,
  startVisit,
  undo,
  type Session,
} from '../../../src-core';
import { makeImplant } from '../helpers/device-builders';

const at = { program: 0, area: 0 };

/** The new session with a 3− 4+ bipole at `amplitudeMa`. */
function bipoleAt(amplitudeMa: number): Session {
  let s = createNewSession();
  s = applyEdit(s, { kind: 'cycleContact', ...at, electrode: 3 });
  s = applyEdit(s, { kind: 'setContactState', ...at, electrode: 4, state: 'anode' });
  return applyEdit(s, { kind: 'setAmplitude', ...at, amplitudeMa: mA(amplitudeMa) });
}

function restored(session: Session) {
  const r = restoreSession(serializeSession(session));
  if (!r.ok) throw new Error(r.error);
  return r;
}

describe('device state of a session', () => {
  it('gives every contact its patient’s factor, and the same at implant without conditions', () => {
    const { session, implant } = restored(createNewSession());
    const state = deviceStateOf(session, implant);
    expect(state.impedance.tissueFactors).toHaveLength(implant.contacts.length);
    expect(state.impedance.tissueFactors).toEqual(state.impedance.baselineTissueFactors);
    expect(state.complianceV).toBe(implant.ipg.complianceV);
    expect(state.complianceLimited).toBe(false);
    expect(state.batteryPct).toBeNull();
  });

  it('multiplies the factors by the encapsulation rise, and the check flags it against the baseline', () => {
    const s = applyEdit(createNewSession(), { kind: 'setConditions', conditions: { encapsulationWeeks: 8 } });
    const { session, implant } = restored(s);
    const state = deviceStateOf(session, implant);
    const rise = encapsulationImpedanceFactor(8);
    state.impedance.tissueFactors.forEach((f, k) =>
      expect(f).toBeCloseTo(state.impedance.baselineTissueFactors![k]! * rise, 12),
    );
    const report = impedanceCheck(implant, state.faults, state.impedance);
    expect(report.risen.length).toBe(implant.contacts.length);
    expect(report.problems).toEqual([]);
  });

  it('keeps conditions through the session file and clears them with {}', () => {
    const conditions = { encapsulationWeeks: 4, batteryPct: 8, complianceLimitV: 4 };
    const s = applyEdit(createNewSession(), { kind: 'setConditions', conditions });
    expect(restored(s).session.conditions).toEqual(conditions);
    const cleared = applyEdit(s, { kind: 'setConditions', conditions: {} });
    expect(cleared.conditions).toBeUndefined();
    expect(JSON.parse(serializeSession(cleared))).not.toHaveProperty('conditions');
  });

  it('is an undoable edit of the visit', () => {
    const visit = startVisit(createNewSession());
    const faulted = edit(visit, { kind: 'setConditions', conditions: { batteryPct: 5 } }, 0);
    expect(faulted.session.conditions).toEqual({ batteryPct: 5 });
    expect(undo(faulted).session.conditions).toBeUndefined();
  });

  it('a compliance limit below the need raises a compliance warning that a full IPG does not', () => {
    const s = bipoleAt(5);
    const { session, implant } = restored(s);
    const full = assessSafety(implant, session.programs, safetyOptionsOf(session, implant));
    const need = full.programs[0]!.areas[0]!.requiredVoltageV!;
    expect(full.programs[0]!.areas[0]!.withinCompliance).toBe(true);
    const limited = restored(applyEdit(s, { kind: 'setConditions', conditions: { complianceLimitV: need * 0.8 } }));
    const report = assessSafety(
      limited.implant,
      limited.session.programs,
      safetyOptionsOf(limited.session, limited.implant),
    );
    expect(report.complianceV).toBeCloseTo(need * 0.8, 9);
    expect(report.programs[0]!.areas[0]!.withinCompliance).toBe(false);
    expect(report.warnings.map((w) => w.code)).toContain('compliance');
    expect(report.warnings.find((w) => w.code === 'compliance')!.message).toMatch(/can reach only .* now \(rated/);
  });

  it('a limit above the rating changes nothing', () => {
    const s = applyEdit(bipoleAt(5), { kind: 'setConditions', conditions: { complianceLimitV: 30 } });
    const { session, implant } = restored(s);
    expect(deviceStateOf(session, implant).complianceLimited).toBe(false);
    expect(deviceStateOf(session, implant).complianceV).toBe(implant.ipg.complianceV);
  });
});

describe('battery status', () => {
  const implant = makeImplant();
  const session = bipoleAt(5);
  const energy = assessEnergy(implant, session.programs).active;

  it('gives the hours the remaining charge lasts on the running program, in proportion to the charge', () => {
    const low = batteryStatusOf(implant.ipg, energy, 8);
    const half = batteryStatusOf(implant.ipg, energy, 50);
    expect(low.low).toBe(true);
    expect(half.low).toBe(false);
    expect(low.hoursLeft!).toBeCloseTo((implant.ipg.batteryEnergyMwh * 0.08) / energy!.batteryPowerMw!, 9);
    expect(half.hoursLeft! / low.hoursLeft!).toBeCloseTo(50 / 8, 9);
    expect(low.yearsLeft).toBeNull();
    expect(batteryStatusOf(implant.ipg, energy, LOW_BATTERY_PCT).low).toBe(true);
  });

  it('gives years for a primary cell', () => {
    const primary = makeImplant({ ipgId: 'ipg-primary-16' });
    const e = assessEnergy(primary, session.programs).active;
    const status = batteryStatusOf(primary.ipg, e, 10);
    expect(status.hoursLeft).toBeNull();
    expect(status.yearsLeft!).toBeGreaterThan(0);
  });
});

describe('lead migration', () => {
  const placement = makeImplant().leads[0]!.placement;
  it('moves the tip along the canal or the lead across it by the distance', () => {
    expect(migratedPlacement(placement, 'caudal', 6).tip).toEqual({ level: 'T8', offsetMm: 6 });
    const cranial = migratedPlacement(placement, 'cranial', 6);
    expect(cranial.tip.level).toBe('T7');
    expect(migratedPlacement(cranial, 'caudal', 6).tip).toEqual(placement.tip);
    expect(migratedPlacement(placement, 'left', 3).lateralMm).toBe(3);
    expect(migratedPlacement(placement, 'right', 3).lateralMm).toBe(-3);
    expect(migratedPlacement(placement, 'left', 3).tip).toEqual(placement.tip);
  });

  it('keeps the lead within the canal’s lateral bound', () => {
    expect(migratedPlacement(placement, 'left', 40).lateralMm).toBe(12);
    expect(migratedPlacement(placement, 'right', 40).lateralMm).toBe(-12);
  });
});
