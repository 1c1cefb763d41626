#!/usr/bin/env node
/**
 * Security audit of the Electron main process and preload with Doyensec Electronegativity.
 *
 * Scans the TypeScript sources in electron/ (Electronegativity parses TypeScript itself, and the
 * sources keep the security flags readable; the bundles in out/ are minified-free but merged and
 * full of zod). Writes reports/electronegativity.sarif (the tool's own format, for code-scanning
 * UIs) and reports/electronegativity.json (findings plus whether each one is explained), prints a
 * summary, and exits 1 when:
 *   - there is any HIGH finding (no exceptions possible),
 *   - there is a MEDIUM finding not listed in scripts/electronegativity-exceptions.json,
 *   - a source file could not be parsed (an unscanned file must not pass silently),
 *   - an exception no longer matches any finding (the list only ever shrinks).
 *
 * Usage: node scripts/audit-electron.mjs
 */
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const INPUT_DIR = join(ROOT, 'electron');
const REPORT_DIR = join(ROOT, 'reports');
const SARIF_REPORT = join(REPORT_DIR, 'electronegativity.sarif');
const JSON_REPORT = join(REPORT_DIR, 'electronegativity.json');
const EXCEPTIONS_FILE = join(ROOT, 'scripts', 'electronegativity-exceptions.json');

/**
 * Checks not run, each with the reason. Excluding a check is different from excepting a finding:
 * these can never produce a meaningful result for this input.
 */
const EXCLUDED_CHECKS = {
  // Compares the Electron version in package.json with GitHub's release notes: it needs the network
  // (this CI has none) and a package.json, which electron/ does not contain. `npm audit` and
  // Dependabot cover dependency versions.
  AvailableSecurityFixesGlobalCheck: 'needs network access and a package.json; dependency versions are npm audit’s job',
};

const SEVERITIES = ['HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL'];

/** Reads and validates the explained-exceptions list. */
function readExceptions() {
  const raw = JSON.parse(readFileSync(EXCEPTIONS_FILE, 'utf8'));
  if (!Array.isArray(raw)) throw new Error(`${relative(ROOT, EXCEPTIONS_FILE)} must contain a JSON array.`);
  return raw.map((entry, index) => {
    const valid =
      entry !== null &&
      typeof entry === 'object' &&
      ['check', 'file', 'reason'].every((key) => typeof entry[key] === 'string' && entry[key].trim() !== '');
    if (!valid) throw new Error(`Exception #${index + 1} needs non-empty "check", "file" and "reason" strings.`);
    return { check: entry.check, file: entry.file, reason: entry.reason };
  });
}

/** The installed Electron version, so the tool applies that version's defaults. */
function installedElectronVersion() {
  return JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
}

/** Turns the tool's path (relative to the input folder, or "N/A" for global checks) into a repo path. */
function repoPath(file) {
  return file === 'N/A' ? file : relative(ROOT, resolve(INPUT_DIR, file)).split('\\').join('/');
}

async function main() {
  const exceptions = readExceptions();
  // Messages come from the tool's bundled English catalogue, whatever the machine's locale.
  process.env.LANG = 'en-US';
  mkdirSync(REPORT_DIR, { recursive: true });

  const run = require('@doyensec/electronegativity');
  const result = await run({
    input: INPUT_DIR,
    output: SARIF_REPORT,
    isSarif: true,
    isRelative: true,
    electronVersionOverride: installedElectronVersion(),
    excludeFromScan: Object.keys(EXCLUDED_CHECKS),
  });

  const findings = result.issues.map((issue) => {
    const file = repoPath(issue.file);
    const exception = exceptions.find((entry) => entry.check === issue.id && entry.file === file);
    return {
      check: issue.id,
      severity: issue.severity.name,
      confidence: issue.confidence.name,
      file,
      line: issue.location.line,
      column: issue.location.column,
      description: issue.description,
      sample: issue.sample ?? null,
      manualReview: issue.manualReview,
      // HIGH findings cannot be excepted.
      explainedBy: issue.severity.name === 'HIGH' ? null : (exception?.reason ?? null),
    };
  });
  const parseErrors = result.errors.filter((error) => !error.tolerable);
  const staleExceptions = exceptions.filter(
    (entry) => !findings.some((finding) => finding.check === entry.check && finding.file === entry.file),
  );
  const failures = [
    ...findings
      .filter((f) => f.severity === 'HIGH' || (f.severity === 'MEDIUM' && f.explainedBy === null))
      .map(
        (f) =>
          `${f.severity} ${f.check} at ${f.file}:${f.line}${f.severity === 'MEDIUM' ? ' (not in the exceptions list)' : ''}`,
      ),
    ...parseErrors.map((error) => `could not parse ${repoPath(error.file)}: ${error.message}`),
    ...staleExceptions.map((entry) => `exception ${entry.check} for ${entry.file} matches no finding: remove it`),
  ];

  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, findings.filter((f) => f.severity === s).length]));
  writeFileSync(
    JSON_REPORT,
    `${JSON.stringify(
      {
        tool: '@doyensec/electronegativity',
        input: relative(ROOT, INPUT_DIR),
        checks: { global: result.globalChecks, atomic: result.atomicChecks, excluded: EXCLUDED_CHECKS },
        counts,
        findings,
        parseErrors: result.errors,
        failures,
        passed: failures.length === 0,
      },
      null,
      2,
    )}\n`,
  );

  console.log(
    `\nElectronegativity: ${result.globalChecks + result.atomicChecks} checks over ${relative(ROOT, INPUT_DIR)}/`,
  );
  console.log(`  findings: ${SEVERITIES.map((s) => `${s} ${counts[s]}`).join(', ')}`);
  for (const f of findings) {
    const status =
      f.explainedBy === null ? (f.severity === 'HIGH' || f.severity === 'MEDIUM' ? 'FAIL' : 'note') : 'explained';
    console.log(
      `  [${status}] ${f.severity} ${f.check} ${f.file}:${f.line}${f.explainedBy ? ` (${f.explainedBy})` : ''}`,
    );
  }
  console.log(`  reports: ${relative(ROOT, JSON_REPORT)}, ${relative(ROOT, SARIF_REPORT)}`);
  if (failures.length > 0) {
    console.error(`\nElectron audit FAILED:\n${failures.map((line) => `  - ${line}`).join('\n')}`);
    process.exitCode = 1;
  } else {
    console.log('\nElectron audit passed.');
  }
}

main().catch((error) => {
  console.error('Electron audit could not run:', error);
  process.exitCode = 1;
});
