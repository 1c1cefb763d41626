import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DERMATOMES, type SimulationResult } from '../../../src-core';
import { BodyMapPanel } from '../../../renderer/bodymap/BodyMapPanel';
import { createAppStore } from '../../../renderer/store/app-store';
import { renderWithApp } from '../helpers';
import { makeSimulationResult } from '../simulation-result';

function makeResult(over: Partial<SimulationResult> = {}): SimulationResult {
  return makeSimulationResult({
    amplitudeMa: 4.5,
    perceptionThresholdMa: 2.7,
    comfortThresholdMa: 4.3,
    discomfortThresholdMa: 5.1,
    ...over,
  });
}

/** A store whose patient has drawn pain in L5 left and L4 left, feeling 40 % tingling in L5 left. */
function makeStoreWithLegPain() {
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
    computeMs: 12,
    result: makeResult({
      paresthesia: [
        { dermatome: 'L5', side: 'left', intensity: 0.4, via: 'dorsalColumn' },
        { dermatome: 'T10', side: 'right', intensity: 0.9, via: 'dorsalRoot' },
      ],
      coverage: { painCoveredPct: 50, extraneousPct: 50 },
    }),
  });
  return store;
}

const painMapOf = (store: ReturnType<typeof createAppStore>) => store.getState().visit.session.patient.painMap ?? [];

describe('BodyMapPanel', () => {
  it('draws a region for every dermatome on both sides', () => {
    renderWithApp(<BodyMapPanel />);
    const chart = screen.getByRole('group', { name: 'Dermatome chart, front and back' });
    const names = within(chart)
      .getAllByRole('img')
      .map((el) => el.getAttribute('aria-label') ?? '');
    for (const dermatome of DERMATOMES) {
      for (const side of ['left', 'right']) {
        expect(
          names.some((n) => n.startsWith(`${dermatome} ${side} (`)),
          `${dermatome} ${side}`,
        ).toBe(true);
      }
    }
    // Front and back both show the legs: L5 left appears on each.
    expect(screen.getByRole('img', { name: 'L5 left (front): nothing' })).toBeDefined();
    expect(screen.getByRole('img', { name: 'L5 left (back): nothing' })).toBeDefined();
  });

  it('names a painful region that is felt with its pain and tingling intensity', () => {
    renderWithApp(<BodyMapPanel />, { store: makeStoreWithLegPain() });
    const region = screen.getByRole('img', { name: 'L5 left (back): pain, tingling 40 %' });
    expect(region.getAttribute('data-pain')).toBe('true');
    expect(region.getAttribute('data-intensity')).toBe('0.40');
    expect(screen.getByRole('img', { name: 'L4 left (front): pain' }).getAttribute('data-intensity')).toBe('0');
    expect(screen.getByRole('img', { name: 'L4 right (front): nothing' }).getAttribute('data-pain')).toBe('false');
  });

  it('draws stronger paresthesia more opaque and marks dorsal-root sensation with a dashed outline', () => {
    renderWithApp(<BodyMapPanel />, { store: makeStoreWithLegPain() });
    const opacity = (name: string) =>
      Number(screen.getByRole('img', { name }).querySelector('.bodymap__felt')?.getAttribute('fill-opacity'));
    expect(opacity('T10 right (front): root prickling 90 %')).toBeGreaterThan(
      opacity('L5 left (front): pain, tingling 40 %'),
    );
    expect(
      screen.getByRole('img', { name: 'T10 right (front): root prickling 90 %' }).querySelector('.bodymap__root'),
    ).not.toBeNull();
    expect(
      screen.getByRole('img', { name: 'L5 left (front): pain, tingling 40 %' }).querySelector('.bodymap__root'),
    ).toBeNull();
  });

  it('shows the coverage headline of the pain drawing by the result’s paresthesia', () => {
    renderWithApp(<BodyMapPanel />, { store: makeStoreWithLegPain() });
    expect(screen.getByLabelText('Pain covered by paresthesia').textContent).toBe('50 %');
    expect(screen.getByLabelText('Paresthesia outside pain').textContent).toBe('50 %');
  });

  it('keeps the previous result, dimmed, while the model computes, and shows dashes when idle', () => {
    const store = makeStoreWithLegPain();
    const state = store.getState().physiology;
    if (state.status !== 'ready') throw new Error('expected a ready result');
    renderWithApp(<BodyMapPanel />, { store });
    act(() => store.getState().setPhysiology({ status: 'computing', previous: state.result }));
    expect(screen.getByText(/Updating/)).toBeDefined();
    expect(screen.getByLabelText('Pain covered by paresthesia').textContent).toBe('50 %');
    expect(screen.getByLabelText('Pain covered by paresthesia').closest('.bodymap__headline--stale')).not.toBeNull();
    expect(screen.getByRole('img', { name: 'L5 left (back): pain, tingling 40 %' })).toBeDefined();
    act(() => store.getState().setPhysiology({ status: 'idle' }));
    expect(screen.getByLabelText('Pain covered by paresthesia').textContent).toBe('—');
  });

  it('toggles a region in the pain map when clicked in edit mode, and undo restores it', async () => {
    const store = makeStoreWithLegPain();
    renderWithApp(<BodyMapPanel />, { store });
    const user = userEvent.setup();
    // Not editing: regions are pictures, not buttons.
    expect(screen.queryByRole('button', { name: /^S1 left \(back\)/ })).toBeNull();
    await user.click(screen.getByLabelText('Edit pain map'));
    await user.click(screen.getByRole('button', { name: 'S1 left (back): nothing' }));
    expect(painMapOf(store)).toContainEqual({ dermatome: 'S1', side: 'left' });
    expect(screen.getByRole('button', { name: 'S1 left (back): pain' }).getAttribute('aria-pressed')).toBe('true');
    // The headline follows the drawing at once: 1 of 3 painful places is felt now.
    expect(screen.getByLabelText('Pain covered by paresthesia').textContent).toBe('33 %');

    await user.click(screen.getByRole('button', { name: 'L5 left (front): pain, tingling 40 %' }));
    expect(painMapOf(store)).not.toContainEqual({ dermatome: 'L5', side: 'left' });

    act(() => {
      store.getState().undo();
      store.getState().undo();
    });
    expect(painMapOf(store)).toEqual([
      { dermatome: 'L5', side: 'left' },
      { dermatome: 'L4', side: 'left' },
    ]);
  });

  it('toggles a region from the keyboard', async () => {
    const { store } = renderWithApp(<BodyMapPanel />);
    const user = userEvent.setup();
    await user.click(screen.getByLabelText('Edit pain map'));
    screen.getByRole('button', { name: 'C6 right (front): nothing' }).focus();
    await user.keyboard(' ');
    expect(painMapOf(store)).toEqual([{ dermatome: 'C6', side: 'right' }]);
    await user.keyboard('{Enter}');
    expect(painMapOf(store)).toEqual([]);
  });
});
