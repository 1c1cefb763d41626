import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** The names src-core/index.ts exports, each marked value or type, one a line, sorted: the core's public API. */
function publicApiOfCore(): string {
  const index = 'src-core/index.ts';
  const program = ts.createProgram([index], {
    noEmit: true,
    allowImportingTsExtensions: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    resolveJsonModule: true,
    skipLibCheck: true,
    types: [],
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(index);
  const module = source && checker.getSymbolAtLocation(source);
  if (module === undefined) throw new Error(`${index} did not load`);
  return checker
    .getExportsOfModule(module)
    .map((symbol) => {
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      return `${target.flags & ts.SymbolFlags.Value ? 'value' : 'type '} ${symbol.name}`;
    })
    .sort()
    .join('\n');
}

// Type-checks the whole core from its entry: seconds on a loaded machine.
describe('the public API of src-core', { timeout: 60_000 }, () => {
  it('is exactly the reviewed list (add or remove a name on purpose: `npx vitest run -u test/lint/public-api.test.ts`)', async () => {
    await expect(publicApiOfCore() + '\n').toMatchFileSnapshot('public-api.snapshot.txt');
  });

  // Each public name is chosen in src-core/index.ts, not inherited wholesale from a module.
  it('has no wildcard re-export', () => {
    expect(readFileSync('src-core/index.ts', 'utf8')).not.toMatch(/export \*/);
  });
});
