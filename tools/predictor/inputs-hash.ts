/**
 * A content hash of everything the fitted numbers of the predictor table depend on, apart from the
 * MRG model itself (covered by its own validation tests): the source text of the solver and of the
 * task definitions, the solver settings, and the full list of reference tasks. The generated table
 * records it, and test/tools/predictor/inputs-hash.test.ts recomputes it, so a change to the solver
 * or the tasks without a re-fit fails `npm test`.
 */
import { createHash } from 'node:crypto';
import type { ReferenceTask } from './reference-tasks';

/**
 * Repository-relative paths of the sources that determine the fitted numbers: the solver (fit,
 * multi-start sweep) and the task definitions (grid, shapes, fields, sets, reference fibres).
 */
export const CALIBRATION_INPUT_FILES: readonly string[] = [
  'src-core/axon/predictor/calibration-grid.ts',
  'tools/predictor/calibrate.ts',
  'tools/predictor/calibration-sets.ts',
  'tools/predictor/calibration-shapes.ts',
  'tools/predictor/field-cases.ts',
  'tools/predictor/fit.ts',
  'tools/predictor/mrg-reference.ts',
  'tools/predictor/reference-tasks.ts',
];

/** One source file: its repository-relative path and its text. */
export interface SourceText {
  readonly path: string;
  readonly text: string;
}

/** What the hash covers. `settings` are the solver's numeric settings (p-norm, reach, ridge, version). */
export interface CalibrationInputs {
  readonly sources: readonly SourceText[];
  readonly settings: Readonly<Record<string, number>>;
  readonly tasks: readonly ReferenceTask[];
}

/**
 * `sha256:<hex>` of the inputs. Pure and deterministic: sources are taken in path order with line
 * endings normalised (a CRLF checkout hashes like an LF one), and every part is length-prefixed so
 * that moving text from one part to the next changes the hash.
 *
 * @example
 * calibrationInputsHash({ sources: [{ path: 'a.ts', text: 'x' }], settings: { reach: 6 }, tasks: [] });
 * // 'sha256:…' (64 hex digits)
 */
export function calibrationInputsHash(inputs: CalibrationInputs): string {
  const hash = createHash('sha256');
  const part = (label: string, text: string): void => {
    hash.update(`${label}\n${text.length}\n${text}\n`);
  };
  const sources = [...inputs.sources].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const s of sources) part(`source ${s.path}`, s.text.replace(/\r\n/g, '\n'));
  const settingNames = Object.keys(inputs.settings).sort();
  part('settings', JSON.stringify(settingNames.map((name) => [name, inputs.settings[name]])));
  part('tasks', JSON.stringify(inputs.tasks));
  return `sha256:${hash.digest('hex')}`;
}
