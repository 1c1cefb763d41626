import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  Hz,
  STRENGTH_DURATION_PULSE_WIDTHS_US,
  mA,
  restoreSession,
  weissFit,
  type TitrationPoint,
} from '../../../src-core';
import { ChartsPanel } from '../../../renderer/charts/ChartsPanel';
import { createAppStore, type AppStore } from '../../../renderer/store/app-store';
import { renderWithApp } from '../helpers';
import { makeSimulationResult } from '../simulation-result';

/** A store holding the sample leg-pain session (a deliverable tonic bipole at 5 mA). */
function sampleStore(): AppStore {
  const restored = restoreSession(readFileSync('resources/sessions/tonic-leg-pain.scs.json', 'utf8'));
  if (!restored.ok) throw new Error(restored.error);
  const store = createAppStore();
  store.getState().loadSession(restored.session, restored.implant);
  return store;
}

const result = makeSimulationResult({
  amplitudeMa: 5,
  perceptionThresholdMa: 2.1,
  comfortThresholdMa: 3.4,
  discomfortThresholdMa: 5.6,
  patientSays: 'I feel a light tingling.',
});

function titrationPoints(): TitrationPoint[] {
  return Array.from({ length: 8 }, (_, i) => ({
    amplitudeMa: i,
    painCoveredPct: i * 12,
    outsidePct: i * 3,
    peakIntensity: Math.min(1, i / 6),
    placesFelt: i,
    uncomfortable: i >= 6,
  }));
}

function sdData(count: number) {
  const points = STRENGTH_DURATION_PULSE_WIDTHS_US.slice(0, count).map((pulseWidthUs) => ({
    pulseWidthUs,
    perceptionMa: 1.5 * (1 + 200 / pulseWidthUs),
    discomfortMa: 3 * (1 + 200 / pulseWidthUs),
  }));
  return {
    points,
    complete: count === STRENGTH_DURATION_PULSE_WIDTHS_US.length,
    fit: weissFit(points),
    waveform: 'biphasic' as const,
  };
}

