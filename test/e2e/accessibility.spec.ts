import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { App } from './app';

/**
 * Every control has an accessible name — tests and screen readers find controls by it. axe-core checks the naming
 * rules (buttons, form fields, selects, links, ARIA widgets, images) across the workstation's states: each chart tab,
 * the opened "more settings", the dialogs.
 */
const NAMING_RULES = [
  'button-name',
  'label',
  'select-name',
  'link-name',
  'input-button-name',
  'aria-input-field-name',
  'aria-toggle-field-name',
  'aria-command-name',
  'image-alt',
  'svg-img-alt',
  'frame-title',
];

async function namingViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withRules(NAMING_RULES).analyze();
  return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

test('every control of the workstation has an accessible name, in every tab and dialog', async ({ page }) => {
  const app = new App(page);
  await app.openLegPainSample();
  expect(await namingViolations(page)).toEqual([]);

  for (const tab of ['Titration', 'Strength–duration', 'Energy', 'ECAP']) {
    await page.getByRole('tab', { name: tab, exact: true }).click();
    expect(await namingViolations(page), `${tab} tab`).toEqual([]);
  }

  await page.getByText('More settings').click();
  await page.getByText(/^Visit history/).click();
  await page.getByText(/^Where it is felt/).click();
  expect(await namingViolations(page), 'with folded sections open').toEqual([]);

  await page.getByRole('button', { name: 'Check impedances' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await namingViolations(page), 'impedance dialog').toEqual([]);
  await page.keyboard.press('Escape');

  await page.keyboard.press('F1');
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await namingViolations(page), 'shortcuts dialog').toEqual([]);
});
