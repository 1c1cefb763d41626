import { expect, test } from '@playwright/test';
import { App } from './app';

const EASIEST = 'Left leg pain after back surgery: the first programming visit';

test.describe('teaching cases', () => {
  test('a trainee plays the easiest case from the chooser to the debrief, guided step by step', async ({ page }) => {
    test.setTimeout(120_000);
    const app = new App(page);
    await app.openChooser();
    await expect(page.getByRole('button', { name: 'Free practice' })).toBeVisible();
    await app.chooseCase(EASIEST);

    const brief = page.getByRole('region', { name: `Case: ${EASIEST}` });
    await expect(brief.getByRole('list', { name: 'Goals' })).toContainText('an impedance check was done');
    const guide = page.getByRole('dialog', { name: 'Run the impedance check' });
    await expect(guide).toBeVisible();

    await page.getByRole('button', { name: 'Check impedances' }).click();
    await expect(page.getByRole('dialog', { name: 'Impedance check' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: 'Set up a bipole' })).toBeVisible();

    await app.bipole(4, 5);
    await expect(page.getByRole('dialog', { name: 'Find the perception threshold' })).toBeVisible();
    for (const [amplitudeMa, kind] of [
      ['2', 'perception'],
      ['3', 'comfort'],
      ['4', 'discomfort'],
    ] as const) {
      await app.amplitude.fill(amplitudeMa);
      await app.amplitude.press('Enter');
      await expect(app.patient).toHaveAttribute('data-result-amplitude', amplitudeMa, { timeout: 30_000 });
      await page.getByRole('button', { name: `Record ${kind}` }).click();
    }
    await app.amplitude.fill('3');
    await app.amplitude.press('Enter');
    await expect(page.getByRole('dialog', { name: 'Save to the device' })).toBeVisible();
    await page.getByRole('button', { name: 'Save to device' }).click();
    await expect(page.getByRole('dialog', { name: 'Finish the visit' })).toBeVisible();

    await brief.getByRole('button', { name: 'Finish visit' }).click();
    const debrief = page.getByRole('main', { name: `Debrief: ${EASIEST}` });
    await expect(debrief).toBeVisible();
    await expect(debrief.getByLabel('Score', { exact: true })).toHaveText(/^\d+(\.\d)? \/ 100$/, { timeout: 60_000 });
    await expect(debrief.getByLabel('Proficiency level')).toHaveText(/Novice|Competent|Proficient/);
    const checklist = debrief.getByRole('table', { name: 'Procedure checklist' });
    await expect(checklist.getByRole('row', { name: /Impedance checked/ })).toContainText('Pass');
    await expect(checklist.getByRole('row', { name: /Program saved to the device/ })).toContainText('Pass');
    const thresholds = debrief.getByRole('table', { name: 'Thresholds recorded and the model\u2019s' });
    await expect(thresholds.getByRole('row', { name: /Perception/ })).toContainText('2.00 mA');
    await expect(debrief.getByRole('group', { name: 'Your program: dermatome chart' })).toBeVisible();
    await expect(debrief.getByRole('group', { name: 'Expert benchmark: dermatome chart' })).toBeVisible();
    await expect(debrief.getByRole('list', { name: 'Visit timeline' })).toContainText(
      'Perception threshold recorded at 2.0 mA',
    );

    const scored = (await debrief.getByLabel('Score', { exact: true }).textContent())!.replace(/ \/ 100$/, '');

    await debrief.getByRole('button', { name: 'Back to the visit' }).click();
    await expect(brief).toBeVisible();
    // The finished case is in the learner's progress, and stays there after a reload (IndexedDB).
    await app.menuCommand('Teaching', 'Progress…');
    const progress = page.getByRole('dialog', { name: 'Progress' });
    await expect(progress.getByRole('row', { name: /fbss-left-leg/ })).toContainText(scored);
    // A modal dialog lies above the guide's hint: its Close button takes the click.
    await progress.getByRole('button', { name: 'Close' }).click({ timeout: 10_000 });
    await expect(progress).toHaveCount(0);
    await page.getByRole('navigation', { name: 'Commands' }).getByRole('button', { name: 'Choose case…' }).click();
    await expect(page.getByRole('button', { name: `Back to the visit: ${EASIEST}` })).toBeVisible();
    await page.reload();
    await app.menuCommand('Teaching', 'Progress…');
    await expect(progress.getByRole('row', { name: /fbss-left-leg/ })).toContainText(scored);
  });

  test('a candidate-selection case asks for the decision first and explains it', async ({ page }) => {
    const app = new App(page);
    await app.openChooser();
    await app.chooseCase('Is she a candidate? Back pain worse on leaning back');
    const brief = page.getByRole('region', { name: /^Case: Is she a candidate/ });
    const question = brief.getByRole('group', { name: 'Which intervention fits this patient best now?' });
    await question.getByRole('radio', { name: /Spinal cord stimulation/ }).check();
    await brief.getByRole('button', { name: 'Decide' }).click();
    await expect(brief.getByRole('status')).toContainText('Not the best choice.');
    await question.getByRole('radio', { name: /Medial branch blocks/ }).check();
    await brief.getByRole('button', { name: 'Decide' }).click();
    await expect(brief.getByRole('status')).toContainText('Right decision.');

    await brief.getByRole('button', { name: 'Finish visit' }).click();
    const decision = page.getByRole('region', { name: 'Decision' });
    await expect(decision).toContainText('Right: Medial branch blocks, then radiofrequency ablation.');
    await page.getByRole('button', { name: 'Choose another case' }).click();
    await expect(page.getByRole('heading', { name: 'Choose a case', level: 1 })).toBeVisible();
  });

  test('the guided visit can be skipped, and focus returns to the workstation', async ({ page }) => {
    const app = new App(page);
    await app.openChooser();
    await app.chooseCase(EASIEST);
    const guide = page.getByRole('dialog', { name: 'Run the impedance check' });
    await expect(guide.getByRole('heading', { name: 'Run the impedance check' })).toBeFocused();
    await guide.getByRole('button', { name: 'Show me' }).click();
    await expect(page.getByRole('button', { name: 'Check impedances' })).toBeFocused();
    await guide.getByRole('button', { name: 'Skip guide' }).click();
    await expect(guide).toHaveCount(0);
    await expect(page.getByRole('main', { name: 'SCS programming workstation' })).toBeFocused();
  });

  test('a hint from the assistant says where to start and costs points', async ({ page }) => {
    test.setTimeout(90_000);
    const app = new App(page);
    await app.openChooser();
    await app.chooseCase(EASIEST);
    await page
      .getByRole('dialog', { name: 'Run the impedance check' })
      .getByRole('button', { name: 'Skip guide' })
      .click();
    const brief = page.getByRole('region', { name: `Case: ${EASIEST}` });
    await brief.getByRole('button', { name: 'Hint' }).click();
    await expect(brief.getByRole('status', { name: 'Hint' })).toContainText(
      /Hint: Start with the cathode \(−\) on contact \d+/,
      {
        timeout: 60_000,
      },
    );
    await expect(brief).toContainText('costs 3 points · 1 used');
  });
});
