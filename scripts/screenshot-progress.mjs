// Screenshots the Progress dialog with a progress file imported, to look at it:
//   node scripts/screenshot-progress.mjs progress.json out.png [width] [height] [--light]
import { openBuiltApp } from './app-in-chromium.mjs';

const args = process.argv.slice(2);
const light = args.includes('--light');
const [file, out = 'reports/progress.png', width = '1280', height = '720'] = args.filter((a) => a !== '--light');
if (!file) throw new Error('Give a progress file to import.');
const { page, close } = await openBuiltApp({ width: Number(width), height: Number(height) });
try {
  if (light) await page.keyboard.press('Control+Shift+L');
  await page.getByRole('button', { name: 'Teaching', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Progress…', exact: true }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('dialog', { name: 'Progress' }).getByRole('button', { name: 'Import…' }).click();
  await (await chooser).setFiles(file);
  await page.getByRole('dialog', { name: 'Progress' }).getByRole('status').waitFor();
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await close();
}
