import { parseScenario, type Scenario } from './scenario-file';

// Bundled with the app: the scenarios and every session file a step may name (checked by the scenario tests).
const SCENARIO_TEXTS = import.meta.glob<string>('../../resources/scenarios/*.scenario.json', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const SESSION_TEXTS = import.meta.glob<string>(
  ['../../resources/sessions/*.scs.json', '../../resources/scenarios/sessions/*.scs.json'],
  { query: '?raw', import: 'default', eager: true },
);

/** A bundled scenario, or why its file was refused. */
export type ScenarioEntry =
  | { readonly ok: true; readonly scenario: Scenario }
  | { readonly ok: false; readonly file: string; readonly error: string };

/** The bundled scenarios, by title; a broken file is listed with its message. */
export const SCENARIO_LIBRARY: readonly ScenarioEntry[] = Object.entries(SCENARIO_TEXTS)
  .map(([path, text]): ScenarioEntry => {
    const parsed = parseScenario(text);
    const file = path.split('/').at(-1)!;
    if (!parsed.ok) return { ok: false, file, error: parsed.error };
    const missing = parsed.scenario.steps.find((step) => sessionTextOf(step.session) === undefined);
    return missing
      ? { ok: false, file, error: `step "${missing.caption.slice(0, 40)}…" names ${missing.session}, not bundled` }
      : parsed;
  })
  .sort((a, b) => (a.ok ? a.scenario.title : a.file).localeCompare(b.ok ? b.scenario.title : b.file));

/** The text of a session file a step names (under resources/), or undefined. */
export function sessionTextOf(path: string): string | undefined {
  return SESSION_TEXTS[`../../resources/${path}`];
}
