import type { Program, ProgramIssue, StimulationArea } from '../../src-core';
import { deliveredAmplitudeMa, hasUnsavedDeviceChanges, mA } from '../../src-core';
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

/** The amplitude the patient gets from the active area now (mA): 0 while stimulation is off. */
export function selectDeliveredAmplitudeMa(s: AppState): number | undefined {
  const program = s.visit.session.programs[s.visit.session.activeProgram];
  const area = program?.areas[s.activeArea];
  if (!program || !area) return undefined;
  if (!s.stimulationOn) return 0;
  const step = s.implant.ipg.paradigms[program.paradigm.kind]?.amplitudeMa.step ?? mA(0.1);
  return deliveredAmplitudeMa(area, step);
}
