import { expect, test } from '@playwright/test';
import { App } from './app';

test.describe('the posture-day replay', () => {
  test('runs the clinic hour in the worker and shows closed loop in the window more often than open loop', async ({
    page,
  }) => {
    test.setTimeout(240_000);
    const app = new App(page);
    await app.openLegPainSample();
    await app.chartsTab('ECAP').click();
    const ecap = app.chart('ECAP');
    await expect(ecap).toHaveAttribute('data-chart-state', 'ready', { timeout: 60_000 });

    // The closed-loop settings: a typed gain shows the loop gain K × slope and what it does.
    const settings = ecap.getByRole('group', { name: 'Closed loop' });
    await settings.getByLabel('Gain (mA/µV)').fill('0.3');
    await expect(settings.getByLabel('Loop gain')).toContainText(
      /Loop gain \d+\.\d\d = 0\.3 mA\/µV × \d+\.\d\d µV\/mA/,
    );
    await settings.getByLabel('Gain (mA/µV)').fill('');
    await expect(settings.getByLabel('Loop gain')).toHaveText('Loop gain: auto, 0.50 sitting');

    const opener = settings.getByRole('button', { name: 'Posture day…' });
    await opener.click();
    const dialog = page.getByRole('dialog', { name: 'Posture day: open loop vs closed loop' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel('Timeline')).toHaveValue('clinic-hour.json');
    await dialog.getByRole('button', { name: 'Run the day' }).click();
    await expect(dialog.getByRole('status')).toContainText(/Building the ECAP model|Starting|Replaying/);
    await expect(dialog.locator('[data-replay-state="ready"]')).toBeVisible({ timeout: 180_000 });

    const open = dialog.getByRole('region', { name: 'Open loop' });
    const closed = dialog.getByRole('region', { name: 'Closed loop' });
    const pct = async (section: typeof open) => Number(await section.getAttribute('data-in-window-pct'));
    expect(await pct(closed)).toBeGreaterThan(await pct(open));
    expect(await pct(closed)).toBeGreaterThanOrEqual(90);
    await expect(open.getByRole('list', { name: 'Open loop: patient reports' })).toContainText(
      'I felt a jolt when I coughed.',
    );
    await expect(closed.locator('path.recharts-line-curve').first()).toHaveAttribute('d', /^M/);

    // Play moves the cursor through the day; Pause stops it.
    const cursor = dialog.getByLabel('Cursor time');
    await expect(cursor).toHaveText('0:00:00');
    await dialog.getByLabel('Speed').selectOption('3600');
    await dialog.getByRole('button', { name: 'Play' }).click();
    await expect(cursor).not.toHaveText('0:00:00');
    await dialog.getByRole('button', { name: 'Pause' }).click();
    const paused = await cursor.textContent();
    await page.waitForTimeout(300); // a pause must hold: the cursor would move 6 simulated minutes in this time
    await expect(cursor).toHaveText(paused ?? '');

    // Escape closes the dialog and the focus returns to the button that opened it.
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(opener).toBeFocused();
  });
});
