// Measures, in a real Chromium, the time from an amplitude change in the programmer to the updated body map and
// patient words (the physiology round trip through the Web Worker plus React's render):
//   npm run build:renderer && node scripts/measure-latency.mjs [steps]
// Prints median and 95th percentile; numbers are reported, never asserted.
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { startStaticServer } from './static-server.mjs';

const steps = Number(process.argv[2] ?? 40);
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const server = await startStaticServer('out/renderer', 0);
const browser = await chromium.launch({
  ...(executablePath ? { executablePath } : {}),
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(server.url);
  await page.locator('[data-frame-drawn="true"]').waitFor({ timeout: 30_000 });
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open…', exact: true }).click()]);
  await chooser.setFiles('resources/sessions/tonic-leg-pain.scs.json');
  await page.locator('section[data-status="ready"]').waitFor({ timeout: 30_000 });
  const timings = await page.evaluate(async (count) => {
    const doc = globalThis.document;
    const input = doc.querySelector('input[aria-label="Amplitude (mA)"]');
    if (!input) throw new Error('the amplitude control was not found');
    const setValue = Object.getOwnPropertyDescriptor(globalThis.HTMLInputElement.prototype, 'value').set;
    const results = [];
    for (let i = 0; i < count; i++) {
      const amplitude = (3 + (i % 20) * 0.1).toFixed(1);
      const changed = new Promise((resolve) => {
        const observer = new globalThis.MutationObserver(() => {
          observer.disconnect();
          resolve(globalThis.performance.now());
        });
        observer.observe(doc.querySelector('.bodymap') ?? doc.body, { subtree: true, childList: true, characterData: true, attributes: true });
        setTimeout(() => {
          observer.disconnect();
          resolve(undefined);
        }, 2000);
      });
      const started = globalThis.performance.now();
      setValue.call(input, amplitude);
      input.dispatchEvent(new globalThis.Event('input', { bubbles: true }));
      const ended = await changed;
      if (ended !== undefined) results.push(ended - started);
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
    return results;
  }, steps);
  timings.sort((a, b) => a - b);
  const at = (q) => timings[Math.min(timings.length - 1, Math.floor(q * timings.length))];
  console.log(`amplitude change → body map updated (${timings.length} of ${steps} changes): median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms`);
} finally {
  await browser.close();
  server.close();
}
