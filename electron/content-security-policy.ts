/**
 * The one Content-Security-Policy for the renderer, used by the built page's meta tag (vite.config.ts)
 * and by the main process's response-header hook, so the two can never disagree.
 * No remote origins at all: the app works offline and loads nothing it did not ship.
 * `style-src 'unsafe-inline'` is needed by the chart library's inline style attributes; scripts stay strict.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');
