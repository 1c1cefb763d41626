/**
 * The link check of the documentation: every relative Markdown link and every backticked repository
 * path in docs/, README.md and the CONTEXT.md files must name something that exists inside the repo.
 * `brokenReferences` is pure over a list of the repo's paths, so a fixture string can prove it fails.
 */
import { readdirSync } from 'node:fs';
import { join, posix } from 'node:path';

/** One reference that does not resolve: where it is and why. */
export interface BrokenReference {
  readonly file: string;
  readonly line: number;
  readonly target: string;
  readonly reason: 'missing' | 'outside the repo';
}

/** Folders the build and the test runners create: paths under them are generated, not checked. */
const GENERATED = new Set(['node_modules', '.git', 'out', 'dist', 'reports', 'test-results', 'playwright-report']);
/** Absolute paths allowed in backticks: system locations of tools (e.g. `/usr/bin/chromium`), never documents. */
const SYSTEM_PREFIXES = ['/usr/', '/bin/', '/etc/', '/opt/'];
const FILE_NAME = /^[\w.@-]+\.(?:ts|tsx|js|mjs|cjs|json|md|yml|yaml|css|html|png|svg)$/;
const PATH_TOKEN = /^[\w.@/-]+$/;

/** Repository-relative POSIX path of `target` seen from the folder `fromDir`, or undefined if it leaves the repo. */
function resolveInRepo(fromDir: string, target: string): string | undefined {
  if (target.startsWith('/')) return undefined;
  const joined = posix.normalize(posix.join(fromDir, target)).replace(/\/$/, '');
  return joined === '..' || joined.startsWith('../') ? undefined : joined;
}

/** Markdown link targets `[text](target)` that point into the repository (not URLs, not in-page anchors). */
function linkTargets(line: string): string[] {
  const out: string[] = [];
  for (const m of line.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
    const target = m[1]!;
    if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('#')) continue;
    const path = target.split('#')[0]!;
    if (path !== '') out.push(path);
  }
  return out;
}

/**
 * Backticked single tokens that look like repo paths: a file name with one of the repo's extensions, a
 * folder (trailing `/`), or anything starting with `./`, `../` or `/`. Commands and code (with spaces),
 * and files of other projects (`models/mrg.py`), are not checked.
 */
function pathSpans(line: string, topLevel: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const m of line.matchAll(/`([^`\n]+)`/g)) {
    const span = m[1]!.trim();
    if (!PATH_TOKEN.test(span) || span.includes('//')) continue;
    const name = posix.basename(span);
    const first = span.split('/')[0]!;
    if (
      FILE_NAME.test(name) ||
      span.endsWith('/') ||
      /^\.{0,2}\//.test(span) ||
      (topLevel.has(first) && span.includes('/'))
    )
      out.push(span);
  }
  return out;
}

/**
 * Every broken reference of the Markdown document at repository-relative `file`, given every path of
 * the repo (`paths`, POSIX, files and folders). Rules: a relative link resolves from the document's
 * folder; a backticked path that starts with `./`, `../` or `/` too; one that starts with a top-level
 * entry of the repo (`src-core/…`) from the root; in a CONTEXT.md, other paths from its folder (a bare
 * name may be anywhere below it); elsewhere a bare file name (`kernel.ts`) must exist somewhere in the
 * repo. Nothing may resolve outside the repo; paths in generated folders (`out/`) are not checked.
 *
 * @example
 * brokenReferences('docs/a.md', 'See [b](../../shared/b.md).', paths); // [{ reason: 'outside the repo', … }]
 */
export function brokenReferences(file: string, markdown: string, paths: ReadonlySet<string>): BrokenReference[] {
  const dir = posix.dirname(file);
  const isContext = posix.basename(file) === 'CONTEXT.md';
  const topLevel = new Set([...paths].map((p) => p.split('/')[0]!));
  const exists = (p: string): boolean => p === '.' || paths.has(p) || GENERATED.has(p.split('/')[0]!);
  const below = (folder: string, tail: string): boolean =>
    [...paths].some((p) => p.endsWith(`/${tail}`) && (folder === '.' || p.startsWith(`${folder}/`)));
  const out: BrokenReference[] = [];
  let fenced = false;
  markdown.split('\n').forEach((text, index) => {
    if (/^\s*```/.test(text)) fenced = !fenced;
    if (fenced) return;
    const line = index + 1;
    const report = (target: string, reason: BrokenReference['reason']): void => {
      out.push({ file, line, target, reason });
    };
    const check = (target: string, from: string): void => {
      const resolved = resolveInRepo(from, target);
      if (resolved === undefined) report(target, 'outside the repo');
      else if (!exists(resolved)) report(target, 'missing');
    };
    for (const target of linkTargets(text)) check(target, dir);
    for (const span of pathSpans(text, topLevel)) {
      const bare = span.replace(/\/$/, '');
      if (SYSTEM_PREFIXES.some((prefix) => span.startsWith(prefix)) || GENERATED.has(bare.split('/')[0]!)) continue;
      if (/^\.{0,2}\//.test(span)) check(span, dir);
      else if (topLevel.has(bare.split('/')[0]!) && !isContext) check(span, '.');
      else {
        // Relative to the document, to the root, or a tail of a repo path (`anatomy/canal.ts` in src-core);
        // a CONTEXT.md only names things below its own folder.
        const scope = isContext ? dir : '.';
        const found = exists(posix.join(dir, bare)) || exists(bare) || below(scope, bare);
        if (!found) report(span, 'missing');
      }
    }
  });
  return out;
}

/** Repository-relative POSIX paths of every file and folder under `root` (generated folders skipped). */
export function listRepo(root: string): Set<string> {
  const out = new Set<string>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      if (GENERATED.has(entry.name)) continue;
      const path = dir === '' ? entry.name : `${dir}/${entry.name}`;
      out.add(path);
      if (entry.isDirectory()) walk(path);
    }
  };
  walk('');
  return out;
}

/** The documents the check covers: docs/**\/*.md, README.md and every CONTEXT.md (repo-relative, sorted). */
export function checkedDocuments(paths: ReadonlySet<string>): string[] {
  return [...paths]
    .filter(
      (p) => (p.startsWith('docs/') && p.endsWith('.md')) || p === 'README.md' || posix.basename(p) === 'CONTEXT.md',
    )
    .sort();
}
