import { expect, test } from '@playwright/test';
import { App } from './app';

test.describe('the charts panel', () => {
  test('draws the titration, strength–duration and energy charts of the sample patient, following the program', async ({
    page,
  }) => {
    const app = new App(page);
    await app.openLegPainSample();
    await expect(app.chartsTab('Pulse train')).toHaveAttribute('aria-selected', 'true');

    // Titration: the curve comes from the worker's sweep; the current-amplitude marker moves with the amplitude.
    await app.chartsTab('Titration').click();
    const titration = app.chart('Titration curve');
    await expect(titration).toHaveAttribute('data-chart-state', 'ready', { timeout: 30_000 });
    await expect(titration.locator('path.recharts-line-curve').first()).toHaveAttribute('d', /^M[\d.]+,[\d.]+L/);
    // The model's thresholds are the exercise's answer: marked only once the trainee asks for them.
    await expect(titration.locator('.threshold-line--perception')).toHaveCount(0);
    // Hidden, the curves stop at the highest amplitude tried (5 mA) instead of giving away what lies above it.
    const pointsTried = Number(await titration.getAttribute('data-points'));
    await page.getByRole('checkbox', { name: /Show the model’s thresholds/ }).check();
    await expect(titration.locator('.threshold-line--perception')).toHaveCount(1);
    await expect.poll(async () => Number(await titration.getAttribute('data-points'))).toBeGreaterThan(pointsTried);
    await expect(titration).toHaveAttribute('data-current-amplitude', '5.00');
    const at5 = await app.chartMarkerX(titration, 'current-amplitude');
    await app.amplitude.fill('3');
    await expect(titration).toHaveAttribute('data-current-amplitude', '3.00');
    await expect.poll(() => app.chartMarkerX(titration, 'current-amplitude')).toBeLessThan(at5);
    await expect(titration).toHaveAttribute('data-chart-state', 'ready');

    // Strength–duration: the points fill in one by one until the sweep is complete, then the fit is stated.
    await app.chartsTab('Strength–duration').click();
    const sd = app.chart('Strength–duration curve');
    await expect(sd).toHaveAttribute('data-chart-state', 'ready', { timeout: 60_000 });
    const total = await sd.getAttribute('data-points-total');
    await expect(sd).toHaveAttribute('data-points-done', total ?? '');
    await expect(sd.getByLabel('Weiss fit', { exact: true })).toHaveText(/^rheobase \d+\.\d mA, chronaxie \d+ µs$/);
    await expect(sd.locator('path.recharts-line-curve').first()).toHaveAttribute('d', /^M/);
    const at300 = await app.chartMarkerX(sd, 'current-pulse-width');
    await page.getByLabel('Pulse width (µs)', { exact: true }).fill('450');
    await expect.poll(() => app.chartMarkerX(sd, 'current-pulse-width')).toBeGreaterThan(at300);
    await expect(sd).toHaveAttribute('data-chart-state', 'ready', { timeout: 60_000 });

    // Energy: doubling the rate raises the recharge time at the same amplitude.
    await app.chartsTab('Energy').click();
    const energy = app.chart('Energy and recharge');
    await expect(energy).toHaveAttribute('data-chart-state', 'ready');
    await app.amplitude.fill('5');
    await expect(energy.getByLabel('Energy now')).toContainText('Now 5.0 mA');
    const before = Number(await energy.getAttribute('data-current-value'));
    const line = energy.locator('path.recharts-line-curve').first();
    const lineBefore = await line.getAttribute('d');
    await page.getByLabel('Rate (Hz)', { exact: true }).fill('100');
    await expect.poll(async () => Number(await energy.getAttribute('data-current-value'))).toBeGreaterThan(before);
    await expect(line).not.toHaveAttribute('d', lineBefore ?? '');
  });

  test('moves between chart tabs with the arrow keys', async ({ page }) => {
    const app = new App(page);
    await app.open();
    await app.chartsTab('Pulse train').focus();
    await page.keyboard.press('ArrowRight');
    await expect(app.chartsTab('Titration')).toBeFocused();
    await expect(app.chartsTab('Titration')).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('tabpanel', { name: 'Titration' })).toBeVisible();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(app.chartsTab('ECAP')).toHaveAttribute('aria-selected', 'true');
  });

  test('the ECAP tab shows the recording pair, the growth curve and the ECAP at the amplitude delivered now', async ({
    page,
  }) => {
    const app = new App(page);
    await app.openLegPainSample();
    await app.chartsTab('ECAP').click();
    const ecap = app.chart('ECAP');
    await expect(ecap).toHaveAttribute('data-chart-state', 'ready', { timeout: 60_000 });
    const facts = ecap.getByLabel('ECAP facts');
    await expect(facts).toContainText(/Recording contact \d+, reference \d+/);
    await expect(ecap.locator('path.recharts-line-curve').first()).toHaveAttribute('d', /^M/);
    await app.amplitude.fill('6');
    await expect(facts).toContainText(/now \d+\.\d µV/);
    await ecap.getByRole('radio', { name: 'Trace now (µV, ms)' }).check();
    await expect(ecap.locator('path.recharts-line-curve').first()).toHaveAttribute('d', /^M/);
  });
});
