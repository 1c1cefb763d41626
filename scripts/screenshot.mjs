// Takes a screenshot of the built renderer in Chromium, to look at UI changes and refresh docs/images:
//   node scripts/screenshot.mjs [out.png] [width] [height] [--fill "Accessible name=value" …]
// Each --fill types a value into the control with that accessible name first. Serves out/renderer itself.
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { startStaticServer } from './static-server.mjs';

const args = process.argv.slice(2);
const fills = [];
for (let i = args.indexOf('--fill'); i !== -1; i = args.indexOf('--fill')) fills.push(...args.splice(i, 2).slice(1));
const [outFile = 'reports/screenshot.png', width = '1440', height = '900'] = args;
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const server = await startStaticServer('out/renderer', 0);
const browser = await chromium.launch({
  ...(executablePath ? { executablePath } : {}),
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
  page.on('console', (m) => m.type() === 'error' && console.error('page:', m.text()));
  await page.goto(server.url);
  await page.locator('[data-frame-drawn="true"]').waitFor({ timeout: 20_000 });
  for (const fill of fills) {
    const [name, value] = fill.split('=');
    await page.getByLabel(name, { exact: true }).fill(value);
  }
  await page.waitForTimeout(300);
  await page.screenshot({ path: outFile });
  console.log(`wrote ${outFile}`);
} finally {
  await browser.close();
  server.close();
}
