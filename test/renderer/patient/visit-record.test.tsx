import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SimulationResult } from '../../../src-core';
import { connectSensationLog, SETTLE_MS, type LogClock } from '../../../renderer/patient/sensation-log';
import { PatientPanel } from '../../../renderer/patient/PatientPanel';
import { makeBipoleStore, renderWithApp } from '../helpers';
import { makeSimulationResult } from '../simulation-result';

const result = (amplitudeMa: number, patientSays: string): SimulationResult =>
  makeSimulationResult({
    amplitudeMa,
    perceptionThresholdMa: 2.7,
    comfortThresholdMa: 4.3,
    discomfortThresholdMa: 5.1,
    paresthesia: [{ dermatome: 'L5', side: 'left', intensity: 0.4, via: 'dorsalColumn' }],
    patientSays,
  });

/** A manual clock: timers fire only when the test advances time. */
function manualClock() {
  let now = 0;
  const timers = new Map<number, { at: number; callback: () => void }>();
  let next = 1;
  const clock: LogClock = {
    now: () => now,
    setTimeout: (callback, ms) => {
      timers.set(next, { at: now + ms, callback });
      return next++;
    },
    clearTimeout: (handle) => void timers.delete(handle as number),
  };
  const advance = (ms: number) => {
    now += ms;
    for (const [id, timer] of [...timers]) {
      if (timer.at > now) continue;
      timers.delete(id);
      timer.callback();
    }
  };
  return { clock, advance };
}

describe('the sensation history', () => {
  it('writes what the patient says once an answer has stood, not every step of a drag', () => {
    const store = makeBipoleStore(3);
    const { clock, advance } = manualClock();
    connectSensationLog(store, clock);
    store
      .getState()
      .setPhysiology({ status: 'ready', result: result(2.0, 'I don’t feel anything yet.'), computeMs: 1 });
    advance(SETTLE_MS / 3);
    store.getState().setPhysiology({ status: 'ready', result: result(2.5, 'I feel a faint tingling.'), computeMs: 1 });
    advance(SETTLE_MS / 3);
    store
      .getState()
      .setPhysiology({ status: 'ready', result: result(3.0, 'I feel tingling in my left foot.'), computeMs: 1 });
    expect(store.getState().visitRecord.sensations).toHaveLength(0);
    advance(SETTLE_MS);
    const notes = store.getState().visitRecord.sensations;
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({
      amplitudeMa: 3,
      patientSaid: 'I feel tingling in my left foot.',
      configuration: 'Tonic · 3− 4+ · 300 µs · 50 Hz',
      posture: 'supine',
    });
  });
});

describe('recording thresholds in the patient panel', () => {
  it('records the amplitude the patient gets now for the active configuration, and hides the model’s values until asked', () => {
    const store = makeBipoleStore(2.8);
    store.getState().setPhysiology({ status: 'ready', result: result(2.8, 'I feel a faint tingling.'), computeMs: 1 });
    renderWithApp(<PatientPanel />, { store });
    const group = screen.getByRole('group', { name: 'Thresholds found' });
    expect(within(group).getByLabelText('Recorded perception').textContent).toContain('—');
    expect(within(group).queryByLabelText('Model perception')).toBeNull();
    fireEvent.click(within(group).getByRole('button', { name: 'Record perception' }));
    expect(within(group).getByLabelText('Recorded perception').textContent).toContain('2.8 mA');
    expect(store.getState().visitRecord.thresholds[0]).toMatchObject({
      kind: 'perception',
      amplitudeMa: 2.8,
      configuration: 'Tonic · 3− 4+ · 300 µs · 50 Hz',
    });
    expect(store.getState().dirty).toBe(true);
    fireEvent.click(within(group).getByRole('checkbox', { name: /Show the model’s thresholds/ }));
    expect(within(group).getByLabelText('Model perception').textContent).toContain('2.7 mA');
  });

  it('shows another configuration’s thresholds as not yet found', () => {
    const store = makeBipoleStore(2.8);
    renderWithApp(<PatientPanel />, { store });
    fireEvent.click(screen.getByRole('button', { name: 'Record perception' }));
    act(() =>
      store.getState().applyEdit({ kind: 'setContactState', program: 0, area: 0, electrode: 5, state: 'anode' }),
    );
    expect(screen.getByLabelText('Recorded perception').textContent).toContain('—');
  });

  it('keeps thresholds found lying down apart from those in another posture', () => {
    const store = makeBipoleStore(2.8);
    renderWithApp(<PatientPanel />, { store });
    fireEvent.click(screen.getByRole('button', { name: 'Record perception' }));
    act(() => store.getState().setPosture('sitting'));
    expect(screen.getByLabelText('Recorded perception').textContent).toContain('—');
    expect(screen.getByRole('group', { name: 'Thresholds found' }).textContent).toContain('sitting');
    act(() => store.getState().setPosture('supine'));
    expect(screen.getByLabelText('Recorded perception').textContent).toContain('2.8 mA');
  });

  it('records 0 mA while stimulation is off, as the patient gets nothing', () => {
    const store = makeBipoleStore(2.8);
    store.getState().setStimulationOn(false);
    renderWithApp(<PatientPanel />, { store });
    screen.getByText('Stimulation is off.'); // throws when absent
    fireEvent.click(screen.getByRole('button', { name: 'Record discomfort' }));
    expect(store.getState().visitRecord.thresholds[0]!.amplitudeMa).toBe(0);
  });
});
