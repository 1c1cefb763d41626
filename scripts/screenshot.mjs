// Takes a screenshot of the built renderer in Chromium, to look at UI changes and refresh docs/images:
//   node scripts/screenshot.mjs [out.png] [width] [height] [--open session.json] [--click "Button name"] [--tab "Tab name"]
//     [--check "Checkbox name"] [--choose "Radio name"] [--fill "Control name=value"] [--press Key] [--region "Region name"] …
// --region crops the picture to one named region (e.g. "Charts"); the last one given wins.
// --chooser starts on the case chooser (the app's first screen) instead of the free-practice workstation; --wait "Text"
// waits until that text is shown (e.g. the debrief's score); --scroll "Text" scrolls that text into view (e.g. inside a panel).
// The actions run in the order given, on controls found by accessible name. Serves out/renderer itself.
import { openBuiltApp, openSessionFile } from './app-in-chromium.mjs';

const args = process.argv.slice(2);
const chooser = args.includes('--chooser');
if (chooser) args.splice(args.indexOf('--chooser'), 1);
const actions = [];
for (let i = 0; i < args.length;) {
  if (
    [
      '--fill',
      '--click',
      '--open',
      '--press',
      '--tab',
      '--check',
      '--choose',
      '--region',
      '--wait',
      '--scroll',
    ].includes(args[i])
  )
    actions.push({ kind: args[i].slice(2), target: args.splice(i, 2)[1] });
  else i++;
}
const [outFile = 'reports/screenshot.png', width = '1440', height = '900'] = args;
const { page, close } = await openBuiltApp({ width: Number(width), height: Number(height), chooser });
try {
  for (const action of actions) {
    if (action.kind === 'open') {
      await openSessionFile(page, action.target);
    } else if (action.kind === 'press') {
      await page.keyboard.press(action.target);
    } else if (action.kind === 'scroll') {
      await page.getByText(action.target).first().scrollIntoViewIfNeeded();
    } else if (action.kind === 'wait') {
      await page.getByText(action.target).first().waitFor({ timeout: 60_000 });
    } else if (action.kind === 'region') {
      continue; // applied when the picture is taken
    } else if (action.kind === 'tab') {
      await page.getByRole('tab', { name: action.target, exact: true }).click();
    } else if (action.kind === 'check') {
      await page.getByRole('checkbox', { name: action.target }).check();
    } else if (action.kind === 'choose') {
      await page.getByRole('radio', { name: action.target, exact: true }).check();
    } else if (action.kind === 'click') {
      // A toolbar menu's item ("About" after --click Help) is a menuitem, not a button.
      const name = { name: action.target, exact: true };
      await page.getByRole('button', name).or(page.getByRole('menuitem', name)).first().click();
    } else {
      const [name, value] = action.target.split('=');
      await page.getByLabel(name, { exact: true }).fill(value);
    }
  }
  // Let the physiology worker answer the last change before the picture is taken.
  await page.waitForFunction(
    () => globalThis.document.querySelector('[data-status]')?.getAttribute('data-status') !== 'computing',
  );
  await page.waitForTimeout(300);
  const region = actions.filter((a) => a.kind === 'region').at(-1);
  if (region) await page.getByRole('region', { name: region.target, exact: true }).screenshot({ path: outFile });
  else await page.screenshot({ path: outFile });
  console.log(`wrote ${outFile}`);
} finally {
  await close();
}
