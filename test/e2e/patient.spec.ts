import { expect, test } from '@playwright/test';
import { App } from './app';

test.describe('the virtual patient', () => {
  test('opening the sample leg-pain patient reports thresholds, words and coverage that follow the amplitude', async ({ page }) => {
    const app = new App(page);
    await app.open();
    await app.openFile('resources/sessions/tonic-leg-pain.scs.json');
    const panel = page.getByRole('region', { name: 'Virtual patient' });
    await expect(panel).toHaveAttribute('data-status', 'ready', { timeout: 30_000 });
    await expect(panel.getByLabel('Perception threshold')).toContainText('mA');
    const threshold = Number.parseFloat((await panel.getByLabel('Perception threshold').textContent()) ?? 'NaN');
    expect(threshold).toBeGreaterThan(0);

    await app.amplitude.fill('0');
    await expect(panel.getByLabel('Patient says')).toContainText('don’t feel anything');

    await app.amplitude.fill((Math.ceil(threshold * 10) / 10 + 0.5).toFixed(1));
    await expect(panel.getByLabel('Patient says')).toContainText('I feel');
    await expect(panel.getByLabel('Pain covered')).toContainText('%');
    await expect(panel.getByRole('list', { name: 'Paresthesia' }).getByRole('listitem').first()).toBeVisible();
  });
});
