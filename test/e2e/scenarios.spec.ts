import { expect, test } from '@playwright/test';
import { App } from './app';

test.describe('demo scenarios', () => {
  test('“10 kHz and tonic” plays to its end, step by step with captions, goes back, and restarts', async ({ page }) => {
    test.setTimeout(90_000);
    const app = new App(page);
    await app.open();
    await app.menuCommand('View', 'Scenarios…');
    const panel = page.getByRole('region', { name: 'Scenarios' });
    await panel.getByRole('button', { name: 'Play “10 kHz and tonic at the same contacts”' }).click();

    const player = page.getByRole('region', { name: '10 kHz and tonic at the same contacts' });
    const caption = player.getByRole('status', { name: 'Scenario caption' });
    const says = page.getByLabel('Patient says');
    await expect(player.getByLabel('Scenario step')).toHaveText('Step 1 of 3');
    await expect(caption).toContainText('Tonic 50 Hz');
    await expect(says).toContainText('tingling');
    await expect(player.getByRole('button', { name: 'Back' })).toBeDisabled();

    await player.getByRole('button', { name: 'Next' }).click();
    await expect(player.getByLabel('Scenario step')).toHaveText('Step 2 of 3');
    await expect(caption).toContainText('10 kHz');
    await expect(says).not.toContainText('tingling', { timeout: 30_000 });
    const relief = app.bodyMap.getByLabel('Pain relief');
    await expect(relief).toHaveText('0 %');

    await player.getByRole('button', { name: 'Next' }).click();
    await expect(player.getByLabel('Scenario step')).toHaveText('Step 3 of 3');
    await expect(caption).toContainText('One simulated day later');
    await expect(relief).not.toHaveText('0 %', { timeout: 30_000 });
    await expect(player.getByRole('button', { name: 'Next' })).toBeDisabled();

    await player.getByRole('button', { name: 'Back' }).click();
    await expect(player.getByLabel('Scenario step')).toHaveText('Step 2 of 3');
    await expect(relief).toHaveText('0 %', { timeout: 30_000 });

    await player.getByRole('button', { name: 'Restart' }).click();
    await expect(player.getByLabel('Scenario step')).toHaveText('Step 1 of 3');
    await expect(says).toContainText('tingling', { timeout: 30_000 });
    await player.getByRole('button', { name: 'Close scenarios' }).click();
    await expect(player).toHaveCount(0);
  });
});
