import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../renderer/store/app-store';
import { CASE_LIBRARY } from '../../renderer/teaching/case-library';

const caseOf = (id: string) => {
  const entry = CASE_LIBRARY.find((e) => e.ok && e.case.id === id);
  if (!entry?.ok) throw new Error(`no case ${id}`);
  return entry.case;
};

describe('the hint state', () => {
  it('asks nothing outside a case or in a decision-only case', () => {
    const store = createAppStore();
    store.getState().askHint();
    expect(store.getState().hintRequest).toBe(0);
    store.getState().setActiveCase(caseOf('candidate-facet-pain'));
    store.getState().askHint();
    expect(store.getState().hint.status).toBe('none');
  });

  it('asks once while searching, charges only a hint received, and drops one that arrives for a case left', () => {
    const store = createAppStore();
    const s = () => store.getState();
    s().setActiveCase(caseOf('fbss-left-leg'));
    s().askHint();
    s().askHint();
    expect(s().hintRequest).toBe(1);
    s().hintProgress(0.4);
    expect(s().hint).toEqual({ status: 'searching', caseId: 'fbss-left-leg', fraction: 0.4 });
    s().hintFailed('no benchmark');
    expect(s().visitLog.hintsUsed).toBe(0);
    s().askHint();
    s().setActiveCase(caseOf('crps-foot'));
    s().hintReceived('Try contact 5.');
    expect(s().visitLog.hintsUsed).toBe(0);
    expect(s().hint.status).toBe('searching'); // of the old case: the brief of the new case shows none
  });
});
