// Measures, in a real Chromium, the time from an amplitude change in the programmer to the updated body map and
// patient words (the physiology round trip through the Web Worker plus React's render):
//   npm run build:renderer && node scripts/measure-latency.mjs [steps] [--without-3d-layer]
// --without-3d-layer hides the 3D view's field and fibres first: in software GL (CI, headless) each amplitude change
// also redraws the 3D view on the CPU (≈130 ms of GPU-process time per frame), which competes for the same cores.
// Prints median and 95th percentile; numbers are reported, never asserted.
import { openBuiltApp, openSessionFile } from './app-in-chromium.mjs';

const withoutLayer = process.argv.includes('--without-3d-layer');
const steps = Number(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 40);
const { page, close } = await openBuiltApp();
try {
  await openSessionFile(page, 'resources/sessions/tonic-leg-pain.scs.json');
  if (withoutLayer) {
    await page.getByLabel('Field', { exact: true }).uncheck();
    await page.getByLabel('Recruited fibres', { exact: true }).uncheck();
  }
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
        observer.observe(doc.querySelector('.bodymap') ?? doc.body, {
          subtree: true,
          childList: true,
          characterData: true,
          attributes: true,
        });
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
  console.log(
    `amplitude change → body map updated${withoutLayer ? ', 3D field and fibres hidden' : ''} (${timings.length} of ${steps} changes): median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms`,
  );
} finally {
  await close();
}
