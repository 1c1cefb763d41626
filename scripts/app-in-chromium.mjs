// The built renderer (out/renderer) served locally and opened in Chromium — shared by the screenshot and latency
// scripts. Uses CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own browser.
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { startStaticServer } from './static-server.mjs';

/**
 * Opens the app at `width`×`height` and waits for the 3D view's first frame (on the free-practice workstation, `?practice`),
 * or with `chooser` for the case chooser, the app's first screen; `close()` stops browser and server.
 */
export async function openBuiltApp({ width = 1440, height = 900, chooser = false } = {}) {
  const executablePath =
    process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  const server = await startStaticServer('out/renderer', 0);
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const close = async () => {
    await browser.close();
    server.close();
  };
  try {
    const page = await browser.newPage({ viewport: { width, height } });
    page.on('console', (m) => m.type() === 'error' && console.error('page:', m.text()));
    await page.goto(chooser ? server.url : `${server.url}?practice`);
    if (chooser) await page.getByRole('heading', { name: 'Choose a case' }).waitFor({ timeout: 30_000 });
    else await page.locator('[data-frame-drawn="true"]').waitFor({ timeout: 30_000 });
    return { page, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Opens a session file through the app's Open… button and waits until the virtual patient has answered. */
export async function openSessionFile(page, path) {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Open…', exact: true }).click(),
  ]);
  await chooser.setFiles(path);
  await page.locator('section[data-status="ready"]').waitFor({ timeout: 30_000 });
}
