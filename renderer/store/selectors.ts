import type { Program, ProgramIssue, StimulationArea } from '../../src-core';
import { amplitudeStepMaOf, deliveredAmplitudeMa, hasUnsavedDeviceChanges, mA } from '../../src-core';
import type { AppState } from './app-store';

/** The program the panel shows. */
export const selectActiveProgram = (s: AppState): Program => s.visit.session.programs[s.visit.session.activeProgram]!;

/** The area the panel edits. */
export const selectActiveArea = (s: AppState): StimulationArea => {
  const program = selectActiveProgram(s);
  return program.areas[s.activeArea] ?? program.areas[0]!;
};

/** Index of the active program. */
export const selectActiveProgramIndex = (s: AppState): number => s.visit.session.activeProgram;

/** Problems of the active program only. */
export function issuesOfActiveProgram(s: AppState): readonly ProgramIssue[] {
  const prefix = `programs.${s.visit.session.activeProgram}.`;
  return s.programIssues.filter((issue) => issue.path.startsWith(prefix) || issue.path === prefix.slice(0, -1));
}

/** True when the working programs differ from what the device holds. */
export const selectUnsavedOnDevice = (s: AppState): boolean => hasUnsavedDeviceChanges(s.visit);

/** The device's amplitude step (mA) for the active program's paradigm (the core's fallback when the IPG lacks it). */
export const selectAmplitudeStepMa = (s: AppState): number => amplitudeStepMaOf(s.implant.ipg, selectActiveProgram(s));

/**
 * The amplitude the active area is programmed to deliver (mA), dosing applied and rounded to the device step —
 * whether or not stimulation is on (charts mark it on their amplitude axes).
 */
export const selectProgrammedAmplitudeMa = (s: AppState): number =>
  deliveredAmplitudeMa(selectActiveArea(s), mA(selectAmplitudeStepMa(s)));

/** The amplitude the patient gets from the active area now (mA): 0 while stimulation is off. */
export function selectDeliveredAmplitudeMa(s: AppState): number | undefined {
  const program = s.visit.session.programs[s.visit.session.activeProgram];
  if (!program?.areas[s.activeArea]) return undefined;
  return s.stimulationOn ? selectProgrammedAmplitudeMa(s) : 0;
}
