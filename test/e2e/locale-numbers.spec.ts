import { expect, test } from '@playwright/test';
import { App } from './app';

/**
 * In a German browser the workstation writes and reads numbers the German way ("4,2 mA"), keeps the unit symbols,
 * and still saves the session with JavaScript's '.'-decimal numbers.
 */
test.use({ locale: 'de-DE' });

test('typing “4,2” in a de-DE browser sets 4.2 mA, shown as “4,2 mA”, and saved as 4.2', async ({ page }) => {
  const app = new App(page);
  await app.open();
  await app.bipole(3, 4);
  await app.amplitude.fill('4,2');
  await expect(app.amplitude).toHaveValue('4,2');
  await expect(app.chargePerPhase).toHaveText(/^\d+,\d{3} µC$/);
  await app.chartsTab('Energy').click();
  await expect(page.getByLabel('Energy now')).toContainText('Now 4,2 mA');
  // The '.' a colleague with an English keyboard types is read too.
  await app.amplitude.fill('3.5');
  await expect(page.getByLabel('Energy now')).toContainText('Now 3,5 mA');
  await app.amplitude.fill('4,2');

  const saved = await app.saveAndReadDownload();
  expect(JSON.parse(saved.text)).toMatchObject({ programs: [{ areas: [{ amplitudeMa: 4.2 }] }] });
});
