import { expect, test } from '@playwright/test';
import { App } from './app';

test.describe('an unsafe program and the device', () => {
  test('a burst at 8 mA is refused; an override with a name and a reason saves it and is logged in the file', async ({
    page,
  }) => {
    const app = new App(page);
    await app.open();
    await app.bipole(3, 4);
    await page.getByLabel('Paradigm').selectOption('burst');
    await app.amplitude.fill('8');
    const device = page.getByRole('group', { name: 'Device' }).getByRole('status');

    await page.getByRole('button', { name: 'Save to device' }).click();
    const dialog = page.getByRole('dialog', { name: 'Not saved: the programs exceed safety limits' });
    await expect(dialog.getByRole('listitem').first()).toContainText(
      /area 1: contact 3 carries 65\.3 µC\/cm².*above the 30 µC\/cm² limit/,
    );
    await expect(device).toHaveText('Nothing saved to the device yet');

    const override = dialog.getByRole('button', { name: 'Override and save to device' });
    await dialog.getByLabel('Clinician').fill('Dr Lee');
    await dialog.getByLabel('Reason for the override').fill('Short supervised trial, patient informed');
    await expect(override).toBeDisabled();
    await dialog.getByLabel(/I have reviewed each violation/).check();
    await override.click();

    await expect(dialog).toBeHidden();
    await expect(device).toHaveText('Device up to date');
    await expect(app.status).toContainText('with a safety override by Dr Lee');
    const saved = JSON.parse((await app.saveAndReadDownload()).text);
    expect(saved.visitRecord.safetyOverrides).toEqual([
      expect.objectContaining({
        clinician: 'Dr Lee',
        reason: 'Short supervised trial, patient informed',
        findings: [
          expect.objectContaining({
            code: 'charge-density',
            message: expect.stringMatching(/contact 3 carries 65\.3/),
          }),
          expect.objectContaining({
            code: 'charge-density',
            message: expect.stringMatching(/contact 4 carries 65\.3/),
          }),
        ],
      }),
    ]);
  });
});
