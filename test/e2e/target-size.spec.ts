import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { App } from './app';

/**
 * WCAG 2.2 2.5.8 (target size, minimum): every control is at least 24 × 24 CSS px, or spaced so that a 24 px circle
 * on it touches no other target. axe-core's `target-size` rule (off in its defaults) in both themes.
 */
for (const theme of ['dark', 'light'] as const) {
  test(`every control is a 24 × 24 px target or spaced like one, in the ${theme} theme`, async ({ page }) => {
    const app = new App(page);
    await app.open();
    await app.openFile('resources/sessions/tonic-leg-pain.scs.json');
    if (theme === 'light') await page.keyboard.press('Control+Shift+L');
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await page.getByText('More settings').click();
    await app.bodyMap.getByLabel('Edit pain map').check();
    const results = await new AxeBuilder({ page }).withRules(['target-size']).analyze();
    const small = results.violations.flatMap((v) => v.nodes.map((n) => n.target.join(' ')));
    console.log(`[target-size] ${theme}: ${small.length}${small.length ? '\n  ' + small.join('\n  ') : ''}`);
    expect(small).toEqual([]);
  });
}
