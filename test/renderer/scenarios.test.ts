import { describe, expect, it } from 'vitest';
import { restoreSession } from '../../src-core';
import { showScenarioStep } from '../../renderer/scenarios/play-scenario';
import { parseScenario } from '../../renderer/scenarios/scenario-file';
import { SCENARIO_LIBRARY, sessionTextOf } from '../../renderer/scenarios/scenario-library';
import { createAppStore } from '../../renderer/store/app-store';

const valid = {
  format: 'scs-sim-scenario',
  version: 1,
  id: 'demo',
  title: 'Demo',
  summary: 'A demo.',
  steps: [{ caption: 'One', session: 'sessions/tonic-leg-pain.scs.json' }],
};

describe('scenarios', () => {
  it('are bundled — at least the three the issue names — and every step opens its session', () => {
    const ids = SCENARIO_LIBRARY.map((e) => (e.ok ? e.scenario.id : `broken ${e.file}: ${e.error}`));
    expect(ids).toEqual(expect.arrayContaining(['10khz-vs-tonic', 'migration-and-recovery', 'posture-and-ecap']));
    for (const entry of SCENARIO_LIBRARY) {
      expect(entry.ok, entry.ok ? '' : `${entry.file}: ${entry.error}`).toBe(true);
      if (!entry.ok) continue;
      for (const step of entry.scenario.steps) {
        const restored = restoreSession(sessionTextOf(step.session)!);
        expect(restored.ok, `${entry.scenario.id}: ${step.session}`).toBe(true);
      }
    }
  });

  it('refuse a file that is not one, naming what is wrong', () => {
    expect(parseScenario('{')).toEqual({ ok: false, error: 'not JSON' });
    const bad = (change: object) => parseScenario(JSON.stringify({ ...valid, ...change }));
    expect(bad({ format: 'other' })).toMatchObject({ ok: false, error: expect.stringMatching(/^format:/) });
    expect(bad({ steps: [] })).toMatchObject({ ok: false, error: expect.stringMatching(/^steps:/) });
    expect(bad({ steps: [{ caption: 'x', session: '../../etc/passwd' }] })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/steps\.0\.session: must name a session file under resources\//),
    });
    expect(bad({ steps: [{ caption: 'x', session: 'sessions/a.scs.json', elapsedMin: -5 }] }).ok).toBe(false);
    expect(parseScenario(JSON.stringify(valid))).toMatchObject({
      ok: true,
      scenario: { steps: [{ posture: 'supine', elapsedMin: 0 }] },
    });
  });

  it('show each step as a whole state, the same going back as forward', () => {
    const entry = SCENARIO_LIBRARY.find((e) => e.ok && e.scenario.id === '10khz-vs-tonic');
    if (!entry?.ok) throw new Error('no 10 kHz scenario');
    const store = createAppStore();
    const s = () => store.getState();
    expect(showScenarioStep(store, entry.scenario, 2)).toBe(true);
    expect(s().visit.session.programs[0]!.paradigm.kind).toBe('highFrequency');
    expect(s().programClock.elapsedMin).toBe(1440);
    expect(s().chartTab).toBe('energy');
    expect(s().scenarioPlay).toEqual({ id: '10khz-vs-tonic', step: 2 });
    expect(showScenarioStep(store, entry.scenario, 0)).toBe(true);
    expect(s().visit.session.programs[0]!.paradigm.kind).toBe('tonic');
    expect(s().programClock.elapsedMin).toBe(0);
    expect(s().chartTab).toBe('titration');
    expect(s().fileName).toBeUndefined();
    expect(showScenarioStep(store, entry.scenario, 7)).toBe(false);
    expect(s().status).toMatchObject({ kind: 'error', text: expect.stringContaining('step 8 does not open') });
  });
});
