import { expect, test } from '@playwright/test';
import { App } from './app';

/** A progress file as another computer exported it: two attempts at one case. */
const PROGRESS_FILE = JSON.stringify({
  format: 'scs-sim-progress',
  version: 1,
  learner: 'Dr Ana Ruiz',
  attempts: [
    { caseId: 'fbss-left-leg', score: 64.5, level: 'novice', finishedAtIso: '2026-12-01T09:00:00.000Z' },
    { caseId: 'fbss-left-leg', score: 91.2, level: 'proficient', finishedAtIso: '2026-12-03T09:00:00.000Z' },
  ],
});

test.describe('progress kept locally', () => {
  test('an imported result survives a reload (IndexedDB) and a bad file is refused with a reason', async ({ page }) => {
    const app = new App(page);
    await app.open();
    await app.menuCommand('Teaching', 'Progress…');
    const dialog = page.getByRole('dialog', { name: 'Progress' });
    await expect(dialog).toContainText('No case finished yet.');

    const chooser = page.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: 'Import…' }).click();
    await (
      await chooser
    ).setFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(PROGRESS_FILE) });
    await expect(dialog.getByRole('status')).toContainText('Imported progress.json: 2 attempts kept.');
    const row = dialog.getByRole('row', { name: /fbss-left-leg/ });
    await expect(row).toContainText('2');
    await expect(row).toContainText('91.2');
    await expect(row).toContainText('Proficient');

    await page.reload();
    await expect(page.locator('[data-frame-drawn="true"]')).toBeVisible();
    await app.menuCommand('Teaching', 'Progress…');
    await expect(dialog).toContainText('Dr Ana Ruiz');
    await expect(dialog.getByRole('row', { name: /fbss-left-leg/ })).toContainText('91.2');

    const refused = page.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: 'Import…' }).click();
    await (
      await refused
    ).setFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"scs-sim-session"}') });
    await expect(dialog.getByRole('alert')).toContainText('Not imported: not a progress file');
    await expect(dialog.getByRole('row', { name: /fbss-left-leg/ })).toContainText('91.2');
  });
});
