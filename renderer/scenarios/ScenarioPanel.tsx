import { useAppServices, useAppStore } from '../store/context';
import { showScenarioStep, startScenario } from './play-scenario';
import { SCENARIO_LIBRARY } from './scenario-library';
import './scenarios.css';

/**
 * The scenario player (View → Scenarios…): pick a scripted demo, then step it forward and back with its caption;
 * Restart goes back to its first state. A panel over the corner of the workstation, not a dialog: the room watches
 * the patient answer each step.
 */
export function ScenarioPanel() {
  const services = useAppServices();
  const { store, platform } = services;
  const open = useAppStore((s) => s.scenarioPanelOpen);
  const play = useAppStore((s) => s.scenarioPlay);
  const setOpen = useAppStore((s) => s.setScenarioPanelOpen);
  const setPlay = useAppStore((s) => s.setScenarioPlay);
  if (!open) return null;
  const entry = play && SCENARIO_LIBRARY.find((e) => e.ok && e.scenario.id === play.id);
  const scenario = entry?.ok ? entry.scenario : undefined;
  const close = () => {
    setOpen(false);
    setPlay(undefined);
  };
  return (
    <section className="scenario-panel" aria-labelledby="scenario-heading">
      <div className="scenario-panel__head">
        <h2 id="scenario-heading">{scenario ? scenario.title : 'Scenarios'}</h2>
        <button type="button" onClick={close} aria-label="Close scenarios">
          ×
        </button>
      </div>
      {!scenario || !play ? (
        <ul className="scenario-panel__list" aria-label="Scenarios to play">
          {SCENARIO_LIBRARY.map((e) =>
            e.ok ? (
              <li key={e.scenario.id}>
                <button type="button" onClick={() => void startScenario(store, platform, e.scenario)}>
                  Play “{e.scenario.title}”
                </button>
                <p className="muted small">{e.scenario.summary}</p>
              </li>
            ) : (
              <li key={e.file} className="muted small">
                {e.file} cannot be played: {e.error}
              </li>
            ),
          )}
        </ul>
      ) : (
        <>
          <p className="muted small" aria-label="Scenario step">
            Step {play.step + 1} of {scenario.steps.length}
          </p>
          <p className="scenario-panel__caption" role="status" aria-label="Scenario caption">
            {scenario.steps[play.step]!.caption}
          </p>
          <div className="scenario-panel__actions">
            <button
              type="button"
              disabled={play.step === 0}
              onClick={() => showScenarioStep(store, scenario, play.step - 1)}
            >
              Back
            </button>
            <button
              type="button"
              className="button--primary"
              disabled={play.step === scenario.steps.length - 1}
              onClick={() => showScenarioStep(store, scenario, play.step + 1)}
            >
              Next
            </button>
            <button type="button" onClick={() => showScenarioStep(store, scenario, 0)}>
              Restart
            </button>
            <button type="button" onClick={() => setPlay(undefined)}>
              Other scenarios
            </button>
          </div>
        </>
      )}
    </section>
  );
}
