import { expect, test } from '@playwright/test';
import { App, type ColourRange } from './app';

const SESSION = 'resources/sessions/tonic-leg-pain.scs.json';
// Lit bone (#d9cfbf) is a light warm grey; the cathode is blue #4fa3e8, the anode orange #f0a04b.
const BONE: ColourRange = { r: [120, 255], g: [110, 250], b: [90, 235] };
const CATHODE_BLUE: ColourRange = { r: [40, 130], g: [120, 210], b: [190, 255] };
const ANODE_ORANGE: ColourRange = { r: [200, 255], g: [120, 200], b: [20, 120] };
const NEAR_BLACK: ColourRange = { r: [0, 25], g: [0, 25], b: [0, 25] };
const BRIGHT_GREY: ColourRange = { r: [170, 255], g: [170, 255], b: [170, 255] };
// Below the view buttons and above the caption, which overlay the canvas.
const CENTRE = { left: 0.35, right: 0.65, top: 0.18, bottom: 0.85 };
const OUTER_LEFT = { left: 0, right: 0.12, top: 0.18, bottom: 0.85 };

async function openSession(app: App) {
  await app.open();
  await app.openFile(SESSION);
  await expect(app.leadPlacement).toHaveText('Lead 1 tip: T8 + 0 mm, 1.5 mm left');
}

test.describe('the 3D spine view', () => {
  test('the posterior view shows the spine down the middle with the programmed lead on it', async ({ page }) => {
    const app = new App(page);
    await openSession(app);
    await app.viewButton('Posterior view').click();
    await expect(app.viewButton('Posterior view')).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => app.canvasPixelFractionIn(BONE, CENTRE)).toBeGreaterThan(0.2);
    expect(await app.canvasPixelFractionIn(BONE, OUTER_LEFT)).toBeLessThan(0.02);
    // Contact 3 is the cathode and 4 the anode: both colours appear, in the middle where the lead lies.
    expect(await app.canvasPixelFractionIn(CATHODE_BLUE, CENTRE)).toBeGreaterThan(0.0003);
    expect(await app.canvasPixelFractionIn(ANODE_ORANGE, CENTRE)).toBeGreaterThan(0.0003);
    expect(await app.canvasPixelFractionIn(CATHODE_BLUE, OUTER_LEFT)).toBe(0);
  });

  test('fluoroscopy mode draws an X-ray-like image: black field, grey-white bone and metal, no colours', async ({ page }) => {
    const app = new App(page);
    await openSession(app);
    await app.viewButton('Posterior view').click();
    await app.viewButton('Fluoroscopy (X-ray) view').click();
    await expect(app.viewButton('Fluoroscopy (X-ray) view')).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => app.canvasPixelFractionIn(NEAR_BLACK, OUTER_LEFT)).toBeGreaterThan(0.8);
    expect(await app.canvasPixelFractionIn(BRIGHT_GREY, CENTRE)).toBeGreaterThan(0.03);
    expect(await app.canvasPixelFractionIn(CATHODE_BLUE, CENTRE)).toBe(0);
    await expect(app.viewport).toContainText('Simulated fluoroscopy · AP');
    await app.viewButton('Lateral view').click();
    await expect(app.viewport).toContainText('Simulated fluoroscopy · lateral');
  });

  test('the axial section draws the canal at the lead', async ({ page }) => {
    const app = new App(page);
    await openSession(app);
    await app.viewButton('Axial section').click();
    // The cut cathode (blue) and the cord (pale) are drawn in the section.
    await expect.poll(() => app.canvasPixelFractionIn(CATHODE_BLUE, CENTRE)).toBeGreaterThan(0.0003);
    expect(await app.canvasPixelFractionIn({ r: [225, 255], g: [215, 245], b: [200, 230] }, CENTRE)).toBeGreaterThan(0.005);
  });

  test('arrow keys move the active lead: the readout and the picture follow', async ({ page }) => {
    const app = new App(page);
    await openSession(app);
    await app.viewButton('Posterior view').click();
    await app.viewport.focus();
    const before = await app.canvasImage();

    await page.keyboard.press('ArrowDown');
    await expect(app.leadPlacement).toHaveText('Lead 1 tip: T8 + 1 mm, 1.5 mm left');
    await expect.poll(async () => (await app.canvasImage()).equals(before)).toBe(false);

    await page.keyboard.press('Shift+ArrowUp');
    await expect(app.leadPlacement).toHaveText(/^Lead 1 tip: T7 \+ 2[0-9.]* mm, 1\.5 mm left$/);
    await page.keyboard.press('ArrowLeft');
    await expect(app.leadPlacement).toContainText('2 mm left');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(app.leadPlacement).toContainText('1 mm left');

    await app.viewport.getByLabel('Active lead').selectOption('1');
    await expect(app.leadPlacement).toHaveText('Lead 2 tip: T8 + 8 mm, 1.5 mm right');
    await app.viewport.focus();
    await page.keyboard.press('ArrowUp');
    await expect(app.leadPlacement).toHaveText('Lead 2 tip: T8 + 7 mm, 1.5 mm right');
  });
});
