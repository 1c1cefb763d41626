import type { AppState } from '../store/app-store';
import { issuesOfActiveProgram } from '../store/selectors';

/**
 * Why the physiology charts have nothing to draw, or undefined when they have: the program's first problem as the
 * core's validator words it (status idle), or the worker's failure (status unavailable).
 */
export function selectModelProblem(s: AppState): string | undefined {
  const { physiology } = s;
  if (physiology.status === 'unavailable') return `The patient model is unavailable: ${physiology.reason}`;
  if (physiology.status !== 'idle') return undefined;
  const issue = issuesOfActiveProgram(s)[0];
  return issue ? `The program cannot be delivered: ${issue.message}` : 'Waiting for the patient model.';
}
