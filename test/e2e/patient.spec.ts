import { expect, test } from '@playwright/test';
import { App } from './app';

test.describe('the virtual patient', () => {
  test('opening the sample leg-pain patient reports thresholds, words and coverage that follow the amplitude', async ({
    page,
  }) => {
    const app = new App(page);
    await app.openLegPainSample();
    const panel = app.patient;
    // The model's thresholds are hidden ground truth until the trainee asks to check against them.
    await expect(panel.getByLabel('Model perception')).toHaveCount(0);
    await panel.getByRole('checkbox', { name: /Show the model’s thresholds/ }).check();
    await expect(panel.getByLabel('Model perception')).toContainText('mA');
    const threshold = Number.parseFloat((await panel.getByLabel('Model perception').textContent()) ?? 'NaN');
    expect(threshold).toBeGreaterThan(0);

    await app.amplitude.fill('0');
    await expect(panel.getByLabel('Patient says')).toContainText('don’t feel anything');

    await app.amplitude.fill((Math.ceil(threshold * 10) / 10 + 0.5).toFixed(1));
    await expect(panel.getByLabel('Patient says')).toContainText('I feel');
    await expect(panel.getByLabel('Pain covered')).toContainText('%');
    await panel.getByText(/^Where it is felt/).click();
    await expect(panel.getByRole('list', { name: 'Paresthesia' }).getByRole('listitem').first()).toBeVisible();

    // Recording the perception threshold at this amplitude puts it in the visit record; the history fills in.
    await panel.getByRole('button', { name: 'Record perception' }).click();
    await expect(panel.getByLabel('Recorded perception')).toContainText(' mA');
    await panel.getByText(/^Visit history/).click();
    await expect(panel.getByRole('list', { name: 'Visit history' }).getByRole('listitem').first()).toContainText(
      'I feel',
    );
  });

  test('a lead move shows the model’s progress stage by stage, then the patient answers again', async ({ page }) => {
    const app = new App(page);
    await app.openLegPainSample();
    const panel = app.patient;
    // The progress is on screen only while the model works (about a second): record every text it shows.
    await page.evaluate(() => {
      const seen: string[] = [];
      (globalThis as unknown as { progressSeen: string[] }).progressSeen = seen;
      const region = globalThis.document.querySelector('[aria-labelledby="patient-heading"]')!;
      new MutationObserver(() => {
        const status = region.querySelector('.model-progress');
        if (status?.textContent) seen.push(status.textContent);
      }).observe(region, { subtree: true, childList: true, characterData: true, attributes: true });
    });
    await app.viewport.focus();
    await page.keyboard.press('Shift+ArrowDown');
    await app.patientAnswered();
    const seen = await page.evaluate(() => (globalThis as unknown as { progressSeen: string[] }).progressSeen);
    expect(seen.some((text) => / of 3\)…/.test(text))).toBe(true);
    await expect(panel.getByLabel('Patient model progress')).toHaveCount(0);
  });
});
