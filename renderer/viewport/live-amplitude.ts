import type { AppState } from '../store/app-store';
import { selectDeliveredAmplitudeMa } from '../store/selectors';

/**
 * The amplitude (mA) the active area delivers now — as the physiology worker is told it (the paradigm's step rounds
 * a %-of-perception dose) — or `null` while the device is not stimulating.
 */
export function liveAmplitudeMa(state: AppState): number | null {
  if (!state.stimulationOn) return null;
  return selectDeliveredAmplitudeMa(state) ?? null;
}

/** The active program's largest deliverable amplitude (mA) on this IPG; undefined if the IPG lacks its paradigm. */
export function deviceMaximumMa(state: AppState): number | undefined {
  const { session } = state.visit;
  const program = session.programs[session.activeProgram];
  return program && state.implant.ipg.paradigms[program.paradigm.kind]?.amplitudeMa.max;
}
