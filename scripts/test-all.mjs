// `npm test`: every check a change must pass, in the order that fails fastest, then one plain summary
// line `tests: N passed, N failed` summed from the runners' JSON reports. Exits non-zero if any step
// fails or a report is missing. Steps run even after a failure (except e2e without a build) so one
// run shows everything that is wrong.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const REPORTS = {
  vitest: 'reports/vitest.json',
  playwright: 'reports/playwright.json',
};

rmSync('reports', { recursive: true, force: true });
mkdirSync('reports', { recursive: true });

const failedSteps = [];
const timings = [];

function step(name, command, args) {
  const started = Date.now();
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', shell: false });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  timings.push(`${name} ${seconds}s`);
  if (result.status !== 0) {
    failedSteps.push(name);
    console.log(`✗ ${name} failed (exit ${result.status ?? result.signal}) after ${seconds}s`);
    return false;
  }
  console.log(`✓ ${name} (${seconds}s)`);
  return true;
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

step('lint', npx, ['eslint', '--max-warnings', '0', '.']);
step('format', npx, ['prettier', '--check', '.']);
step('typecheck', npm, ['run', '--silent', 'typecheck']);
step('unit and component tests', npx, ['vitest', 'run']);
const built = step('build', npm, ['run', '--silent', 'build']);
step('electron security audit', npm, ['run', '--silent', 'audit:electron']);
if (built) step('end-to-end tests', npx, ['playwright', 'test']);
else failedSteps.push('end-to-end tests (skipped: build failed)');

/** Counts from a vitest JSON report (jest-compatible shape). */
function vitestCounts(report) {
  return { passed: report.numPassedTests ?? 0, failed: report.numFailedTests ?? 0 };
}

/**
 * Counts from a Playwright JSON report. A flaky test (failed, then passed on a retry) counts as failed: the
 * suite runs without retries, so this only matters if retries are ever turned back on.
 */
function playwrightCounts(report) {
  const stats = report.stats ?? {};
  return {
    passed: stats.expected ?? 0,
    failed: (stats.unexpected ?? 0) + (stats.flaky ?? 0) + ((report.errors ?? []).length > 0 ? 1 : 0),
  };
}

const RUNNER_STEP = { vitest: 'unit and component tests', playwright: 'end-to-end tests' };
let passed = 0;
let failed = 0;
const stepsExplainedByCounts = new Set();
for (const [runner, file] of Object.entries(REPORTS)) {
  if (!existsSync(file)) {
    failedSteps.push(`${runner} report missing (${file})`);
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const counts = runner === 'vitest' ? vitestCounts(report) : playwrightCounts(report);
  console.log(`${runner}: ${counts.passed} passed, ${counts.failed} failed`);
  passed += counts.passed;
  failed += counts.failed;
  if (counts.failed > 0) stepsExplainedByCounts.add(RUNNER_STEP[runner]);
}

console.log(`\nTimings: ${timings.join(', ')}`);
if (failedSteps.length > 0) console.log(`Failed steps: ${failedSteps.join('; ')}`);
// A failed step whose failures no report counts (lint, type check, build, audit, a crashed runner) counts as one.
const uncounted = failedSteps.filter((name) => !stepsExplainedByCounts.has(name)).length;
console.log(`tests: ${passed} passed, ${failed + uncounted} failed`);
process.exit(failedSteps.length > 0 || failed > 0 ? 1 : 0);
