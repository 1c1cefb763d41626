import { describe, expect, it } from 'vitest';
import type { SimulationResult } from '../../src-core';
import { createAppStore } from '../../renderer/store/app-store';
import { tooStrongAlert } from '../../renderer/store/too-strong-alert';

const result = (over: Partial<SimulationResult>): SimulationResult =>
  ({ programIndex: 0, posture: 'supine', amplitudeMa: 4, uncomfortable: false, ...over }) as SimulationResult;

describe('the too-strong alert', () => {
  it('is raised when stimulation turns too strong at the same or a lower amplitude (a lead moved, a posture)', () => {
    expect(tooStrongAlert(result({}), result({ uncomfortable: true }))).toMatch(/stimulation moved/);
    expect(tooStrongAlert(result({}), result({ uncomfortable: true, posture: 'prone' }))).toMatch(/posture changed/);
  });

  it('stays quiet for the trainee’s own titration, a first result, one already too strong, or another program', () => {
    expect(tooStrongAlert(result({}), result({ uncomfortable: true, amplitudeMa: 4.1 }))).toBeUndefined();
    expect(tooStrongAlert(undefined, result({ uncomfortable: true }))).toBeUndefined();
    expect(tooStrongAlert(result({ uncomfortable: true }), result({ uncomfortable: true }))).toBeUndefined();
    expect(tooStrongAlert(result({}), result({ uncomfortable: true, programIndex: 1 }))).toBeUndefined();
  });

  it('reaches the status bar as an error that stays until dismissed', () => {
    const store = createAppStore();
    store.getState().setPhysiology({ status: 'ready', result: result({}), computeMs: 1 });
    store.getState().setPhysiology({ status: 'computing', previous: result({}) });
    store.getState().setPhysiology({ status: 'ready', result: result({ uncomfortable: true }), computeMs: 1 });
    expect(store.getState().status).toMatchObject({ kind: 'error', text: expect.stringMatching(/too strong/) });
  });
});
