import { expect, test, type Locator } from '@playwright/test';
import { App } from './app';

/** The text of one named number in each column of the compare dialog. */
async function numbersOf(columns: Locator, name: string): Promise<string[]> {
  const texts: string[] = [];
  for (let i = 0; i < (await columns.count()); i++)
    texts.push((await columns.nth(i).getByLabel(name, { exact: true }).textContent()) ?? '');
  return texts;
}

test('pins tonic, burst and 10 kHz at the same contacts and compares them side by side; a fourth pin is refused', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const app = new App(page);
  await app.openLegPainSample();
  const variants = page.getByRole('button', { name: 'Same contacts, other paradigms' });
  await variants.click();

  const dialog = page.getByRole('dialog', { name: 'Compare programs (3)' });
  await expect(dialog).toBeVisible({ timeout: 60_000 });
  await expect(dialog.getByRole('status', { name: 'Compare progress' })).toHaveText(/^All 3 computed/, {
    timeout: 60_000,
  });
  const columns = dialog.getByRole('region');
  await expect(columns).toHaveCount(3);
  await expect(columns.nth(0).getByRole('heading')).toHaveText('Tonic · “Tonic bipole” as programmed');
  await expect(columns.nth(1).getByRole('heading')).toHaveText('Burst · contacts of “Tonic bipole”');
  await expect(columns.nth(2).getByRole('heading')).toHaveText('10 kHz · contacts of “Tonic bipole”');
  for (let i = 0; i < 3; i++) await expect(columns.nth(i).getByRole('group', { name: /: body map$/ })).toBeVisible();

  // Each column has its numbers, and the paradigms differ in what they cost and deliver.
  const recharge = await numbersOf(columns, 'Recharge time');
  const charge = await numbersOf(columns, 'Charge per phase');
  const covered = await numbersOf(columns, 'Pain covered');
  for (const value of [...recharge, ...charge, ...covered]) expect(value).toMatch(/\d/);
  // 10 kHz draws far more than tonic (burst at its comfort current may cost about what tonic does: the device's
  // fixed overhead dominates a low-drain program).
  const minutes = recharge.map((text) => Number.parseFloat(text));
  expect(minutes[2]).toBeGreaterThan(2 * minutes[0]!);
  expect(new Set(charge).size).toBe(3);
  expect(new Set(covered).size).toBe(3);
  // The same contacts: the one wording of the poles in every column.
  for (let i = 0; i < 3; i++) await expect(columns.nth(i)).toContainText('3− 4+');

  // The model's thresholds stay hidden until asked for, here as in the patient panel.
  expect(await numbersOf(columns, 'Thresholds')).toEqual(['hidden', 'hidden', 'hidden']);
  await dialog.getByRole('checkbox', { name: 'Show the model’s thresholds' }).check();
  const thresholds = await numbersOf(columns, 'Thresholds');
  for (const value of thresholds) expect(value).toMatch(/^\d.* mA$/);
  expect(new Set(thresholds).size).toBe(3);

  // Relief after another time: every column again (10 kHz builds its relief over about a day).
  const reliefAfterDay = await numbersOf(columns, 'Relief');
  await dialog.getByRole('radio', { name: '15 min' }).check();
  await expect(dialog.getByRole('status', { name: 'Compare progress' })).toHaveText(/^All 3 computed/, {
    timeout: 30_000,
  });
  expect(await numbersOf(columns, 'Relief')).not.toEqual(reliefAfterDay);

  // Escape closes it, and the focus returns to the button that opened it.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(variants).toBeFocused();

  // A fourth pin is refused with a message that says why.
  const compare = page.getByRole('button', { name: 'Compare (3)' });
  await expect(compare).toBeVisible();
  await page.getByRole('button', { name: 'Increase amplitude' }).click();
  await page.getByRole('button', { name: 'Pin program “Tonic bipole” to compare' }).click();
  await expect(page.getByRole('alert')).toContainText('Compare holds 3 programs: unpin one');
  await expect(compare).toBeVisible();

  // Unpin one in the dialog; then the edited program pins as the third column.
  await compare.click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Unpin “Burst · contacts of “Tonic bipole”' + '”' }).click();
  await expect(page.getByRole('dialog', { name: 'Compare programs (2)' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(compare).toBeHidden();
  await page.getByRole('button', { name: 'Pin program “Tonic bipole” to compare' }).click();
  await page.getByRole('button', { name: 'Compare (3)' }).click();
  const again = page.getByRole('dialog', { name: 'Compare programs (3)' });
  await expect(again.getByRole('region').nth(2).getByRole('heading')).toHaveText('Tonic bipole · Tonic');
  await expect(again.getByRole('status', { name: 'Compare progress' })).toHaveText(/^All 3 computed/, {
    timeout: 30_000,
  });
});
