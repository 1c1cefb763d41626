import { expect, test } from '@playwright/test';
import { App } from './app';

const LEG_TINGLING = /^(L[2-5]|S[12]) (left|right) \((front|back)\): (pain, )?tingling \d+ %/;
const TINGLING_NOT_PAIN = /^(T\d+|L[1-5]|S[1-5]) (left|right) \((front|back)\): tingling \d+ %/;

test.describe('the body map', () => {
  test('shows where the leg-pain patient tingles and the coverage, which follows the pain drawing', async ({
    page,
  }) => {
    const app = new App(page);
    await app.openLegPainSample();

    await app.amplitude.fill('4.5');
    const map = app.bodyMap;
    await expect(map.getByRole('img', { name: LEG_TINGLING }).first()).toBeVisible({ timeout: 30_000 });
    await expect(map).toHaveAttribute('data-physiology', 'ready');
    const covered = map.getByLabel('Pain covered');
    const outside = map.getByLabel('Paresthesia outside pain');
    await expect(covered).toHaveText(/^\d+ %$/);
    await expect(outside).toHaveText(/^\d+ %$/);
    const before = { covered: await covered.textContent(), outside: await outside.textContent() };

    // Drawing pain over a place that already tingles covers more of the pain and leaves less tingling outside it.
    await map.getByLabel('Edit pain map').check();
    const region = map.getByRole('button', { name: TINGLING_NOT_PAIN }).first();
    const name = (await region.getAttribute('aria-label')) ?? '';
    await region.press('Enter');
    await expect(map.getByRole('button', { name: name.replace(': tingling', ': pain, tingling') })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(outside).not.toHaveText(before.outside ?? '');
    await expect(covered).toHaveText(/^\d+ %$/);
    expect(Number.parseFloat((await outside.textContent()) ?? 'NaN')).toBeLessThan(
      Number.parseFloat(before.outside ?? 'NaN'),
    );
    expect(Number.parseFloat((await covered.textContent()) ?? 'NaN')).toBeGreaterThanOrEqual(
      Number.parseFloat(before.covered ?? 'NaN'),
    );
  });
});
