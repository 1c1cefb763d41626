import { defineConfig } from 'electron-vite';

/**
 * Builds the Electron main process and preload only; the renderer is built by vite.config.ts into
 * out/renderer (one build shared with web mode), so there is deliberately no `renderer` section.
 * (electron-vite warns "renderer config is missing"; `electron-vite build --ignoreConfigWarning`
 * silences it.)
 *
 * Both bundles inline their dependencies (zod) so `out/` is self-contained.
 */
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      externalizeDeps: false,
      sourcemap: true,
      lib: {
        entry: 'electron/main/index.ts',
        // ES module, matching package.json "type": "module"; the file package.json "main" names.
        formats: ['es'],
        fileName: () => 'index.js',
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload can `require` only a few Electron-provided modules, so everything else
      // must be bundled in.
      externalizeDeps: false,
      sourcemap: true,
      lib: {
        entry: 'electron/preload/index.ts',
        // Sandboxed preloads cannot be ES modules; `.cjs` keeps Node from reading the file as ESM
        // under package.json "type": "module".
        formats: ['cjs'],
        fileName: () => 'index.cjs',
      },
    },
  },
});
