import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Three projects, one per environment: the core and the Electron main process in Node, components in jsdom.
export default defineConfig({
  test: {
    reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
    // Every core: vitest's default leaves one free (one worker on the 2-core CI machines, which made the suite run
    // file by file). The heavy files are CPU-bound simulations with explicit timeouts, none timed.
    maxWorkers: availableParallelism(),
    projects: [
      {
        test: {
          name: 'core',
          environment: 'node',
          include: [
            'test/core/**/*.test.ts',
            'test/validation/**/*.test.ts',
            'test/cli/**/*.test.ts',
            'test/lint/**/*.test.ts',
            'test/tools/**/*.test.ts',
            'test/scripts/**/*.test.ts',
          ],
        },
      },
      {
        test: { name: 'electron', environment: 'node', include: ['test/electron/**/*.test.ts'] },
      },
      {
        plugins: [react()],
        define: { __APP_VERSION__: JSON.stringify('test') },
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['test/renderer/**/*.test.ts', 'test/renderer/**/*.test.tsx'],
          setupFiles: ['test/renderer/setup.ts'],
        },
      },
    ],
  },
});
