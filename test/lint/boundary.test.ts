import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Lints source text as if it lived at a path inside the repo, with the repo's own eslint.config.js.
async function lintAs(filePath: string, code: string) {
  const eslint = new ESLint({ cwd: process.cwd() });
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

// Each case starts ESLint with the repo's typed config: seconds on a loaded machine, so an explicit budget.
describe('the import boundary of src-core', { timeout: 30_000 }, () => {
  it.each([
    ["import { useState } from 'react';", 'React'],
    ["import * as THREE from 'three';", 'three'],
    ["import { readFileSync } from 'node:fs';", 'a Node built-in'],
    ["import { app } from 'electron';", 'Electron'],
    ["import { createStore } from 'zustand/vanilla';", 'zustand'],
    ["import { App } from '../renderer/App';", 'the renderer'],
    ["import { fitPredictorWeights } from '../../../tools/predictor/fit';", 'the offline tools'],
  ])('rejects %s (%s) inside src-core', async (code) => {
    const messages = await lintAs('src-core/field/forbidden.ts', `${code}\nexport const x = 1;\n`);
    expect(messages.length).toBe(1);
    expect(messages[0]).toMatch(/src-core/);
  });

  it('allows the same React import in the renderer', async () => {
    expect(await lintAs('renderer/ok.tsx', "import { useState } from 'react';\nexport const x = useState;\n")).toEqual(
      [],
    );
  });

  it('allows core-internal imports and zod inside src-core', async () => {
    expect(
      await lintAs(
        'src-core/field/ok.ts',
        "import { z } from 'zod';\nimport { mA } from '../units';\nexport const x = [z, mA];\n",
      ),
    ).toEqual([]);
  });

  it('keeps Node out of the renderer too', async () => {
    expect(
      await lintAs('renderer/bad.ts', "import { readFile } from 'node:fs/promises';\nexport const x = readFile;\n"),
    ).toHaveLength(1);
  });

  it.each([
    ['renderer/viewport/deep.ts', '../../src-core/fibres/dorsal-root'],
    ['electron/main/deep.ts', '../../src-core/session/restore'],
    ['cli/commands/deep.ts', '../../src-core/simulation/simulate'],
  ])('refuses a deep core import in %s (%s): outer layers use the public API', async (filePath, spec) => {
    const messages = await lintAs(filePath, `import { x as y } from '${spec}';\nexport const x = y;\n`);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/public API/);
  });

  it('allows the public API itself from every outer layer', async () => {
    for (const filePath of ['renderer/viewport/ok.ts', 'electron/main/ok.ts', 'cli/commands/ok.ts']) {
      expect(await lintAs(filePath, "import { mA } from '../../src-core';\nexport const x = mA;\n")).toEqual([]);
    }
  });
});
