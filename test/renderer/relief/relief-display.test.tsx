import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Relief } from '../../../src-core';
import { BodyMapPanel } from '../../../renderer/bodymap/BodyMapPanel';
import { formatElapsed, reliefHint, washInWords } from '../../../renderer/patient/relief-text';
import { PatientPanel } from '../../../renderer/patient/PatientPanel';
import { createAppStore } from '../../../renderer/store/app-store';
import { renderWithApp } from '../helpers';
import { makeSimulationResult } from '../simulation-result';

const KILOHERTZ = { kind: 'kilohertz', reliefMax: 0.7, halfTimeMin: 1440 } as const;

function makeRelief(over: Partial<Relief> = {}): Relief {
  return {
    elapsedMin: 30,
    overallPct: 22.4,
    places: [
      { dermatome: 'L5', side: 'left', reliefPct: 44.8, mechanism: 'paresthesia', doseRatio: 0 },
      { dermatome: 'L4', side: 'left', reliefPct: 0, mechanism: 'none', doseRatio: 0 },
    ],
    paresthesiaFree: null,
    washedInFraction: 1,
    ...over,
  };
}

/** A store with pain in L5 and L4 left, paresthesia over L5 left, and the given relief in the shown answer. */
function storeWith(relief: Relief) {
  const store = createAppStore();
  store.getState().applyEdit({
    kind: 'setPainMap',
    painMap: [
      { dermatome: 'L5', side: 'left' },
      { dermatome: 'L4', side: 'left' },
    ],
  });
  store.getState().setPhysiology({
    status: 'ready',
    computeMs: 1,
    result: makeSimulationResult({
      paresthesia: [{ dermatome: 'L5', side: 'left', intensity: 0.6, via: 'dorsalColumn' }],
      coverage: { painCoveredPct: 50, extraneousPct: 0 },
      elapsedMin: relief.elapsedMin,
      relief,
      patientSays: 'I feel tingling. My left leg pain is a little better.',
    }),
  });
  return store;
}

describe('the relief words', () => {
  it('shows simulated time in minutes, hours and days', () => {
    expect(formatElapsed(0)).toBe('0 min');
    expect(formatElapsed(45)).toBe('45 min');
    expect(formatElapsed(135)).toBe('2 h 15 min');
    expect(formatElapsed(120)).toBe('2 h');
    expect(formatElapsed(26 * 60 + 10)).toBe('1 d 2 h');
    expect(formatElapsed(7 * 1440)).toBe('7 d');
  });

  it('words a wash-in half-time roughly', () => {
    expect(washInWords(11.2)).toBe('about 10 minutes');
    expect(washInWords(180)).toBe('about 3 hours');
    expect(washInWords(1440)).toBe('about a day');
    expect(washInWords(3 * 1440)).toBe('about 3 days');
  });

  it('asks for time while a paresthesia-free program washes in, and says nothing once it has', () => {
    const start = makeRelief({ elapsedMin: 0, overallPct: 0, paresthesiaFree: KILOHERTZ, washedInFraction: 0 });
    expect(reliefHint(start)).toBe('Relief builds over about a day — let time pass.');
    const day = makeRelief({ elapsedMin: 1440, paresthesiaFree: KILOHERTZ, washedInFraction: 0.5 });
    expect(reliefHint(day)).toBe('Still building over about a day — let more time pass.');
    expect(reliefHint(makeRelief({ paresthesiaFree: KILOHERTZ, washedInFraction: 0.875 }))).toBeNull();
    expect(reliefHint(makeRelief({ elapsedMin: 0, overallPct: 0 }))).toMatch(/within minutes — let time pass/);
    expect(reliefHint(makeRelief())).toBeNull();
  });
});

