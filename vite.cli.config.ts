import { defineConfig } from 'vite';

// Bundles the CLI (cli/main.ts + the core it uses) into one Node ES module, out/cli/scs-sim.mjs,
// which bin/scs-sim.mjs runs. zod is bundled too, so the installed CLI needs nothing else.
export default defineConfig({
  build: {
    ssr: 'cli/main.ts',
    outDir: 'out/cli',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: true,
    rollupOptions: { output: { entryFileNames: 'scs-sim.mjs', format: 'es' } },
  },
  ssr: { noExternal: true },
});
