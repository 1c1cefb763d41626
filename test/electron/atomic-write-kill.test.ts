import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { STALE_TEMP_FILE_AGE_MS, isOurTempFileName, removeStaleTempFiles } from '../../electron/main/atomic-write';
import { seededRandom } from '../../src-core/fibres/random'; // the core's mulberry32: kill timings random but replayable
import { useTempDirs } from './helpers/temp-dir';

const makeTempDir = useTempDirs();

const KILLS = 100;
const SEED = 20_261_203;
/** Longest wait after the child says it is ready before the kill; a save of 0.1–1 MB takes a few ms. */
const MAX_KILL_DELAY_MS = 60;

/** The real atomic writer as plain JavaScript, so a bare `node` child (no loader, fast start) can run it. */
function writeWriterModule(dir: string): string {
  const source = readFileSync(new URL('../../electron/main/atomic-write.ts', import.meta.url), 'utf8');
  const output = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  const path = join(dir, 'atomic-write.mjs');
  writeFileSync(path, output);
  return path;
}

/** Reads the target and returns its version, failing the test if the file is not one whole version. */
function wholeVersionOf(target: string): number {
  const parsed = JSON.parse(readFileSync(target, 'utf8')) as { version: number; end: number };
  expect(parsed.end).toBe(parsed.version);
  return parsed.version;
}

/** Starts a child that saves `target` in a loop, SIGKILLs it `delayMs` after it is ready; resolves with the last acknowledged version. */
function saveUntilKilled(writer: string, target: string, firstVersion: number, delayMs: number): Promise<number> {
  const child = spawn(
    process.execPath,
    [new URL('./helpers/repeated-saves.mjs', import.meta.url).pathname, writer, target, String(firstVersion)],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let output = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    if (!output.includes('ready') && (output + chunk).includes('ready'))
      setTimeout(() => child.kill('SIGKILL'), delayMs);
    output += chunk;
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (_code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`the saving child ended by itself (${String(signal)})`));
      const saved = [...output.matchAll(/saved (\d+)/g)].map((match) => Number(match[1]));
      resolve(saved.at(-1) ?? firstVersion - 1);
    });
  });
}

describe('a save killed at a random moment', () => {
  it('leaves the old or the new file, never a partial one, and the start-up cleanup removes every temp file', async () => {
    const dir = makeTempDir();
    const writer = writeWriterModule(makeTempDir());
    const target = join(dir, 'session.scs.json');
    writeFileSync(target, JSON.stringify({ version: 0, padding: '', end: 0 }));
    // Files that look a little like ours but are not: the cleanup must leave them alone.
    writeFileSync(join(dir, '.notes.tmp'), 'someone else');
    writeFileSync(join(dir, '.session.scs.json.scs-save-not-a-uuid.tmp'), 'someone else');
    const random = seededRandom(SEED);

    let version = 0;
    let killsSurvived = 0;
    let killsMidSave = 0;
    let tempFilesBefore = 0;
    for (let kill = 0; kill < KILLS; kill += 1) {
      const acknowledged = await saveUntilKilled(writer, target, version + 1, random() * MAX_KILL_DELAY_MS);
      const onDisk = wholeVersionOf(target);
      // The last acknowledged save is on disk, or the one after it completed its rename just before the kill.
      expect([Math.max(acknowledged, version), acknowledged + 1]).toContain(onDisk);
      // A kill during a save leaves one more temp file than there was before it.
      const tempFiles = readdirSync(dir).filter(isOurTempFileName).length;
      if (tempFiles > tempFilesBefore) killsMidSave += 1;
      tempFilesBefore = tempFiles;
      version = onDisk;
      killsSurvived += 1;
    }

    const leftBefore = readdirSync(dir).filter(isOurTempFileName);
    // As on the next start, long after the kills: every leftover is stale by then.
    await removeStaleTempFiles(dir, Date.now() + STALE_TEMP_FILE_AGE_MS + 1);
    const leftAfter = readdirSync(dir).filter(isOurTempFileName);

    console.info(
      `kill-during-save: ${killsSurvived}/${KILLS} kills survived, ${killsMidSave} left a temp file, ` +
        `${leftBefore.length} temp files before cleanup, ${leftAfter.length} after; last version ${version}`,
    );
    expect(killsSurvived).toBe(KILLS);
    expect(killsMidSave).toBeGreaterThan(0); // the timings really did hit saves in progress
    expect(leftAfter).toEqual([]);
    expect(readdirSync(dir).sort()).toEqual([
      '.notes.tmp',
      '.session.scs.json.scs-save-not-a-uuid.tmp',
      'session.scs.json',
    ]);
  }, 30_000);
});
