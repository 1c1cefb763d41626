import { expect, test, type Locator, type Page } from '@playwright/test';
import { App } from './app';

/**
 * Instructor faults, live: each one switched on from the "Instructor faults…" panel changes what the trainee sees —
 * the impedance check, the safety and energy panel, the 3D readout and the patient's words — and its Undo puts it
 * back. The panel logs when each was injected and when the trainee first detected it.
 */

async function instructor(app: App): Promise<Locator> {
  await app.menuCommand('Teaching', 'Instructor faults…');
  const dialog = app.page.getByRole('dialog', { name: 'Instructor faults' });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** The fault's row in the panel, by its heading. */
const row = (dialog: Locator, title: string) => dialog.getByRole('listitem', { name: title, exact: true });

async function close(page: Page, dialog: Locator): Promise<void> {
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
}

/** Runs the impedance check and returns its dialog (left open). */
async function impedanceCheck(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Check impedances' }).click();
  const dialog = page.getByRole('dialog', { name: 'Impedance check' });
  await expect(dialog).toBeVisible();
  return dialog;
}

const contactRow = (check: Locator, n: number) =>
  check.getByRole('table', { name: 'Contact impedances' }).getByRole('row', { name: new RegExp(`^Contact ${n} `) });

test.describe('instructor faults', () => {
  test.beforeEach(async ({ page }) => {
    await new App(page).openLegPainSample();
  });

  test('the healthy check shows each contact’s own impedance, not one value for all', async ({ page }) => {
    const check = await impedanceCheck(page);
    const values = await check
      .getByRole('table', { name: 'Contact impedances' })
      .locator('td.impedance__value:nth-child(3)')
      .allTextContents();
    expect(values).toHaveLength(16);
    expect(new Set(values).size).toBeGreaterThan(4);
    await expect(check.getByRole('status')).toHaveText(/No impedance problems/);
  });

  test('an open contact reads open on the impedance check, is logged as detected by it, and Undo heals it', async ({
    page,
  }) => {
    const app = new App(page);
    let dialog = await instructor(app);
    await row(dialog, 'Open contact').getByLabel('Contact', { exact: true }).selectOption('3');
    await row(dialog, 'Open contact').getByRole('button', { name: 'Inject open contact' }).click();
    await expect(dialog.getByLabel('Open contact status')).toHaveText(/On since .* not yet detected/);
    await close(page, dialog);
    // The safety panel says it at once: the cathode cannot be driven.
    await expect(page.getByRole('list', { name: 'Safety warnings' })).toContainText('contact 3 is open');
    const check = await impedanceCheck(page);
    await expect(contactRow(check, 3)).toContainText('> 10 kΩ');
    await expect(contactRow(check, 3)).toContainText('Open');
    await close(page, check);
    dialog = await instructor(app);
    await expect(dialog.getByLabel('Open contact status')).toHaveText(/detected after \d+ s \(impedance check\)/);
    await row(dialog, 'Open contact').getByRole('button', { name: 'Undo open contact' }).click();
    await expect(dialog.getByLabel('Open contact status')).toHaveText('Off');
    await close(page, dialog);
    const healed = await impedanceCheck(page);
    await expect(contactRow(healed, 3)).toContainText('OK');
    await expect(healed.getByRole('status')).toHaveText(/No impedance problems/);
  });

  test('a short reads a few ohms across the pair and Undo removes it', async ({ page }) => {
    const app = new App(page);
    const dialog = await instructor(app);
    const short = row(dialog, 'Short circuit');
    await short.getByLabel('First contact').selectOption('9');
    await short.getByLabel('Second contact').selectOption('10');
    await short.getByRole('button', { name: 'Inject short circuit' }).click();
    await close(page, dialog);
    const check = await impedanceCheck(page);
    await expect(check.getByRole('list', { name: 'Impedance problems' })).toContainText(
      'contact 9 (lead 2) to contact 10 (lead 2): 5 Ω, short circuit',
    );
    await close(page, check);
    const again = await instructor(app);
    await row(again, 'Short circuit').getByRole('button', { name: 'Undo short circuit' }).click();
    await close(page, again);
    await expect((await impedanceCheck(page)).getByRole('status')).toHaveText(/No impedance problems/);
  });

  test('an impedance rise shows as higher readings flagged "Risen" since implant, and Undo restores them', async ({
    page,
  }) => {
    const app = new App(page);
    let check = await impedanceCheck(page);
    const before = await contactRow(check, 0).locator('td').nth(1).textContent();
    await close(page, check);
    const dialog = await instructor(app);
    await row(dialog, 'Impedance rise').getByLabel('Weeks').selectOption('12');
    await row(dialog, 'Impedance rise').getByRole('button', { name: 'Inject impedance rise' }).click();
    await close(page, dialog);
    check = await impedanceCheck(page);
    await expect(check.getByRole('status')).toContainText('16 contacts have risen by 40 % or more since implant');
    await expect(contactRow(check, 0)).toContainText('Risen');
    await expect(contactRow(check, 0)).toContainText(/\+\d+ %/);
    expect(await contactRow(check, 0).locator('td').nth(1).textContent()).not.toBe(before);
    await close(page, check);
    // The toolbar's Undo takes the fault back too: it is an edit of the visit.
    await page.keyboard.press('Control+z');
    check = await impedanceCheck(page);
    await expect(contactRow(check, 0)).toContainText('OK');
    expect(await contactRow(check, 0).locator('td').nth(1).textContent()).toBe(before);
  });

  test('a low battery shows its charge and hours left in the safety panel, and Undo clears it', async ({ page }) => {
    const app = new App(page);
    const dialog = await instructor(app);
    await row(dialog, 'Low battery').getByLabel('Charge (%)').selectOption('8');
    await row(dialog, 'Low battery').getByRole('button', { name: 'Inject low battery' }).click();
    await close(page, dialog);
    const warnings = page.getByRole('list', { name: 'Safety warnings' });
    await expect(warnings).toContainText(/Battery low: 8 %, about \d+ h of stimulation left on this program/);
    await expect(page.getByLabel('Safety summary')).toContainText('battery 8 %');
    // Opening the safety and energy details is how the trainee checks the battery.
    await page.getByRole('heading', { name: /Safety and energy/ }).click();
    await expect(page.getByLabel('Battery charge')).toContainText('8 %');
    const again = await instructor(app);
    await expect(again.getByLabel('Low battery status')).toHaveText(/detected after \d+ s \(battery checked/);
    await row(again, 'Low battery').getByRole('button', { name: 'Undo low battery' }).click();
    await close(page, again);
    await expect(page.getByLabel('Safety summary')).not.toContainText('battery');
    await expect(page.getByText(/Battery low/)).toHaveCount(0);
  });

  test('a compliance limit raises a compliance warning for the program, detected by turning the amplitude down', async ({
    page,
  }) => {
    const app = new App(page);
    const dialog = await instructor(app);
    await row(dialog, 'Compliance limit').getByRole('button', { name: 'Inject compliance limit' }).click();
    await close(page, dialog);
    const warnings = page.getByRole('list', { name: 'Safety warnings' });
    await expect(warnings).toContainText(/can reach only [\d.]+ V now \(rated 15 V\)/);
    await expect(page.getByLabel('Output voltage needed')).toContainText('the IPG reaches only');
    await page.getByRole('button', { name: 'Decrease amplitude' }).click();
    const again = await instructor(app);
    await expect(again.getByLabel('Compliance limit status')).toHaveText(/detected after \d+ s \(amplitude reduced\)/);
    await row(again, 'Compliance limit').getByRole('button', { name: 'Undo compliance limit' }).click();
    await close(page, again);
    await expect(page.getByText(/can reach only/)).toHaveCount(0);
  });

  test('a migration moves the lead in the 3D readout and changes what the patient says; Undo puts it back', async ({
    page,
  }) => {
    const app = new App(page);
    const placement = await app.leadPlacement.textContent();
    const says = await app.patient.getByLabel('Patient says').textContent();
    const dialog = await instructor(app);
    const migration = row(dialog, 'Lead migration');
    await migration.getByLabel('Direction').selectOption('cranial');
    await migration.getByLabel('Distance (mm)').selectOption('10');
    await migration.getByRole('button', { name: 'Inject lead migration' }).click();
    await close(page, dialog);
    await expect(app.leadPlacement).not.toHaveText(placement ?? '');
    await expect(app.leadPlacement).toContainText('T8');
    await app.patientAnswered();
    await expect(app.patient.getByLabel('Patient says')).not.toHaveText(says ?? '');
    const again = await instructor(app);
    await row(again, 'Lead migration').getByRole('button', { name: 'Undo lead migration' }).click();
    await close(page, again);
    await expect(app.leadPlacement).toHaveText(placement ?? '');
    await app.patientAnswered();
    await expect(app.patient.getByLabel('Patient says')).toHaveText(says ?? '');
  });

  test('a posture change sets the patient’s posture and changes how it feels; Undo lays them back down', async ({
    page,
  }) => {
    const app = new App(page);
    const posture = app.patient.getByLabel('Posture');
    await expect(posture).toHaveValue('supine');
    const says = await app.patient.getByLabel('Patient says').textContent();
    const dialog = await instructor(app);
    await row(dialog, 'Posture change').getByLabel('New posture').selectOption('prone');
    await row(dialog, 'Posture change').getByRole('button', { name: 'Inject posture change' }).click();
    await close(page, dialog);
    await expect(posture).toHaveValue('prone');
    await app.patientAnswered();
    await expect(app.patient.getByLabel('Patient says')).not.toHaveText(says ?? '');
    const again = await instructor(app);
    await row(again, 'Posture change').getByRole('button', { name: 'Undo posture change' }).click();
    await close(page, again);
    await expect(posture).toHaveValue('supine');
    await app.patientAnswered();
    await expect(app.patient.getByLabel('Patient says')).toHaveText(says ?? '');
  });
});
