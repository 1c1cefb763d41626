import { expect, test } from '@playwright/test';
import { App } from './app';

test.describe('unsaved work and session files in web mode', () => {
  test('New and Open ask "Save changes?" after an edit; Cancel keeps the work, Don’t save goes ahead', async ({
    page,
  }) => {
    const app = new App(page);
    await app.open();
    await app.bipole(3, 4);
    await app.amplitude.fill('2.5');

    await app.command('New').click();
    await expect(app.saveChangesDialog).toContainText('Save them before starting a new session?');
    await app.saveChangesDialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(app.saveChangesDialog).toBeHidden();
    await expect(app.amplitude).toHaveValue('2.5');

    await app.command('Open…').click();
    await expect(app.saveChangesDialog).toContainText('Save them before opening another file?');
    await page.keyboard.press('Escape');
    await expect(app.amplitude).toHaveValue('2.5');

    await app.command('New').click();
    await app.saveChangesDialog.getByRole('button', { name: 'Don’t save' }).click();
    await expect(app.status).toContainText('New session.');
    await expect(app.contact(3)).toHaveAttribute('aria-label', 'Contact 3: off');
  });

  test('Save in the question saves first, then the new session starts', async ({ page }) => {
    const app = new App(page);
    await app.open();
    await app.bipole(3, 4);
    await app.command('New').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      app.saveChangesDialog.getByRole('button', { name: 'Save', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('untitled.scs.json');
    await expect(app.status).toContainText('New session.');
  });

  test('leaving or reloading the page with unsaved work asks the browser to confirm', async ({ page }) => {
    const app = new App(page);
    await app.open();
    const unloadIsHeldBack = () =>
      page.evaluate(() => {
        const event = new Event('beforeunload', { cancelable: true });
        window.dispatchEvent(event);
        return event.defaultPrevented;
      });
    expect(await unloadIsHeldBack()).toBe(false);
    await app.bipole(3, 4);
    expect(await unloadIsHeldBack()).toBe(true);
  });

  test('a deeply nested 4.8 MB file is refused with a message, parsed off the main thread, work untouched', async ({
    page,
  }) => {
    // Record the largest text the page's main thread hands to JSON.parse (a worker has its own JSON).
    await page.addInitScript(() => {
      const parse = JSON.parse;
      (window as unknown as { largestMainThreadParse: number }).largestMainThreadParse = 0;
      JSON.parse = function (text: string, reviver?: (key: string, value: unknown) => unknown) {
        const record = window as unknown as { largestMainThreadParse: number };
        record.largestMainThreadParse = Math.max(record.largestMainThreadParse, String(text).length);
        return parse(text, reviver);
      } as typeof JSON.parse;
    });
    const app = new App(page);
    await app.open();
    await app.bipole(3, 4);
    await app.amplitude.fill('2.5');

    const depth = 2_400_000;
    const nested = Buffer.from(`${'['.repeat(depth)}${']'.repeat(depth)}`);
    await app.openFile(
      { name: 'nested.scs.json', mimeType: 'application/json', buffer: nested },
      { discardChanges: true },
    );
    await expect(page.getByRole('alert').filter({ hasText: 'Could not open' })).toContainText(
      'Could not open nested.scs.json. The file is nested too deeply',
    );
    await expect(app.amplitude).toHaveValue('2.5');

    // A 4.8 MB file of a sane shape is parsed too, in the worker.
    const wide = Buffer.from(JSON.stringify({ format: 'scs-sim-session', version: 2, padding: 'x'.repeat(4_800_000) }));
    await app.openFile({ name: 'wide.scs.json', mimeType: 'application/json', buffer: wide }, { discardChanges: true });
    await expect(page.getByRole('alert').filter({ hasText: 'Could not open wide.scs.json' })).toBeVisible();
    await expect(app.amplitude).toHaveValue('2.5');

    const largest = await page.evaluate(
      () => (window as unknown as { largestMainThreadParse: number }).largestMainThreadParse,
    );
    expect(largest).toBeLessThan(1_000_000);
    // The UI answers at once afterwards: the theme toggles.
    await page.keyboard.press('Control+Shift+L');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  });

  test('Open Recent lists the last files by name and says the picker opens again', async ({ page }) => {
    const app = new App(page);
    await app.open();
    await app.openFile('resources/sessions/tonic-leg-pain.scs.json');
    await expect(app.status).toContainText('Opened tonic-leg-pain.scs.json');
    await page.getByRole('button', { name: 'Open Recent ▾' }).click();
    const menu = page.getByRole('menu', { name: 'Recent files' });
    await expect(menu).toContainText('The browser keeps names only: you choose the file again.');
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      menu.getByRole('menuitem', { name: 'tonic-leg-pain.scs.json' }).click(),
    ]);
    await expect(app.status).toContainText('Choose tonic-leg-pain.scs.json in the file picker');
    await chooser.setFiles('resources/sessions/tonic-leg-pain.scs.json');
    await expect(app.status).toContainText('Opened tonic-leg-pain.scs.json');
    // Kept across a reload, in this browser only.
    await page.reload();
    await page.getByRole('button', { name: 'Open Recent ▾' }).click();
    await expect(page.getByRole('menuitem')).toHaveText(['tonic-leg-pain.scs.json']);
  });
});
