// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * The layering rule (docs/architecture.md): src-core is pure TypeScript that runs unchanged in a
 * Web Worker, the renderer, the CLI and tests. It may import nothing from the UI, the desktop shell
 * or Node. Exported so test/lint/boundary.test.ts can prove the rule fires.
 */
export const coreForbiddenImports = {
  paths: [
    'react',
    'react-dom',
    'three',
    'zustand',
    'recharts',
    'electron',
    'comlink',
    'fs',
    'path',
    'os',
    'child_process',
    'worker_threads',
    'url',
    'crypto',
    'util',
    'process',
  ].map((name) => ({
    name,
    message: 'src-core must stay pure: no UI, Electron or Node imports (docs/architecture.md).',
  })),
  patterns: [
    { group: ['node:*'], message: 'src-core must not use Node built-ins.' },
    {
      group: ['react-dom/*', 'three/*', '@react-three/*', 'zustand/*', 'recharts/*', 'electron/*'],
      message: 'src-core must not import UI or Electron libraries.',
    },
    {
      group: ['**/renderer/**', '**/electron/**', '**/cli/**', '../renderer', '../electron', '../cli'],
      message: 'src-core may not import from renderer/, electron/ or cli/: dependencies point inward only.',
    },
    {
      group: ['**/tools/**', '../tools', '../../tools', '../../../tools'],
      message: 'src-core may not import from tools/: the offline tools are not shipped (docs/architecture.md).',
    },
  ],
};

/** Outer layers import the core only through its public API, src-core/index.ts. */
const coreDeepImport = {
  group: ['**/src-core/*', '!**/src-core/index', '!**/src-core/index.ts'],
  message: 'Import the core through its public API (src-core/index.ts); add the name there if an outer layer needs it.',
};

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'reports/**',
      'test-results/**',
      'playwright-report/**',
      'test/lint/fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      eqeqeq: ['error', 'always'],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src-core/**/*.ts'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: { 'no-restricted-imports': ['error', coreForbiddenImports] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'fs', 'path', 'os', 'child_process'].map((name) => ({
            name,
            message: 'The renderer never touches Node or Electron: use renderer/platform.',
          })),
          patterns: [
            { group: ['node:*'], message: 'The renderer never touches Node.' },
            {
              group: ['**/electron/main/**', '**/electron/preload/**', '**/cli/**'],
              message: 'The renderer talks to main only through the preload API (electron/ipc-contract.ts types).',
            },
            coreDeepImport,
          ],
        },
      ],
    },
  },
  {
    files: [
      'electron/**/*.ts',
      'scripts/**/*.{js,mjs}',
      'cli/**/*.ts',
      'bench/**/*.ts',
      'tools/**/*.ts',
      '*.config.{ts,js}',
      'test/**/*.{ts,tsx}',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // The outer layers use the core through its public API only (src-core/index.ts); tests and the offline
    // calibration tools may reach into modules.
    files: ['electron/**/*.ts', 'cli/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.{js,mjs,ts}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [coreDeepImport] }] },
  },
);
