import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { HINT_PENALTY_POINTS, PhysiologyEngine, mA } from '../../../src-core';
import { startCase } from '../../../renderer/commands/case-actions';
import { connectPhysiology } from '../../../renderer/physiology/physiology-client';
import { createPhysiologyService } from '../../../renderer/physiology/physiology-service';
import type { PhysiologyRequest, PhysiologyResponse } from '../../../renderer/physiology/protocol';
import { createAppStore, type AppStore } from '../../../renderer/store/app-store';
import { CaseBrief } from '../../../renderer/teaching/CaseBrief';
import { CASE_LIBRARY } from '../../../renderer/teaching/case-library';
import { makePlatform, renderWithApp } from '../helpers';

/** A worker stand-in that answers hints and scores with the real service (its own scoring engine). */
class TeachingWorker {
  onmessage: ((event: MessageEvent<PhysiologyResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  readonly requests: PhysiologyRequest[] = [];
  readonly replies: PhysiologyResponse[] = [];
  private readonly service = createPhysiologyService(new PhysiologyEngine(), (message) => {
    this.replies.push(message);
    this.onmessage?.({ data: message } as MessageEvent<PhysiologyResponse>);
  });
  postMessage(request: PhysiologyRequest) {
    if (request.type !== 'hint' && request.type !== 'score') return;
    this.requests.push(request);
    // Later, as a worker would: the store's own update that posted this finishes first.
    setTimeout(() => this.service.handle(request), 0);
  }
  terminate() {}
}

const caseOf = (id: string) => {
  const entry = CASE_LIBRARY.find((e) => e.ok && e.case.id === id);
  if (!entry?.ok) throw new Error(`no case ${id}`);
  return entry.case;
};

describe('a hint in a case', () => {
  let store: AppStore;
  let worker: TeachingWorker;
  beforeAll(async () => {
    store = createAppStore();
    await startCase(store, makePlatform().platform, caseOf('fbss-left-leg'));
    worker = new TeachingWorker();
    connectPhysiology(store, worker as unknown as Worker);
  });

  it('is asked from the brief, searched in the worker with progress, shown in words and counted', async () => {
    renderWithApp(<CaseBrief />, { store });
    expect(screen.getByRole('button', { name: 'Hint' }).getAttribute('aria-describedby')).toBe('hint-cost');
    expect(screen.getByText(`costs ${HINT_PENALTY_POINTS} points`)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Hint' }));
    expect((screen.getByRole('button', { name: 'Hint' }) as HTMLButtonElement).disabled).toBe(true);
    await waitFor(() => expect(store.getState().hint.status).toBe('ready'), { timeout: 90_000 });
    // Nothing is programmed yet: the hint says where to start.
    expect(screen.getByRole('status', { name: 'Hint' }).textContent).toMatch(
      /^Hint: Start with the cathode \(−\) on contact \d+/,
    );
    expect(worker.replies.some((r) => r.type === 'hintProgress')).toBe(true);
    expect(store.getState().visitLog.hintsUsed).toBe(1);
    expect(screen.getByText(`costs ${HINT_PENALTY_POINTS} points · 1 used`)).toBeTruthy();
  }, 120_000);

  it('follows the program: a second hint is about the program now, and both cost points in the score', async () => {
    const s = () => store.getState();
    const at = { program: 0, area: 0 };
    act(() => {
      s().applyEdit({ kind: 'setContactState', ...at, electrode: 4, state: 'cathode' });
      s().applyEdit({ kind: 'setContactState', ...at, electrode: 5, state: 'anode' });
      s().applyEdit({ kind: 'setAmplitude', ...at, amplitudeMa: mA(25) }, 10_000);
    });
    renderWithApp(<CaseBrief />, { store });
    fireEvent.click(screen.getByRole('button', { name: 'Another hint' }));
    await waitFor(() => expect(s().hint.status).toBe('ready'), { timeout: 60_000 });
    expect(screen.getByRole('status', { name: 'Hint' }).textContent).toMatch(/^Hint: Lower the amplitude/);
    expect(s().visitLog.hintsUsed).toBe(2);
    act(() => s().finishVisit());
    await waitFor(() => expect(s().debrief.status).toBe('ready'), { timeout: 60_000 });
    const score = worker.requests.find((r) => r.type === 'score') as Extract<PhysiologyRequest, { type: 'score' }>;
    expect(score.log.hintsUsed).toBe(2);
    const debrief = s().debrief;
    expect(debrief.status === 'ready' && debrief.result.score?.hintPenalty).toBe(2 * HINT_PENALTY_POINTS);
  }, 120_000);
});
