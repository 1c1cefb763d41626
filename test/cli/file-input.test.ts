import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_SESSION_FILE_BYTES, readBoundedTextFile } from '../../cli/io';
import { runInProcess } from './run-in-process';

const run = (argv: string[]) => runInProcess(argv, {}, readBoundedTextFile);

/** Runs the CLI in-process with the real, bounded file reader main uses. */

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'scs-sim-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SAMPLE = 'resources/sessions/tonic-leg-pain.scs.json';
/** A FIFO with no writer: reading it with readFileSync would wait forever. */
function makeFifo(name: string): string {
  const path = join(dir, name);
  const made = spawnSync('mkfifo', [path]);
  if (made.status !== 0) throw new Error(`mkfifo failed: ${made.stderr}`);
  return path;
}

describe('reading a session file', () => {
  it('reads a regular file as text', () => {
    expect(readBoundedTextFile(SAMPLE)).toMatch(/^\{/);
    expect(run(['validate', SAMPLE]).code).toBe(0);
  });

  it('refuses a FIFO at once, without waiting for a writer', { timeout: 10_000 }, () => {
    const result = run(['validate', makeFifo('waiting.fifo')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/is a pipe \(FIFO\), not a session file/);
  });

  it('refuses /dev/zero instead of reading it forever', { timeout: 10_000 }, () => {
    const result = run(['safety', '/dev/zero']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/\/dev\/zero: is a character device/);
  });

  it('refuses a directory', () => {
    expect(run(['validate', dir]).stderr).toMatch(/is a directory/);
  });

  it('refuses a file larger than 8 MiB, and reads one at the limit', { timeout: 20_000 }, () => {
    const big = join(dir, 'big.scs.json');
    writeFileSync(big, '');
    truncateSync(big, MAX_SESSION_FILE_BYTES + 1);
    const result = run(['validate', big]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`is larger than ${MAX_SESSION_FILE_BYTES} bytes`));
    truncateSync(big, MAX_SESSION_FILE_BYTES);
    expect(readBoundedTextFile(big)).toHaveLength(MAX_SESSION_FILE_BYTES);
  });

  it('stops reading once the cap is passed, whatever size the file claims', () => {
    const file = join(dir, 'small-cap.json');
    writeFileSync(file, 'x'.repeat(100));
    expect(() => readBoundedTextFile(file, 99)).toThrow(/larger than 99 bytes/);
    expect(readBoundedTextFile(file, 100)).toHaveLength(100);
  });

  it('still says "no such file" for a missing file', () => {
    expect(run(['validate', join(dir, 'nowhere.json')]).stderr).toMatch(/no such file/);
  });

  it('escapes control characters of the file name in messages', () => {
    const result = run(['validate', 'bad\u001b[2K\nscs-sim: valid']);
    expect(result.stderr.includes('\u001b') || result.stderr.includes('\n')).toBe(false);
    expect(result.stderr).toContain('\\u001b[2K\\nscs-sim: valid');
  });

  it('ends a real process on a FIFO with exit 1 (the binary does not hang)', { timeout: 30_000 }, () => {
    const fifo = makeFifo('process.fifo');
    const done = spawnSync('node_modules/.bin/tsx', ['cli/main.ts', 'validate', fifo], {
      encoding: 'utf8',
      timeout: 25_000,
    });
    expect(done.error).toBeUndefined();
    expect(done.status).toBe(1);
    expect(done.stderr).toMatch(/pipe \(FIFO\)/);
  });
});

describe('numeric options', () => {
  it.each([
    ['an empty value', ''],
    ['a blank value', ' '],
    ['leading whitespace', ' 5'],
    ['hex', '0x10'],
    ['binary', '0b11'],
    ['an exponent that overflows', '1e999'],
    ['Infinity', 'Infinity'],
    ['NaN', 'NaN'],
    ['digit separators', '1_000'],
    ['a trailing unit', '5ms'],
  ])('refuse %s with exit 2, naming the option and the value', (_, value) => {
    const result = run(['pulses', SAMPLE, '--ms', value, '--json']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`--ms must be a finite decimal number (e.g. 3.5), not "${value}"`);
  });

  it('refuse an empty or hex amplitude for simulate instead of running at 0 or 16 mA', () => {
    expect(run(['simulate', SAMPLE, '--amplitude-ma', ''])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--amplitude-ma must be a finite decimal number'),
    });
    expect(run(['simulate', SAMPLE, '--amplitude-ma', '0x10']).code).toBe(2);
    expect(run(['simulate', SAMPLE, '--amplitude-ma=']).code).toBe(2);
  });

  it('accept plain decimals, signs and exponents', () => {
    for (const value of ['5', '5.', '.5', '+2.5', '2e1', '1E-1']) {
      expect(run(['pulses', SAMPLE, '--ms', value, '--json']).code, value).toBe(0);
    }
  });
});
