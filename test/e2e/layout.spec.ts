import { expect, test, type Page } from '@playwright/test';
import { App } from './app';

const REGIONS = ['Programmer', '3D spine view', 'Body map', 'Virtual patient', 'Charts'] as const;

async function boxes(page: Page) {
  const out: { name: string; x: number; y: number; width: number; height: number }[] = [];
  for (const name of REGIONS) {
    const box = await page.getByRole('region', { name, exact: true }).boundingBox();
    if (!box) throw new Error(`no box for ${name}`);
    out.push({ name, ...box });
  }
  return out;
}

const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > 1 &&
  Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > 1;

test.describe('the workstation layout', () => {
  for (const size of [
    { width: 1440, height: 900 },
    { width: 1366, height: 768 },
  ]) {
    test(`at ${size.width}×${size.height} the panel, 3D view, body map, patient and charts share one screen without overlapping`, async ({
      page,
    }) => {
      await page.setViewportSize(size);
      await new App(page).openLegPainSample();
      const regions = await boxes(page);
      for (const r of regions) {
        expect(r.y + 40, `${r.name} starts on screen`).toBeLessThan(size.height);
        expect(r.x + r.width, `${r.name} fits across`).toBeLessThanOrEqual(size.width + 1);
        expect(r.height, `${r.name} is not squashed`).toBeGreaterThan(120);
      }
      for (let i = 0; i < regions.length; i++)
        for (let j = i + 1; j < regions.length; j++)
          expect(overlap(regions[i]!, regions[j]!), `${regions[i]!.name} / ${regions[j]!.name}`).toBe(false);
    });
  }

  test('at 1280×720 the toolbar keeps one row and the Record buttons are in view without scrolling', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    const app = new App(page);
    await app.openLegPainSample();
    const commands = page.getByRole('navigation', { name: 'Commands' }).getByRole('button');
    const tops = new Set<number>();
    for (const button of await commands.all()) tops.add(Math.round((await button.boundingBox())!.y));
    expect([...tops], 'every toolbar button on one row').toHaveLength(1);
    for (const kind of ['perception', 'comfort', 'discomfort'])
      await expect(page.getByRole('button', { name: `Record ${kind}` })).toBeInViewport({ ratio: 1 });
    // The menus hold the rest: Help → About still opens About.
    await app.menuCommand('Help', 'About');
    await expect(page.getByRole('dialog', { name: 'SCS Programming Simulator' })).toBeVisible();
  });

  test('on a small window the panels stack into a page that scrolls, none squashed or overlapping', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1024, height: 700 });
    await new App(page).openLegPainSample();
    const regions = await boxes(page);
    for (const r of regions) expect(r.height, `${r.name} keeps its content height`).toBeGreaterThan(200);
    for (let i = 0; i < regions.length; i++)
      for (let j = i + 1; j < regions.length; j++)
        expect(overlap(regions[i]!, regions[j]!), `${regions[i]!.name} / ${regions[j]!.name}`).toBe(false);
    await page.getByRole('region', { name: 'Charts', exact: true }).scrollIntoViewIfNeeded();
    await expect(page.getByRole('tab', { name: 'Titration' })).toBeInViewport();
  });

  for (const size of [
    { width: 1280, height: 720 },
    { width: 1440, height: 900 },
    { width: 1920, height: 1080 },
  ]) {
    test(`presentation mode at ${size.width}×${size.height} shows the 3D view, body map, patient's words and a chart together, no scrolling`, async ({
      page,
    }) => {
      await page.setViewportSize(size);
      const app = new App(page);
      await app.openLegPainSample();
      await app.menuCommand('View', 'Presentation (large text)');
      await expect(page.locator('html')).toHaveClass(/presentation/);
      for (const name of ['3D spine view', 'Body map', 'Virtual patient', 'Charts'])
        await expect(page.getByRole('region', { name, exact: true }), name).toBeInViewport({ ratio: 1 });
      await expect(page.getByLabel('Patient says')).toBeInViewport({ ratio: 1 });
      await expect(page.getByRole('figure', { name: 'Single pulse waveform' })).toBeInViewport({ ratio: 1 });
      const regions = await boxes(page);
      for (let i = 0; i < regions.length; i++)
        for (let j = i + 1; j < regions.length; j++)
          expect(overlap(regions[i]!, regions[j]!), `${regions[i]!.name} / ${regions[j]!.name}`).toBe(false);
      const pageScrolls = await page.evaluate(() => document.documentElement.scrollHeight > window.innerHeight + 1);
      expect(pageScrolls, 'the page itself does not scroll').toBe(false);
      // The presenter's spotlight follows the pointer and goes with Escape.
      await page.keyboard.press('Control+Shift+H');
      const spotlight = page.getByTestId('spotlight');
      await page.mouse.move(400, 300);
      await expect(spotlight).toHaveAttribute('style', /--spot-x: 400px; --spot-y: 300px/);
      await page.keyboard.press('Escape');
      await expect(spotlight).toHaveCount(0);
      // Left by the keyboard as it was entered.
      await page.keyboard.press('Control+Shift+P');
      await expect(page.locator('html')).not.toHaveClass(/presentation/);
    });
  }
});
