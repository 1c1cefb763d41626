import { expect, test } from '@playwright/test';
import { App } from './app';

test.describe('workstation habits', () => {
  test('F1 lists the keyboard shortcuts from the command registry', async ({ page }) => {
    const app = new App(page);
    await app.open();
    await page.keyboard.press('F1');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(help).toContainText('Undo');
    await expect(help).toContainText('Ctrl+Z');
    await page.keyboard.press('Escape');
    await expect(help).toBeHidden();
  });

  test('Ctrl+Z undoes a polarity change and Ctrl+Shift+Z redoes it', async ({ page }) => {
    const app = new App(page);
    await app.open();
    await app.setContact(3, 'cathode');
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await expect(app.contact(3)).toHaveAttribute('aria-label', 'Contact 3: off');
    await page.keyboard.press('Control+Shift+Z');
    await expect(app.contact(3)).toHaveAttribute('aria-label', 'Contact 3: cathode (−)');
  });

  test('the light theme and presentation mode switch from the keyboard', async ({ page }) => {
    const app = new App(page);
    await app.open();
    await page.keyboard.press('Control+Shift+L');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    // What the room reads grows: the patient's words are drawn larger.
    const textHeight = () =>
      page.getByRole('heading', { name: 'Virtual patient' }).evaluate((h) => h.getBoundingClientRect().height);
    const headingBefore = await textHeight();
    await page.keyboard.press('Control+Shift+P');
    await expect(page.locator('html')).toHaveClass(/presentation/);
    expect(await textHeight()).toBeGreaterThan(headingBefore * 1.1);
  });
});
