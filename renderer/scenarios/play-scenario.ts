import { EMPTY_VISIT_RECORD, restoreSession } from '../../src-core';
import { confirmUnsavedWork } from '../commands/unsaved-changes';
import type { Platform } from '../platform';
import type { AppStore } from '../store/app-store';
import type { Scenario } from './scenario-file';
import { sessionTextOf } from './scenario-library';

/**
 * Shows step `index` of a scenario: its session opened as a fresh visit (no file, no case), the posture, the chart
 * and the simulated time it names. Every step is a whole state, so back and forward are the same act.
 * @returns false when the step's session does not open (the status line says why).
 */
export function showScenarioStep(store: AppStore, scenario: Scenario, index: number): boolean {
  const step = scenario.steps[index];
  const state = store.getState();
  const text = step && sessionTextOf(step.session);
  const restored = text === undefined ? undefined : restoreSession(text);
  if (!step || !restored?.ok) {
    state.showStatus({
      kind: 'error',
      text: `Scenario “${scenario.title}”: step ${index + 1} does not open${restored && !restored.ok ? `: ${restored.error}` : ''}.`,
    });
    return false;
  }
  state.loadSession(restored.session, restored.implant);
  state.resetVisitRecord(EMPTY_VISIT_RECORD, performance.now());
  state.setFile(undefined, undefined);
  state.setActiveCase(undefined);
  state.setScreen('workstation');
  state.setPosture(step.posture);
  if (step.chartTab) state.setChartTab(step.chartTab);
  if (step.elapsedMin > 0) store.getState().advanceClock(step.elapsedMin);
  store.getState().setScenarioPlay({ id: scenario.id, step: index });
  return true;
}

/** Starts a scenario at its first step, after asking about unsaved work (it replaces the visit). */
export async function startScenario(store: AppStore, platform: Platform, scenario: Scenario): Promise<boolean> {
  if (!(await confirmUnsavedWork(store, platform, `playing the scenario “${scenario.title}”`))) return false;
  return showScenarioStep(store, scenario, 0);
}
