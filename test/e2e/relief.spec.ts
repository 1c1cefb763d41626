import { expect, test } from '@playwright/test';
import { App } from './app';

test.describe('pain relief over simulated time (a teaching model)', () => {
  test('a 10 kHz program gives no relief at first, and some after a simulated day', async ({ page }) => {
    const app = new App(page);
    await app.open();
    await app.openFile('resources/sessions/hf10k-t9-t10.scs.json');
    await app.patientAnswered();
    const map = app.bodyMap;
    const relief = map.getByLabel('Pain relief');
    const says = app.patient.getByLabel('Patient says');
    await expect(relief).toHaveText('0 %');
    await expect(map.getByText('Relief builds over about a day — let time pass.')).toBeVisible();
    await expect(says).not.toContainText('pain');
    const clock = app.patient.getByRole('group', { name: 'Time passes' });
    await expect(clock.getByRole('status')).toHaveText('Program running for 0 min');

    await clock.getByRole('button', { name: '+1 day' }).click();
    await expect(clock.getByRole('status')).toHaveText('Program running for 1 d');
    await expect(says).toContainText('pain');
    await expect(relief).not.toHaveText('0 %');
    expect(Number.parseFloat((await relief.textContent()) ?? 'NaN')).toBeGreaterThan(0);
    await expect(map.getByText('after 1 d')).toBeVisible();

    // The relief layer names each painful place's relief; a program change restarts the wash-in.
    await map.getByRole('radio', { name: 'Relief' }).check();
    await expect(map.locator('[data-region][aria-label*="relief"]').first()).toHaveAttribute(
      'aria-label',
      /pain, relief [1-9]\d* %/,
    );
    await page.getByRole('button', { name: 'Increase amplitude' }).click();
    await expect(clock.getByRole('status')).toHaveText('Program running for 0 min');
    await expect(relief).toHaveText('0 %');
  });
});
