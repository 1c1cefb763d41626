import { readFileSync } from 'node:fs';
import {
  PhysiologyEngine,
  configureSimulation,
  ecapConfigurationOf,
  restoreSession,
  type EcapConfiguration,
  type Posture,
  type RecordingContacts,
} from '../../../src-core';

/** A sample session restored (throws on a bad file). */
export function sampleSession(name: string) {
  const restored = restoreSession(readFileSync(`resources/sessions/${name}`, 'utf8'));
  if (!restored.ok) throw new Error(restored.error);
  return restored;
}

/** The active program's first area configured in `posture`, and its ECAP configuration. */
export function ecapOf(
  name: string,
  posture: Posture,
  contacts?: RecordingContacts,
  engine = new PhysiologyEngine(),
): { ecap: EcapConfiguration; perceptionThresholdMa: number | null } {
  const { session, implant } = sampleSession(name);
  const configured = configureSimulation(engine, session, implant, {
    programIndex: session.activeProgram,
    areaIndex: 0,
    posture,
    stimulationOn: true,
  });
  return {
    ecap: ecapConfigurationOf(engine, configured, contacts),
    perceptionThresholdMa: configured.perceptionThresholdMa,
  };
}

/** Pearson correlation. */
export function pearson(xs: readonly number[], ys: readonly number[]): number {
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i]! - mx) * (ys[i]! - my);
    sxx += (xs[i]! - mx) ** 2;
    syy += (ys[i]! - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}
