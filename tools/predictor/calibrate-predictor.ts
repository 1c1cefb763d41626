/**
 * Offline calibration of the fast threshold predictor against the full MRG model
 * (docs/physics-predictor.md). Deterministic and re-runnable:
 *
 *   npx tsx tools/predictor/calibrate-predictor.ts [--workers 2] [--cache FILE] [--mrg-only] [--no-write]
 *   npx tsx tools/predictor/calibrate-predictor.ts --stamp-hash
 *
 * 1. Runs every MRG reference search of `referenceTasks()` (8 diameters × 18 shapes × 124 fields)
 *    and `interpolationTasks()` (640 searches between the calibrated diameters and widths)
 *    in `--workers` child processes (one field's shapes at a time, handed out on demand); results are
 *    cached in FILE (default: the OS temp dir) so an interrupted run resumes and a re-fit needs no
 *    simulation. Each search is independent of the others, so the numbers do not depend on the
 *    number of workers or on what was cached.
 * 2. Fits the predictor per (diameter, shape) on the training fields (`fitCalibrationTable`),
 *    measures its error on the held-out fields, writes src-core/axon/predictor/calibration-table.ts
 *    with the hash of its inputs (`calibrationInputsHash`) and prints the error table.
 *
 * `--stamp-hash` rewrites only the recorded hash, with no simulation and no fit. It is for changes
 * that cannot change the fitted numbers (comments, formatting, renames, moving code); after any
 * change to what the solver or the tasks compute, re-run the full calibration instead.
 */
import { fork } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allCalibrationTasks, readCalibrationInputs } from './calibration-inputs';
import { replaceRecordedHash } from './calibrate';
import { calibrationInputsHash } from './inputs-hash';
import { runReferenceTask, type ReferenceSample, type ReferenceTask } from './reference-tasks';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const CACHE_FILE = option('--cache') ?? join(tmpdir(), 'scs-predictor-mrg-cache-v1.json');
const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TABLE_FILE = join(REPO_ROOT, 'src-core/axon/predictor/calibration-table.ts');
type Cache = Record<string, number | null>; // null = Infinity (JSON)

function loadCache(): Cache {
  return existsSync(CACHE_FILE) ? (JSON.parse(readFileSync(CACHE_FILE, 'utf8')) as Cache) : {};
}

/** Tasks of one field on one fibre (all its shapes): the unit of work handed to a worker. */
function groupOf(task: ReferenceTask): string {
  return `${task.fibreDiameterUm}|${task.set}|${task.field.id}`;
}

/**
 * Child process: asks for a group of task keys, runs them and reports each result, until told to
 * stop. Each search starts from a guess that depends on the task only, so results do not depend on
 * the number of workers, the order, or what was already cached.
 */
function runWorker(): void {
  const fibres = new Map();
  const byKey = new Map(allCalibrationTasks().map((t) => [t.key, t]));
  process.on('message', (keys: string[]) => {
    if (keys.length === 0) {
      process.disconnect();
      return;
    }
    for (const key of keys) {
      const r = runReferenceTask(fibres, byKey.get(key)!);
      process.send!({ key, value: Number.isFinite(r.thresholdScale) ? r.thresholdScale : null });
    }
    process.send!('next');
  });
  process.send!('next');
}

async function runReferenceSearches(tasks: ReferenceTask[], cache: Cache, workers: number): Promise<void> {
  const groups = new Map<string, string[]>();
  for (const t of tasks) {
    if (t.key in cache) continue;
    const g = groups.get(groupOf(t)) ?? [];
    g.push(t.key);
    groups.set(groupOf(t), g);
  }
  const queue = [...groups.values()];
  const pending = queue.reduce((n, g) => n + g.length, 0);
  console.log(`MRG reference searches: ${tasks.length - pending} cached, ${pending} to run`);
  if (pending === 0) return;
  const started = Date.now();
  let done = 0;
  let lastSave = Date.now();
  await Promise.all(
    Array.from({ length: Math.min(workers, queue.length) }, (_, shard) => {
      const child = fork(fileURLToPath(import.meta.url), ['--worker'], { execArgv: ['--import', 'tsx'] });
      child.on('message', (m: 'next' | { key: string; value: number | null }) => {
        if (m === 'next') {
          child.send(queue.shift() ?? []); // an empty group tells the worker to stop
          return;
        }
        cache[m.key] = m.value;
        done += 1;
        if (Date.now() - lastSave > 30_000) {
          writeFileSync(CACHE_FILE, JSON.stringify(cache));
          lastSave = Date.now();
          const s = (Date.now() - started) / 1000;
          console.log(
            `  ${done}/${pending} in ${s.toFixed(0)} s (≈ ${((s / done) * (pending - done)).toFixed(0)} s left)`,
          );
        }
      });
      return new Promise<void>((resolve, reject) =>
        child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`worker ${shard} exited ${code}`)))),
      );
    }),
  );
  writeFileSync(CACHE_FILE, JSON.stringify(cache));
  console.log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

/** Replaces the recorded hash in the table file, and nothing else (see `--stamp-hash` above). */
function stampHash(): void {
  const hash = calibrationInputsHash(readCalibrationInputs(REPO_ROOT));
  const before = readFileSync(TABLE_FILE, 'utf8');
  const after = replaceRecordedHash(before, hash);
  writeFileSync(TABLE_FILE, after);
  console.log(`${TABLE_FILE}: ${hash}`);
}

async function main(): Promise<void> {
  if (args.includes('--worker')) {
    runWorker();
    return;
  }
  if (args.includes('--stamp-hash')) {
    stampHash();
    return;
  }
  const tasks = allCalibrationTasks();
  const cache = loadCache();
  await runReferenceSearches(tasks, cache, Number(option('--workers') ?? 2));
  if (args.includes('--mrg-only')) return;
  const samples: ReferenceSample[] = tasks.map((task) => ({ task, thresholdScale: cache[task.key] ?? Infinity }));
  // Loaded here so the worker processes only load the simulation code.
  const { fitCalibrationTable, renderCalibrationTable } = await import('./calibrate');
  const { errorReport, formatErrorReport } = await import('./error-report');
  const started = Date.now();
  const table = fitCalibrationTable(samples);
  console.log(`fitted ${table.entries.length} calibrations in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const report = errorReport(table, samples);
  console.log(formatErrorReport(report));
  if (!args.includes('--no-write')) {
    writeFileSync(
      TABLE_FILE,
      renderCalibrationTable(table, report, calibrationInputsHash(readCalibrationInputs(REPO_ROOT))),
    );
    console.log(`wrote ${TABLE_FILE}`);
  }
}

void main();
