import { describe, expect, it } from 'vitest';
import { mA, mm } from '../../../src-core';
import {
  DETECTED_BY,
  activeFault,
  detectFaults,
  detectionDelayS,
  injectFault,
  undoFault,
} from '../../../renderer/store/fault-log';
import { makeBipoleStore } from '../helpers';

describe('the fault log', () => {
  it('records injection, the first detecting action and its time, and later actions change nothing', () => {
    let log = injectFault([], 'open', 'contact 3 open', 10);
    log = [...detectFaults(log, 'amplitudeDown', 12)]; // not how an open contact is found
    expect(log[0]!.detectedAtS).toBeNull();
    log = [...detectFaults(log, 'impedanceCheck', 25)];
    expect(log[0]).toMatchObject({ detectedAtS: 25, detectedBy: 'impedanceCheck' });
    expect(detectionDelayS(log[0]!)).toBe(15);
    expect(detectFaults(log, 'impedanceCheck', 40)).toBe(log);
  });

  it('never detects a fault already undone, and a new fault of a kind replaces the active one', () => {
    let log = injectFault([], 'migration', 'lead 1 slipped', 5);
    log = undoFault(log, 'migration', 8);
    expect(detectFaults(log, 'amplitudeDown', 9)).toBe(log);
    log = injectFault(injectFault(log, 'posture', 'sitting', 10), 'posture', 'standing', 20);
    expect(log.filter((e) => e.kind === 'posture' && e.undoneAtS === null)).toHaveLength(1);
    expect(activeFault(log, 'posture')?.label).toBe('standing');
  });

  it('has a detecting action for every fault', () => {
    for (const signals of Object.values(DETECTED_BY)) expect(signals.length).toBeGreaterThan(0);
  });
});

describe('fault detection in the store', () => {
  it('a migration is detected when the trainee turns the amplitude down, not by the instructor’s own edit', () => {
    const store = makeBipoleStore(4);
    const state = store.getState();
    const placement = state.visit.session.hardware.leads[0]!.placement;
    const edits = state.visitLog.editCount;
    state.applyInstructorEdit({ kind: 'setPlacement', lead: 0, placement: { ...placement, lateralMm: mm(3) } });
    state.noteFaultInjected('migration', 'lead 1 slipped 3 mm left', 1000, { lead: 0, placement });
    expect(store.getState().visitLog.editCount).toBe(edits);
    expect(store.getState().visit.past.length).toBeGreaterThan(0); // undoable
    store.getState().applyEdit({ kind: 'setAmplitude', program: 0, area: 0, amplitudeMa: mA(5) });
    expect(activeFault(store.getState().visitLog.faultEvents, 'migration')?.detectedAtS).toBeNull();
    store.getState().applyEdit({ kind: 'setAmplitude', program: 0, area: 0, amplitudeMa: mA(3) }, 1e9);
    const event = activeFault(store.getState().visitLog.faultEvents, 'migration')!;
    expect(event.detectedBy).toBe('amplitudeDown');
    expect(event.detectedAtS).not.toBeNull();
  });

  it('an open contact is detected by the impedance check', () => {
    const store = makeBipoleStore(4);
    store.getState().applyInstructorEdit({ kind: 'setFaults', faults: [{ kind: 'open', contact: 3 }] });
    store.getState().noteFaultInjected('open', 'contact 3 open', 0, { fault: { kind: 'open', contact: 3 } });
    store.getState().noteImpedanceChecked();
    expect(activeFault(store.getState().visitLog.faultEvents, 'open')?.detectedBy).toBe('impedanceCheck');
  });

  it('a new session starts with an empty fault log', () => {
    const store = makeBipoleStore(4);
    store.getState().noteFaultInjected('lowBattery', 'battery at 8 %', 0);
    const { visit, implant } = store.getState();
    store.getState().loadSession(visit.session, implant);
    expect(store.getState().visitLog.faultEvents).toEqual([]);
  });
});
