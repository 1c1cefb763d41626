import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { App } from './app';

/** Serious or critical axe-core findings on the page as it is (the full audit is axe-audit.spec.ts). */
async function blockingViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.impact} ${v.id}: ${n.target.join(' ')}`));
}

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
    expect(await blockingViolations(page), 'dark theme, relief layer').toEqual([]);
    await page.keyboard.press('Control+Shift+L');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    expect(await blockingViolations(page), 'light theme, relief layer').toEqual([]);

    await page.getByRole('button', { name: 'Increase amplitude' }).click();
    await expect(clock.getByRole('status')).toHaveText('Program running for 0 min');
    await expect(relief).toHaveText('0 %');
  });
});
