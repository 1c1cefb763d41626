import { describe, expect, it } from 'vitest';
import { PREDICTOR_TABLE_INPUTS_HASH } from '../../../src-core/axon/predictor/calibration-table';
import { replaceRecordedHash } from '../../../tools/predictor/calibrate';
import { readCalibrationInputs } from '../../../tools/predictor/calibration-inputs';
import { calibrationInputsHash, type CalibrationInputs } from '../../../tools/predictor/inputs-hash';
import { referenceTasks } from '../../../tools/predictor/reference-tasks';

const small: CalibrationInputs = {
  sources: [
    { path: 'tools/predictor/fit.ts', text: 'export const ridge = 1e-2;\n' },
    { path: 'tools/predictor/calibration-sets.ts', text: 'export const distancesMm = [0.5, 1];\n' },
  ],
  settings: { reach: 6, ridge: 1e-2 },
  tasks: referenceTasks([10], [{ waveform: 'monophasic', pulseWidthUs: 100 }]).slice(0, 3),
};

describe('the recorded hash of the predictor calibration inputs', () => {
  it(
    'matches the current solver, settings and tasks (re-run tools/predictor/calibrate-predictor.ts after changing them)',
    { timeout: 60_000 },
    () => {
      expect(PREDICTOR_TABLE_INPUTS_HASH).toBe(calibrationInputsHash(readCalibrationInputs(process.cwd())));
    },
  );

  it('changes when one character of a solver source changes', () => {
    const edited = {
      ...small,
      sources: [{ ...small.sources[0]!, text: 'export const ridge = 1e-3;\n' }, small.sources[1]!],
    };
    expect(calibrationInputsHash(edited)).not.toBe(calibrationInputsHash(small));
  });

  it('changes when a task or a setting changes', () => {
    const [first, ...rest] = small.tasks;
    const moved = { ...first!, field: { ...first!.field, halfLengthMm: first!.field.halfLengthMm + 1 } };
    expect(calibrationInputsHash({ ...small, tasks: [moved, ...rest] })).not.toBe(calibrationInputsHash(small));
    expect(calibrationInputsHash({ ...small, settings: { reach: 5, ridge: 1e-2 } })).not.toBe(
      calibrationInputsHash(small),
    );
  });

  it('does not depend on line endings or on the order the sources are listed in', () => {
    const crlf = { ...small, sources: small.sources.map((s) => ({ ...s, text: s.text.replace(/\n/g, '\r\n') })) };
    const reversed = { ...small, sources: [...small.sources].reverse() };
    expect(calibrationInputsHash(crlf)).toBe(calibrationInputsHash(small));
    expect(calibrationInputsHash(reversed)).toBe(calibrationInputsHash(small));
    expect(calibrationInputsHash(small)).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('restamps only the hash line of a table source and refuses a source without exactly one', () => {
    const table = [
      "export const PREDICTOR_TABLE_INPUTS_HASH = 'sha256:old';",
      'export const PREDICTOR_TABLE = { version: 1, reach: 6, entries: [] };',
      '',
    ].join('\n');
    expect(replaceRecordedHash(table, 'sha256:new')).toBe(table.replace('sha256:old', 'sha256:new'));
    expect(() => replaceRecordedHash('export const PREDICTOR_TABLE = {};\n', 'sha256:new')).toThrow(/found 0/);
  });
});
