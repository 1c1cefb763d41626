import type { IssueField, Program, ProgramIssue, StimulationArea } from '../../src-core';
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

/**
 * Which issues a control wants: those of a program, optionally of one of its areas and of one field. What is left out
 * is not constrained (`{ program: 0 }` is everything wrong with program 1).
 */
export interface IssueQuery {
  readonly program: number;
  readonly area?: number;
  readonly field?: IssueField;
}

/** True when the issue is at the place the query names. */
export const issueIsAt = (issue: ProgramIssue, query: IssueQuery): boolean =>
  issue.target.program === query.program &&
  (query.area === undefined || issue.target.area === query.area) &&
  (query.field === undefined || issue.target.field === query.field);

/**
 * The working programs' problems at one place — the one way controls find their messages (matched on the issue's
 * structured target, never its path string).
 *
 * @example issuesFor(state, { program: 0, area: 1, field: 'amplitudeMa' }); // what is wrong with area 2's amplitude
 */
export const issuesFor = (s: AppState, query: IssueQuery): readonly ProgramIssue[] =>
  s.programIssues.filter((issue) => issueIsAt(issue, query));

/** Problems of the active program only. */
export const issuesOfActiveProgram = (s: AppState): readonly ProgramIssue[] =>
  issuesFor(s, { program: s.visit.session.activeProgram });

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
