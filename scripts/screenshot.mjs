// Takes a screenshot of the built renderer in Chromium: `node scripts/screenshot.mjs [out.png] [width] [height]`.
// Used to look at UI changes and to refresh docs/images; serves out/renderer itself on a free port.
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { startStaticServer } from './static-server.mjs';

const [outFile = 'reports/screenshot.png', width = '1440', height = '900'] = process.argv.slice(2);
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
  await page.waitForTimeout(300);
  await page.screenshot({ path: outFile });
  console.log(`wrote ${outFile}`);
} finally {
  await browser.close();
  server.close();
}
