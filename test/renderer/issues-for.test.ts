import { describe, expect, it } from 'vitest';
import { issueIsAt, issuesFor } from '../../renderer/store/selectors';
import { mA, us } from '../../src-core';
import { makeBipoleStore } from './helpers';

describe('issuesFor (the one way controls find their problems)', () => {
  it('finds an area’s amplitude problem by program, area and field, and nothing at another area or field', () => {
    const store = makeBipoleStore();
    store.getState().applyEdit({ kind: 'addArea', program: 0 });
    store.getState().applyEdit({ kind: 'setContactState', program: 0, area: 1, electrode: 5, state: 'cathode' });
    store.getState().applyEdit({ kind: 'setContactState', program: 0, area: 1, electrode: 6, state: 'anode' });
    store.getState().applyEdit({ kind: 'setAmplitude', program: 0, area: 1, amplitudeMa: mA(30) });
    const state = store.getState();
    const codes = issuesFor(state, { program: 0, area: 1, field: 'amplitudeMa' }).map((i) => i.code);
    expect(codes).toContain('out-of-range');
    expect(issuesFor(state, { program: 0, area: 0, field: 'amplitudeMa' })).toEqual([]);
    expect(issuesFor(state, { program: 0, area: 1, field: 'pulseWidthUs' })).toEqual([]);
    expect(issuesFor(state, { program: 1 })).toEqual([]);
  });

  it('tells a program-level field (rate) from an area-level one (pulse width)', () => {
    const store = makeBipoleStore();
    store.getState().applyEdit({ kind: 'setPulseWidth', program: 0, area: 0, pulseWidthUs: us(1500) });
    const [issue] = issuesFor(store.getState(), { program: 0, area: 0, field: 'pulseWidthUs' });
    expect(issue?.target).toEqual({ program: 0, area: 0, field: 'pulseWidthUs' });
    expect(issue && issueIsAt(issue, { program: 0, field: 'rateHz' })).toBe(false);
    expect(issue && issueIsAt(issue, { program: 0 })).toBe(true);
  });
});
