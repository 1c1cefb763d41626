import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { brokenReferences, checkedDocuments, listRepo } from './docs-links';

const fixtureRepo = new Set([
  'README.md',
  'docs',
  'docs/physics.md',
  'src-core',
  'src-core/CONTEXT.md',
  'src-core/units.ts',
  'src-core/anatomy',
  'src-core/anatomy/canal.ts',
]);
const targets = (file: string, markdown: string): string[] =>
  brokenReferences(file, markdown, fixtureRepo).map((b) => `${b.reason}: ${b.target}`);

describe('the documentation link check', () => {
  it('finds no broken link or repo path in docs/, README.md and the CONTEXT.md files', { timeout: 30_000 }, () => {
    const paths = listRepo(process.cwd());
    const documents = checkedDocuments(paths);
    expect(documents).toContain('README.md');
    expect(documents).toContain('src-core/CONTEXT.md');
    expect(documents).toContain('docs/architecture.md');
    const broken = documents.flatMap((file) =>
      brokenReferences(file, readFileSync(file, 'utf8'), paths).map(
        (b) => `${b.file}:${b.line} ${b.reason}: ${b.target}`,
      ),
    );
    expect(broken).toEqual([]);
  });

  it('accepts links and backticked paths that exist', () => {
    const markdown = [
      'See [physics](physics.md#units), [the readme](../README.md) and [a site](https://example.org/x.md).',
      'Code: `src-core/anatomy/canal.ts`, `src-core/anatomy/`, `anatomy/canal.ts` and `canal.ts`; run `npx tsx x.ts --y`.',
      'Chromium at `/usr/bin/chromium`; build output in `out/cli/scs-sim.mjs`.',
    ].join('\n');
    expect(targets('docs/physics.md', markdown)).toEqual([]);
  });

  it('fails on a broken relative link, a missing backticked path and a bare file name that exists nowhere', () => {
    const markdown = [
      'See [old notes](notes-that-moved.md) and `src-core/anatomy/spine.ts`.',
      'The kernel is in `kernel-v2.ts`.',
    ].join('\n');
    expect(targets('docs/physics.md', markdown)).toEqual([
      'missing: notes-that-moved.md',
      'missing: src-core/anatomy/spine.ts',
      'missing: kernel-v2.ts',
    ]);
  });

  it('fails on links and paths that point outside the repo', () => {
    const markdown =
      'Facts from [the reference](../../shared/domain/reference.md) and `/work/shared/style/house-style.md`.';
    expect(targets('docs/physics.md', markdown)).toEqual([
      'outside the repo: ../../shared/domain/reference.md',
      'outside the repo: /work/shared/style/house-style.md',
    ]);
  });

  it('reads a CONTEXT.md relative to its folder and rejects a folder that no longer exists', () => {
    const markdown = '- `units.ts` — units; `anatomy/` — the frame; `stimulation/` — the old synthesiser.';
    expect(targets('src-core/CONTEXT.md', markdown)).toEqual(['missing: stimulation/']);
  });

  it('ignores paths inside fenced code blocks', () => {
    expect(targets('docs/physics.md', '```\ncat `missing.ts`\n```\n')).toEqual([]);
  });
});
