import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { App } from './app';

/**
 * The whole axe-core audit (every rule it enables by default, WCAG 2.2 AA included: contrast, ARIA structure, target
 * size…) in both themes, in each tab and dialog of the workstation: no serious and no critical violation. Each
 * state's findings are printed, so a failing run says what to fix.
 */

const BLOCKING = new Set(['serious', 'critical']);

async function blockingViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => BLOCKING.has(v.impact ?? ''))
    .flatMap((v) => v.nodes.map((n) => `${v.impact} ${v.id}: ${n.target.join(' ')}`));
}

/** Audits the page in its current state; reports the findings as a soft failure so every state gets audited. */
async function audit(page: Page, theme: string, state: string): Promise<void> {
  const found = await blockingViolations(page);
  console.log(
    `[axe] ${theme} · ${state}: ${found.length} serious/critical${found.length ? '\n  ' + found.join('\n  ') : ''}`,
  );
  expect.soft(found, `${theme} theme, ${state}`).toEqual([]);
}

for (const theme of ['dark', 'light'] as const) {
  test(`the ${theme} theme has no serious or critical accessibility violation in any tab or dialog`, async ({
    page,
  }) => {
    test.setTimeout(420_000); // ~30 audited states, a few seconds each under software GL, and a replayed day
    const app = new App(page);
    await app.openLegPainSample();
    if (theme === 'light') await page.keyboard.press('Control+Shift+L');
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await audit(page, theme, 'workstation');

    // An edit not yet on the device enables "Save to device" (axe skips disabled controls).
    await page.getByRole('button', { name: 'Increase amplitude' }).click();
    await expect(page.getByRole('button', { name: 'Save to device' })).toBeEnabled();
    await audit(page, theme, 'unsaved device changes');

    await app.bodyMap.getByLabel('Edit pain map').check();
    await audit(page, theme, 'pain-map editor');
    await app.bodyMap.getByLabel('Edit pain map').uncheck();

    for (const tab of ['Titration', 'Strength–duration', 'Energy', 'ECAP'] as const) {
      await app.chartsTab(tab).click();
      await audit(page, theme, `${tab} tab`);
    }

    // The posture-day dialog of the ECAP tab, before and after its replay (the ECAP model is built in the worker).
    await expect(app.chart('ECAP')).toHaveAttribute('data-chart-state', 'ready', { timeout: 60_000 });
    await page.getByRole('button', { name: 'Posture day…' }).click();
    const day = page.getByRole('dialog', { name: 'Posture day: open loop vs closed loop' });
    await audit(page, theme, 'posture-day dialog');
    await day.getByRole('button', { name: 'Run the day' }).click();
    await expect(day.locator('[data-replay-state="ready"]')).toBeVisible({ timeout: 180_000 });
    await audit(page, theme, 'posture-day dialog with the replayed day');
    await page.keyboard.press('Escape');
    await expect(day).toBeHidden();

    await page.getByText('More settings').click();
    await page.getByText(/^Visit history/).click();
    await page.getByText(/^Where it is felt/).click();
    await audit(page, theme, 'folded sections open');

    await app.viewButton('Fluoroscopy (X-ray) view').click();
    await app.viewButton('Posterior view').click();
    await audit(page, theme, 'X-ray AP view with the C-arm tilt');
    await app.viewButton('Fluoroscopy (X-ray) view').click();
    await app.viewButton('Axial section').click();
    await audit(page, theme, 'axial section');

    await page.getByRole('button', { name: 'Check impedances' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await audit(page, theme, 'impedance dialog');
    await page.keyboard.press('Escape');

    await page.keyboard.press('F1');
    await expect(page.getByRole('dialog')).toBeVisible();
    await audit(page, theme, 'shortcuts dialog');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Same contacts, other paradigms' }).click();
    const compare = page.getByRole('dialog', { name: 'Compare programs (3)' });
    await expect(compare.getByRole('status', { name: 'Compare progress' })).toHaveText(/^All 3 computed/, {
      timeout: 60_000,
    });
    await audit(page, theme, 'compare dialog');
    await page.keyboard.press('Escape');

    await app.menuCommand('Help', 'About');
    await expect(page.getByRole('dialog')).toBeVisible();
    await audit(page, theme, 'about dialog');
    await page.keyboard.press('Escape');

    await app.menuCommand('Teaching', 'Progress…');
    await expect(page.getByRole('dialog', { name: 'Progress' })).toBeVisible();
    await audit(page, theme, 'progress dialog');
    await page.keyboard.press('Escape');

    await app.menuCommand('Teaching', 'Instructor faults…');
    const instructor = page.getByRole('dialog', { name: 'Instructor faults' });
    await expect(instructor).toBeVisible();
    await audit(page, theme, 'instructor faults dialog');
    await instructor.getByRole('button', { name: 'Inject low battery' }).click();
    await instructor.getByRole('button', { name: 'Inject impedance rise' }).click();
    await audit(page, theme, 'instructor faults dialog with faults on');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Check impedances' }).click();
    await expect(page.getByRole('dialog', { name: 'Impedance check' })).toBeVisible();
    await audit(page, theme, 'impedance dialog with risen contacts');
  });
}

for (const theme of ['dark', 'light'] as const) {
  test(`the ${theme} theme has no serious or critical accessibility violation on the chooser, a case and its debrief`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const app = new App(page);
    await app.openChooser();
    if (theme === 'light') await page.keyboard.press('Control+Shift+L');
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await audit(page, theme, 'case chooser');

    await app.chooseCase('Left leg pain after back surgery: the first programming visit');
    await expect(page.getByRole('dialog', { name: 'Run the impedance check' })).toBeVisible();
    await page.getByText('Story and learning objectives').click();
    await audit(page, theme, 'case brief with the guided visit');

    await page.getByRole('button', { name: 'Finish visit' }).click();
    await expect(page.getByLabel('Score', { exact: true })).toBeVisible({ timeout: 60_000 });
    await audit(page, theme, 'debrief');

    await page.getByRole('button', { name: 'Choose another case' }).click();
    await app.chooseCase('Is she a candidate? Back pain worse on leaning back');
    await page.getByRole('radio', { name: /Medial branch blocks/ }).check();
    await page.getByRole('button', { name: 'Decide' }).click();
    await audit(page, theme, 'candidate decision with feedback');
  });
}

test('the first Tab stop skips the toolbar to the workstation, which has the page’s one h1', async ({ page }) => {
  const app = new App(page);
  await app.open();
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the workstation' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  // Past the toolbar: the next stop is inside the programmer, not a file command.
  await expect(page.getByRole('navigation', { name: 'Commands' }).locator(':focus')).toHaveCount(0);
  await expect(page.locator('main :focus')).toHaveCount(1);
});
