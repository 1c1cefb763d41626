// Screenshots a local HTML file (e.g. the visit report `scs-sim report` writes) in Chromium, to look at it:
//   node scripts/screenshot-file.mjs page.html out.png [width] [height] [--dark] [--full] [--pdf out.pdf]
// --dark emulates a dark system theme; --full takes the whole page; --pdf also prints it (Chromium's print engine).
import { chromium } from '@playwright/test';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(name);
  if (i < 0) return false;
  args.splice(i, 1);
  return true;
};
const valueOf = (name) => {
  const i = args.indexOf(name);
  return i < 0 ? undefined : args.splice(i, 2)[1];
};
const dark = flag('--dark');
const full = flag('--full');
const pdf = valueOf('--pdf');
const [file, out = 'reports/file.png', width = '1280', height = '720'] = args;
if (!file) throw new Error('Give the HTML file to screenshot.');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
try {
  const page = await browser.newPage({
    viewport: { width: Number(width), height: Number(height) },
    colorScheme: dark ? 'dark' : 'light',
  });
  await page.goto(pathToFileURL(resolve(file)).href);
  await page.screenshot({ path: out, fullPage: full });
  if (pdf) await page.pdf({ path: pdf, preferCSSPageSize: true });
} finally {
  await browser.close();
}