describe('relief on the body map', () => {
  it('puts relief beside coverage in the headline, each named, with the time and the teaching-model tag', () => {
    renderWithApp(<BodyMapPanel />, { store: storeWith(makeRelief()) });
    const map = screen.getByRole('region', { name: 'Body map' });
    expect(within(map).getByLabelText('Pain covered by paresthesia').textContent).toBe('50 %');
    const relief = within(map).getByLabelText('Pain relief');
    expect(relief.textContent).toBe('22 %');
    const description = document.getElementById(relief.getAttribute('aria-describedby') ?? '');
    expect(description?.textContent).toBe('after 30 min');
    expect(within(map).getByText('teaching model').getAttribute('title')).toMatch(/teaching model/);
  });

  it('says relief is still to come for a 10 kHz program at the start', () => {
    const relief = makeRelief({ elapsedMin: 0, overallPct: 0, paresthesiaFree: KILOHERTZ, washedInFraction: 0 });
    renderWithApp(<BodyMapPanel />, { store: storeWith(relief) });
    expect(screen.getByText('Relief builds over about a day — let time pass.').tagName).toBe('P');
  });

  it('shades relieved pain in the relief layer, marks unrelieved pain apart, and names relief in the region', async () => {
    const user = userEvent.setup();
    const { store } = renderWithApp(<BodyMapPanel />, { store: storeWith(makeRelief()) });
    const chart = screen.getByRole('group', { name: 'Dermatome chart, front and back' });
    const l5 = within(chart).getAllByRole('img', { name: /^L5 left \(/ })[0]!;
    const l4 = within(chart).getAllByRole('img', { name: /^L4 left \(/ })[0]!;
    expect(l5.getAttribute('aria-label')).toContain('pain, tingling 60 %, relief 45 %');
    expect(l4.getAttribute('aria-label')).toContain('pain, relief 0 %');
    // The paresthesia layer first: the tingling drawn, no relief shade.
    expect(l5.querySelector('.bodymap__felt')).not.toBeNull();
    expect(chart.querySelector('.bodymap__relief')).toBeNull();

    await user.click(screen.getByRole('radio', { name: 'Relief' }));
    expect(store.getState().bodyMapLayer).toBe('relief');
    expect(l5.querySelector('.bodymap__relief')).not.toBeNull();
    expect(l5.querySelector('.bodymap__felt')).toBeNull();
    expect(l5.classList.contains('bodymap__region--relieved')).toBe(true);
    expect(l4.querySelector('.bodymap__relief')).toBeNull();
    expect(l4.querySelector('.bodymap__unrelieved')).not.toBeNull();
    expect(l4.classList.contains('bodymap__region--unrelieved')).toBe(true);
    expect(screen.getByRole('list', { name: 'Legend' }).textContent).toContain('Pain not relieved');
  });
});

describe('the program clock in the patient panel', () => {
  it('lets a day pass and restarts, and names relief beside coverage', async () => {
    const user = userEvent.setup();
    const { store } = renderWithApp(<PatientPanel />, { store: storeWith(makeRelief()) });
    const clock = screen.getByRole('group', { name: 'Time passes' });
    expect(within(clock).getByRole('status').textContent).toBe('Program running for 0 min');
    expect(within(clock).getByRole<HTMLButtonElement>('button', { name: 'Restart clock' }).disabled).toBe(true);
    await user.click(within(clock).getByRole('button', { name: '+1 day' }));
    await user.click(within(clock).getByRole('button', { name: '+1 hour' }));
    expect(store.getState().programClock.elapsedMin).toBe(25 * 60);
    expect(within(clock).getByRole('status').textContent).toBe('Program running for 1 d 1 h');
    await user.click(within(clock).getByRole('button', { name: 'Restart clock' }));
    expect(store.getState().programClock.elapsedMin).toBe(0);
    expect(screen.getByText('Changing the program restarts its wash-in.').tagName).toBe('P');
    expect(screen.getByLabelText('Pain covered by paresthesia').textContent).toBe('50 %');
    expect(screen.getByLabelText('Pain relief').textContent).toBe('22 % after 30 min');
  });
});
