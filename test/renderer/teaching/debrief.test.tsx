import { act, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { PhysiologyEngine, mA } from '../../../src-core';
import { startCase } from '../../../renderer/commands/case-actions';
import { connectPhysiology } from '../../../renderer/physiology/physiology-client';
import { createPhysiologyService } from '../../../renderer/physiology/physiology-service';
import type { PhysiologyRequest, PhysiologyResponse } from '../../../renderer/physiology/protocol';
import { createAppStore, type AppStore } from '../../../renderer/store/app-store';
import type { CaseResult } from '../../../renderer/store/teaching-slice';
import { DebriefScreen } from '../../../renderer/teaching/DebriefScreen';
import { CASE_LIBRARY } from '../../../renderer/teaching/case-library';
import { makePlatform, renderWithApp } from '../helpers';

/** A worker stand-in that answers only `score`, with the real service (and its own scoring engine). */
class ScoringWorker {
  onmessage: ((event: MessageEvent<PhysiologyResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  readonly scoreRequests: PhysiologyRequest[] = [];
  private readonly service = createPhysiologyService(new PhysiologyEngine(), (message) =>
    this.onmessage?.({ data: message } as MessageEvent<PhysiologyResponse>),
  );
  postMessage(request: PhysiologyRequest) {
    if (request.type !== 'score') return;
    this.scoreRequests.push(request);
    this.service.handle(request);
  }
  terminate() {}
}

const easiest = () => {
  const entry = CASE_LIBRARY.find((e) => e.ok && e.case.id === 'fbss-left-leg');
  if (!entry?.ok) throw new Error('no easiest case');
  return entry.case;
};

describe('the debrief', () => {
  let store: AppStore;
  let worker: ScoringWorker;
  const finished: CaseResult[] = [];

  beforeAll(async () => {
    store = createAppStore();
    await startCase(store, makePlatform().platform, easiest());
    const s = () => store.getState();
    const at = { program: 0, area: 0 };
    s().noteImpedanceChecked();
    s().applyEdit({ kind: 'setContactState', ...at, electrode: 4, state: 'cathode' });
    s().applyEdit({ kind: 'setContactState', ...at, electrode: 5, state: 'anode' });
    // Seconds apart: two separate amplitude edits (within a second they would be one gesture, one undo step).
    s().applyEdit({ kind: 'setAmplitude', ...at, amplitudeMa: mA(2) }, 10_000);
    s().recordThreshold('perception', performance.now());
    s().applyEdit({ kind: 'setAmplitude', ...at, amplitudeMa: mA(3) }, 20_000);
    s().saveToDevice();
    // The hook progress and the visit report take: every finished case passes through the store's `debrief`.
    store.subscribe((state, previous) => {
      if (state.debrief !== previous.debrief && state.debrief.status === 'ready') finished.push(state.debrief.result);
    });
    worker = new ScoringWorker();
    connectPhysiology(store, worker as unknown as Worker);
    s().finishVisit();
  }, 60_000);

  it('is scored once, in the worker, with the visit log’s facts', () => {
    expect(worker.scoreRequests).toHaveLength(1);
    const request = worker.scoreRequests[0] as Extract<PhysiologyRequest, { type: 'score' }>;
    expect(request.log).toEqual({ impedanceChecked: true, editCount: 4, hintsUsed: 0 });
    expect(store.getState().debrief.status).toBe('ready');
    expect(finished).toHaveLength(1);
    expect(finished[0]!.caseId).toBe('fbss-left-leg');
  });

  it('shows the score, level and reasons, the checklist, thresholds against the model and both programs', () => {
    renderWithApp(<DebriefScreen />, { store });
    const score = finished[0]!.score!;
    const main = screen.getByRole('main', { name: `Debrief: ${easiest().title}` });
    expect(within(main).getByLabelText('Score').textContent).toBe(`${score.score.toFixed(1)} / 100`);
    expect(main.textContent).toContain(score.levelReason);
    const checklist = within(main).getByRole('table', { name: 'Procedure checklist' });
    expect(within(checklist).getByRole('row', { name: /Impedance checked/ }).textContent).toContain('Pass');
    expect(within(checklist).getByRole('row', { name: /Program saved/ }).textContent).toContain('Pass');
    const thresholds = within(main).getByRole('table', { name: 'Thresholds recorded and the model’s' });
    expect(within(thresholds).getByRole('row', { name: /Perception/ }).textContent).toContain('2.00 mA');
    expect(within(thresholds).getByRole('row', { name: /Comfort/ }).textContent).toContain('not recorded');
    for (const line of score.feedback) expect(main.textContent).toContain(line);
    expect(within(main).getByRole('group', { name: 'Your program: dermatome chart' })).toBeTruthy();
    expect(within(main).getByRole('group', { name: 'Expert benchmark: dermatome chart' })).toBeTruthy();
    expect(main.textContent).toContain(score.benchmarkDescription!);
    expect(within(main).getByRole('list', { name: 'Visit timeline' }).textContent).toMatch(
      /0:0\d.*Perception threshold recorded at 2\.0 mA/,
    );
  });

  it('says it is scoring while the worker works, and offers the way back', () => {
    act(() => store.setState({ debrief: { status: 'scoring' } }));
    renderWithApp(<DebriefScreen />, { store });
    expect(screen.getByRole('status').textContent).toContain('Scoring the visit');
    act(() => screen.getByRole('button', { name: 'Back to the visit' }).click());
    expect(store.getState().screen).toBe('workstation');
  });
});
