import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { App } from './app';

/** Width and height from a PNG's IHDR chunk (bytes 16–23), after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function snapshot(page: Page, app: App, label: string) {
  const [download] = await Promise.all([page.waitForEvent('download'), app.menuCommand('View', label)]);
  return { name: download.suggestedFilename(), size: pngSize(await readFile(await download.path())) };
}

test.describe('snapshots for slides', () => {
  test('the 3D view and the whole window are saved as PNGs at twice their size on screen', async ({ page }) => {
    test.setTimeout(60_000);
    await page.setViewportSize({ width: 1280, height: 720 });
    const app = new App(page);
    await app.openLegPainSample();
    const canvas = page.getByRole('img', { name: '3D view of the spine and lead' });
    const box = (await canvas.boundingBox())!;

    const view = await snapshot(page, app, 'Snapshot of the 3D view (PNG)');
    expect(view.name).toBe('scs-3d-view.png');
    // Twice the canvas's CSS size (three floors a fractional size to whole pixels).
    expect(Math.abs(view.size.width - 2 * box.width)).toBeLessThanOrEqual(1);
    expect(Math.abs(view.size.height - 2 * box.height)).toBeLessThanOrEqual(1);
    await expect(app.status).toContainText(`Saved scs-3d-view.png (${view.size.width} × ${view.size.height} px).`);

    const window = await snapshot(page, app, 'Snapshot of the window (PNG)');
    expect(window.name).toBe('scs-workstation.png');
    expect(window.size).toEqual({ width: 2560, height: 1440 });
    // The view is drawn again at its own resolution afterwards.
    await expect(canvas).toBeVisible();
    await expect(page.locator('.viewport img')).toHaveCount(0);
  });
});
