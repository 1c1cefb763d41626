import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { App } from './app';

test.describe('programming in web mode', () => {
  test('a bipole with amplitude updates the charge per phase and the plotted pulse train', async ({ page }) => {
    const app = new App(page);
    await app.open();
    await expect(page.getByRole('alert', { name: 'Program problems' })).toContainText('no cathode');
    await app.bipole(3, 4);
    await expect(app.contact(3)).toHaveAttribute('aria-label', 'Contact 3: cathode (−)');
    await expect(app.contact(4)).toHaveAttribute('aria-label', 'Contact 4: anode (+)');
    await expect(app.chargePerPhase).toHaveText('0.000 µC');
    const flatPulse = await app.chartLine('Single pulse waveform').getAttribute('d');
    const flatTrain = await app.chartLine('Pulse train waveform').getAttribute('d');

    await app.amplitude.fill('3.5');
    await expect(app.chargePerPhase).toHaveText('1.050 µC'); // 3.5 mA × 300 µs
    await expect(page.getByLabel('Peak charge density')).toContainText('8.6 µC/cm²'); // 1.05 µC on a π·1.3·3 mm² ring
    await expect(app.chartLine('Single pulse waveform')).not.toHaveAttribute('d', flatPulse ?? '');
    await expect(app.chartLine('Pulse train waveform')).not.toHaveAttribute('d', flatTrain ?? '');

    const pulseAt35 = await app.chartLine('Single pulse waveform').getAttribute('d');
    await page.getByRole('button', { name: 'Increase amplitude' }).click();
    await expect(app.amplitude).toHaveValue('3.6');
    await expect(app.chargePerPhase).toHaveText('1.080 µC');
    await expect(app.chartLine('Single pulse waveform')).not.toHaveAttribute('d', pulseAt35 ?? '');
  });

  test('changing polarity resets the amplitude to 0, as trainees must learn', async ({ page }) => {
    const app = new App(page);
    await app.open();
    await app.bipole(3, 4);
    await app.amplitude.fill('4');
    await app.setContact(5, 'anode');
    await expect(app.amplitude).toHaveValue('0');
    await expect(page.getByLabel('Fraction of contact 4 (%)')).toHaveValue('50');
  });

  test('an out-of-range amplitude is reported with the device range, not silently clipped', async ({ page }) => {
    const app = new App(page);
    await app.open();
    await app.bipole(3, 4);
    await app.amplitude.fill('30');
    // The core's message sits under the amplitude control it is about.
    await expect(app.amplitude).toHaveAccessibleDescription(/outside the device range 0–25.5 mA/);
    await expect(app.amplitude).toHaveAttribute('aria-invalid', 'true');
    await expect(app.amplitude).toHaveValue('30');
  });

  test('saving to the device and reverting returns to the saved program', async ({ page }) => {
    const app = new App(page);
    await app.open();
    await app.bipole(3, 4);
    await app.amplitude.fill('2');
    await page.getByRole('button', { name: 'Save to device' }).click();
    await expect(page.getByRole('group', { name: 'Device' })).toContainText('Device up to date');
    await app.amplitude.fill('5');
    await expect(page.getByRole('group', { name: 'Device' })).toContainText('Changes not yet on the device');
    await page.getByRole('button', { name: 'Revert' }).click();
    await expect(app.amplitude).toHaveValue('2');
  });

  test('a saved session reopens with the same program', async ({ page }) => {
    const app = new App(page);
    await app.open();
    await app.bipole(3, 4);
    await page.getByLabel('Pulse width (µs)').fill('450');
    await app.amplitude.fill('4.2');
    await expect(app.chargePerPhase).toHaveText('1.890 µC');

    const saved = await app.saveAndReadDownload();
    expect(saved.name).toBe('untitled.scs.json');
    expect(JSON.parse(saved.text)).toMatchObject({
      format: 'scs-sim-session',
      version: 2,
      programs: [{ areas: [{ amplitudeMa: 4.2, pulseWidthUs: 450 }] }],
    });

    await app.command('New').click();
    await expect(app.contact(3)).toHaveAttribute('aria-label', 'Contact 3: off');
    await app.openFile(saved.path);
    await expect(app.amplitude).toHaveValue('4.2');
    await expect(page.getByLabel('Pulse width (µs)')).toHaveValue('450');
    await expect(app.contact(3)).toHaveAttribute('aria-label', 'Contact 3: cathode (−)');
    await expect(app.status).toContainText('Opened');
  });

  test('a malformed file is refused with a clear message and the current work is kept', async ({ page }) => {
    const app = new App(page);
    await app.open();
    await app.bipole(3, 4);
    await app.amplitude.fill('2.5');
    await app.openFile(
      {
        name: 'broken.scs.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{"format":"scs-sim-session",'),
      },
      { discardChanges: true },
    );
    await expect(page.getByRole('alert').filter({ hasText: 'Could not open' })).toContainText(
      'Could not open broken.scs.json. The file is not valid JSON',
    );
    await expect(app.amplitude).toHaveValue('2.5');

    await app.openFile(
      {
        name: 'future.scs.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify({ format: 'scs-sim-session', version: 7 })),
      },
      { discardChanges: true },
    );
    await expect(page.getByRole('alert').filter({ hasText: 'Could not open' })).toContainText(
      'newer version of the simulator',
    );
    await expect(app.amplitude).toHaveValue('2.5');
  });

  test('the WebGL viewport actually draws the spine', async ({ page }) => {
    const app = new App(page);
    await app.open();
    // Lit bone (#d9cfbf) shows as light warm grey; the background (#0d1620) is near-black blue.
    const bone = await app.canvasPixelFraction({ r: [120, 255], g: [110, 250], b: [90, 235] });
    const background = await app.canvasPixelFraction({ r: [0, 30], g: [0, 40], b: [0, 50] });
    expect(bone).toBeGreaterThan(0.03);
    expect(background).toBeGreaterThan(0.2);
  });

  test('About says plainly that the physiology is a teaching model', async ({ page }) => {
    const app = new App(page);
    await app.open();
    await app.menuCommand('Help', 'About');
    const dialog = page.getByRole('dialog', { name: 'SCS Programming Simulator' });
    await expect(dialog).toContainText('teaching model');
    await expect(dialog).toContainText('Version 0.1.0');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
  });

  test('steering up moves the cathode a tenth at a time, and ten steps move the bipole one contact', async ({
    page,
  }) => {
    const app = new App(page);
    await app.open();
    await app.bipole(3, 4);
    await app.amplitude.fill('3');
    await app.steer('Steer up');
    await expect(app.contact(2)).toHaveAttribute('aria-label', 'Contact 2: cathode (−)');
    await expect(page.getByLabel('Fraction of contact 2 (%)')).toHaveValue('10');
    await expect(page.getByLabel('Fraction of contact 3 (%)')).toHaveValue('90');
    await expect(app.amplitude).toHaveValue('3'); // moving a share of the current is not a polarity change
    for (let i = 0; i < 9; i++) await app.steer('Steer up');
    await expect(app.contact(3)).toHaveAttribute('aria-label', 'Contact 3: anode (+)');
    await expect(app.contact(4)).toHaveAttribute('aria-label', 'Contact 4: off');
    await expect(page.getByLabel('Fraction of contact 2 (%)')).toHaveValue('100');
    await expect(page.getByRole('button', { name: 'Steer left' })).toHaveAttribute('aria-disabled', 'true');
  });

  test('the impedance check shows each contact in Ω or kΩ and flags the session’s open contact', async ({ page }) => {
    const app = new App(page);
    await app.open();
    const sample = JSON.parse(await readFile('resources/sessions/tonic-leg-pain.scs.json', 'utf8'));
    const withFault = { ...sample, faults: [{ kind: 'open', contact: 5 }] };
    await app.openFile({
      name: 'open-contact.scs.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(withFault)),
    });
    await expect(app.status).toContainText('Opened');
    await page.getByRole('button', { name: 'Check impedances' }).click();
    const dialog = page.getByRole('dialog', { name: 'Impedance check' });
    const table = dialog.getByRole('table', { name: 'Contact impedances' });
    await expect(table.getByRole('row')).toHaveCount(17); // header + 16 contacts on two leads
    await expect(table.getByRole('row', { name: /^Contact 0 / })).toContainText(/\d+ Ω|\d\.\d\d kΩ/);
    const open = table.getByRole('row', { name: /^Contact 5 / });
    await expect(open).toContainText('> 10 kΩ');
    await expect(open).toContainText('Open');
    await expect(dialog.getByRole('list', { name: 'Impedance problems' })).toContainText(
      'contact 5 (lead 1) to case: > 10 kΩ, open circuit',
    );
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  test('with stimulation switched off the patient feels nothing, and feels it again when it is back on', async ({
    page,
  }) => {
    const app = new App(page);
    await app.openLegPainSample();
    const patient = app.patient;
    await expect(patient.getByLabel('Patient says')).toContainText('I feel');
    await app.stimulation.click();
    await expect(app.stimulation).toHaveAttribute('aria-checked', 'false');
    await expect(patient.getByLabel('Patient says')).toContainText('don’t feel anything', { timeout: 30_000 });
    await expect(patient).toHaveAttribute('data-status', 'ready');
    await app.stimulation.click();
    await expect(patient.getByLabel('Patient says')).toContainText('I feel', { timeout: 30_000 });
  });
});
