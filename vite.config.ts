import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { CONTENT_SECURITY_POLICY } from './electron/content-security-policy.ts';
import packageJson from './package.json' with { type: 'json' };

/**
 * Adds the Content-Security-Policy meta tag to the built page only: the dev server injects an
 * inline React-refresh preamble that a strict policy would (rightly) block.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'scs-content-security-policy',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<head>',
        `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      ),
  };
}

// The renderer is one build shared by the Electron window (loaded from out/renderer) and web
// mode (`npm run web`), so what the tests exercise in Chromium is what ships.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), contentSecurityPolicy()],
  define: { __APP_VERSION__: JSON.stringify(packageJson.version) },
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
  },
  worker: { format: 'es' },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