describe('ChartsPanel', () => {
  it('shows the pulse train first, in a tab list with one tab panel per chart', () => {
    renderWithApp(<ChartsPanel />, { store: sampleStore() });
    const tabs = within(screen.getByRole('tablist', { name: 'Charts' })).getAllByRole('tab');
    expect(tabs.map((t) => t.textContent)).toEqual(['Pulse train', 'Titration', 'Strength–duration', 'Energy', 'ECAP']);
    expect(screen.getByRole('tab', { name: 'Pulse train' }).getAttribute('aria-selected')).toBe('true');
    expect(tabs.map((t) => t.tabIndex)).toEqual([0, -1, -1, -1, -1]);
    const panel = screen.getByRole('tabpanel', { name: 'Pulse train' });
    expect(within(panel).getByLabelText('Charge per phase').textContent).toBe('1.500 µC');
  });

  it('switches charts by click', async () => {
    renderWithApp(<ChartsPanel />, { store: sampleStore() });
    const user = userEvent.setup();
    await user.click(screen.getByRole('tab', { name: 'Energy' }));
    expect(screen.getByRole('tab', { name: 'Energy' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tabpanel', { name: 'Energy' })).toBeDefined();
    expect(screen.getByRole('figure', { name: 'Energy and recharge' })).toBeDefined();
    expect(screen.queryByLabelText('Charge per phase')).toBeNull();
  });

  it('moves between tabs with the arrow keys, wrapping, and Home/End', async () => {
    renderWithApp(<ChartsPanel />, { store: sampleStore() });
    const user = userEvent.setup();
    await user.click(screen.getByRole('tab', { name: 'Pulse train' }));
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Titration' }));
    expect(screen.getByRole('tab', { name: 'Titration' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('figure', { name: 'Titration curve' })).toBeDefined();
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(screen.getByRole('tab', { name: 'ECAP' }).getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{Home}');
    expect(screen.getByRole('tab', { name: 'Pulse train' }).getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'ECAP' }));
  });
});

describe('TitrationChart in the panel', () => {
  async function openTitration(store: AppStore) {
    renderWithApp(<ChartsPanel />, { store });
    await userEvent.setup().click(screen.getByRole('tab', { name: 'Titration' }));
    return screen.getByRole('figure', { name: 'Titration curve' });
  }

  it('hides the model’s thresholds until the trainee asks for them', async () => {
    const store = sampleStore();
    store.setState({ titration: { points: titrationPoints(), perceptionMa: 2.1, comfortMa: 3.4, discomfortMa: 5.6 } });
    store.getState().setPhysiology({ status: 'ready', result, computeMs: 12 });
    const figure = await openTitration(store);
    expect(within(figure).getByLabelText('Thresholds').textContent).not.toContain('2.1 mA');
    expect(within(figure).getByLabelText('Thresholds').textContent).toContain('hidden');
  });

  it('lists the thresholds and the amplitude delivered now, which follows an amplitude change', async () => {
    const store = sampleStore();
    store.setState({ titration: { points: titrationPoints(), perceptionMa: 2.1, comfortMa: 3.4, discomfortMa: 5.6 } });
    store.getState().setPhysiology({ status: 'ready', result, computeMs: 12 });
    store.getState().setShowModelThresholds(true);
    const figure = await openTitration(store);
    expect(figure.getAttribute('data-chart-state')).toBe('ready');
    expect(figure.getAttribute('data-points')).toBe('8');
    expect(within(figure).getByLabelText('Thresholds').textContent).toBe(
      'Now 5.0 mA · P perception 2.1 mA · C comfort 3.4 mA · D discomfort 5.6 mA',
    );
    act(() => store.getState().applyEdit({ kind: 'setAmplitude', program: 0, area: 0, amplitudeMa: mA(3.2) }));
    expect(figure.getAttribute('data-current-amplitude')).toBe('3.20');
    expect(within(figure).getByLabelText('Thresholds').textContent).toMatch(/^Now 3\.2 mA/);
  });

  it('keeps the previous curve and says it is computing while the worker works', async () => {
    const store = sampleStore();
    store.setState({ titration: { points: titrationPoints(), perceptionMa: 2.1, comfortMa: 3.4, discomfortMa: 5.6 } });
    store.getState().setPhysiology({ status: 'computing', previous: result });
    const figure = await openTitration(store);
    expect(figure.getAttribute('data-chart-state')).toBe('computing');
    expect(within(figure).getByRole('status').textContent).toMatch(/Computing.*previous curve dimmed/);
    expect(figure.querySelector('.chart-plot--stale')).not.toBeNull();
  });

  it('says why there is no curve when the program cannot be delivered', async () => {
    const store = sampleStore();
    act(() => store.getState().applyEdit({ kind: 'cycleContact', program: 0, area: 0, electrode: 4 })); // + → off: no anode
    store.getState().setPhysiology({ status: 'idle' });
    const figure = await openTitration(store);
    expect(figure.getAttribute('data-chart-state')).toBe('unavailable');
    expect(figure.textContent).toMatch(/The program cannot be delivered: .*anode/i);
  });
});

describe('StrengthDurationChart in the panel', () => {
  async function openSd(store: AppStore) {
    renderWithApp(<ChartsPanel />, { store });
    await userEvent.setup().click(screen.getByRole('tab', { name: 'Strength–duration' }));
    return screen.getByRole('figure', { name: 'Strength–duration curve' });
  }

  it('shows how far the sweep has got and the fit once two points are in', async () => {
    const store = sampleStore();
    store.getState().setPhysiology({ status: 'ready', result, computeMs: 12 });
    store.getState().setStrengthDuration(sdData(5));
    const figure = await openSd(store);
    expect(within(figure).getByRole('status').textContent).toBe(
      `computing 5 of ${STRENGTH_DURATION_PULSE_WIDTHS_US.length}…`,
    );
    expect(within(figure).getByLabelText('Weiss fit').textContent).toBe('rheobase 1.5 mA, chronaxie 200 µs');
    act(() => store.getState().setStrengthDuration(sdData(STRENGTH_DURATION_PULSE_WIDTHS_US.length)));
    expect(within(figure).queryByRole('status')).toBeNull();
    expect(figure.getAttribute('data-chart-state')).toBe('ready');
  });

  it('waits for the fit until two points are in', async () => {
    const store = sampleStore();
    store.getState().setPhysiology({ status: 'ready', result, computeMs: 12 });
    store.getState().setStrengthDuration(sdData(1));
    const figure = await openSd(store);
    expect(within(figure).getByLabelText('Weiss fit').textContent).toBe('Fit when two points are in.');
  });
});

describe('EnergyChart in the panel', () => {
  it('states the battery cost now and follows a rate change', async () => {
    const store = sampleStore();
    renderWithApp(<ChartsPanel />, { store });
    const user = userEvent.setup();
    await user.click(screen.getByRole('tab', { name: 'Energy' }));
    const figure = screen.getByRole('figure', { name: 'Energy and recharge' });
    expect(within(figure).getByLabelText('Energy now').textContent).toMatch(
      /^Now 5\.0 mA: \d+ min of charging a day .* 75 µC\/s/,
    );
    const before = Number(figure.getAttribute('data-current-value'));
    act(() => store.getState().applyEdit({ kind: 'setRate', program: 0, rateHz: Hz(100) }));
    expect(Number(figure.getAttribute('data-current-value'))).toBeGreaterThan(before);
    expect(within(figure).getByLabelText('Energy now').textContent).toMatch(/150 µC\/s/);
    expect(within(figure).getByLabelText('Compare paradigm presets, same contacts (log scale)')).toBeDefined();
  });
});
