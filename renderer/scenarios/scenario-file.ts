import { z } from 'zod';
import { POSTURES, type Posture } from '../../src-core';
import type { ChartTab } from '../store/ui-slice';

/** Chart tabs a scenario step may show. */
const CHART_TABS = ['pulse', 'titration', 'strengthDuration', 'energy', 'ecap'] as const satisfies readonly ChartTab[];

/** Longest simulated time a step may set: four weeks (the relief model's horizon). */
export const MAX_SCENARIO_ELAPSED_MIN = 4 * 7 * 24 * 60;

/** One state of a demo: a session (a file under resources/), what the patient does and what the screen shows. */
export interface ScenarioStep {
  readonly caption: string;
  /** Under `resources/`: `sessions/….scs.json` (the samples) or `scenarios/sessions/….scs.json`. */
  readonly session: string;
  readonly posture: Posture;
  readonly chartTab?: ChartTab;
  /** Simulated minutes the program has been running (0 unless set). */
  readonly elapsedMin: number;
}

/** A scripted demo a rep plays forward and back (docs/scenarios.md). */
export interface Scenario {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly steps: readonly ScenarioStep[];
}

const stepSchema = z.strictObject({
  caption: z.string().min(1).max(400),
  session: z
    .string()
    .regex(/^(scenarios\/)?sessions\/[a-z0-9-]+\.scs\.json$/, 'must name a session file under resources/'),
  posture: z.enum(POSTURES as [Posture, ...Posture[]]).default('supine'),
  chartTab: z.enum(CHART_TABS).optional(),
  elapsedMin: z.number().min(0).max(MAX_SCENARIO_ELAPSED_MIN).default(0),
});

const scenarioSchema = z.strictObject({
  format: z.literal('scs-sim-scenario'),
  version: z.literal(1),
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1).max(120),
  summary: z.string().min(1).max(600),
  steps: z.array(stepSchema).min(1).max(50),
});

/**
 * Reads a scenario file; the message names what is wrong.
 * @example parseScenario(text).ok && parseScenario(text).scenario.steps.length;
 */
export function parseScenario(
  text: string,
): { readonly ok: true; readonly scenario: Scenario } | { readonly ok: false; readonly error: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: 'not JSON' };
  }
  const parsed = scenarioSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, error: `${issue.path.join('.') || 'file'}: ${issue.message}` };
  }
  const { format: _format, version: _version, ...scenario } = parsed.data;
  return {
    ok: true,
    scenario: {
      ...scenario,
      steps: scenario.steps.map(({ chartTab, ...step }) => (chartTab ? { ...step, chartTab } : step)),
    },
  };
}
