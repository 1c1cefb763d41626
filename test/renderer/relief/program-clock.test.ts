import { describe, expect, it } from 'vitest';
import { Hz, mA, mm, us } from '../../../src-core';
import { CLOCK_MAX_MIN } from '../../../renderer/store/clock-slice';
import { makeBipoleStore } from '../helpers';

const at = { program: 0, area: 0 };
const DAY = 24 * 60;

describe('the program clock', () => {
  it('starts at 0 and lets simulated time pass in steps, up to a year', () => {
    const store = makeBipoleStore(2);
    expect(store.getState().programClock.elapsedMin).toBe(0);
    store.getState().advanceClock(15);
    store.getState().advanceClock(DAY);
    expect(store.getState().programClock.elapsedMin).toBe(DAY + 15);
    store.getState().advanceClock(-5);
    store.getState().advanceClock(Number.NaN);
    expect(store.getState().programClock.elapsedMin).toBe(DAY + 15);
    store.getState().advanceClock(400 * DAY);
    expect(store.getState().programClock.elapsedMin).toBe(CLOCK_MAX_MIN);
  });

  it('restarts on demand, the program unchanged', () => {
    const store = makeBipoleStore(2);
    store.getState().advanceClock(60);
    const visit = store.getState().visit;
    store.getState().restartClock();
    expect(store.getState().programClock.elapsedMin).toBe(0);
    expect(store.getState().visit).toBe(visit);
  });

  it.each([
    ['amplitude', { kind: 'setAmplitude', ...at, amplitudeMa: mA(2.5) }],
    ['pulse width', { kind: 'setPulseWidth', ...at, pulseWidthUs: us(400) }],
    ['rate', { kind: 'setRate', program: 0, rateHz: Hz(60) }],
    ['polarity', { kind: 'setContactState', ...at, electrode: 5, state: 'anode' }],
    [
      'dosing',
      {
        kind: 'setDosing',
        ...at,
        dosing: { mode: 'subPerception', percentOfPerception: 60, perceptionThresholdMa: mA(2) },
      },
    ],
  ] as const)('restarts when the program’s %s changes', (_name, change) => {
    const store = makeBipoleStore(2);
    store.getState().advanceClock(DAY);
    store.getState().applyEdit(change);
    expect(store.getState().programClock.elapsedMin).toBe(0);
  });

  it('restarts when a lead moves, stimulation is switched off or another session is opened', () => {
    const store = makeBipoleStore(2);
    store.getState().advanceClock(DAY);
    const placement = store.getState().visit.session.hardware.leads[0]!.placement;
    store.getState().applyEdit({ kind: 'setPlacement', lead: 0, placement: { ...placement, lateralMm: mm(2) } });
    expect(store.getState().programClock.elapsedMin).toBe(0);
    store.getState().advanceClock(DAY);
    store.getState().setStimulationOn(false);
    expect(store.getState().programClock.elapsedMin).toBe(0);
    store.getState().setStimulationOn(true);
    store.getState().advanceClock(DAY);
    const { visit, implant } = store.getState();
    store.getState().loadSession(visit.session, implant);
    expect(store.getState().programClock.elapsedMin).toBe(0);
  });

  it('keeps running through posture, the pain drawing and view changes', () => {
    const store = makeBipoleStore(2);
    store.getState().advanceClock(DAY);
    store.getState().setPosture('standing');
    store.getState().applyEdit({ kind: 'setPainMap', painMap: [{ dermatome: 'L5', side: 'left' }] });
    store.getState().setChartTab('energy');
    store.getState().setBodyMapLayer('relief');
    store.getState().setTheme('light');
    expect(store.getState().programClock.elapsedMin).toBe(DAY);
  });

  it('restarts when undo takes the program back, even to settings it ran with before', () => {
    const store = makeBipoleStore(2);
    store.getState().applyEdit({ kind: 'setAmplitude', ...at, amplitudeMa: mA(3) }, 0);
    store.getState().advanceClock(DAY);
    store.getState().undo();
    expect(store.getState().programClock.elapsedMin).toBe(0);
  });
});
