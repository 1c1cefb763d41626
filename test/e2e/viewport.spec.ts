import { expect, test } from '@playwright/test';
import { App, type ColourRange } from './app';

const SESSION = 'resources/sessions/tonic-leg-pain.scs.json';
// Lit bone (#d9cfbf) is a light warm grey; the cathode is blue #4fa3e8, the anode orange #f0a04b.
const BONE: ColourRange = { r: [120, 255], g: [110, 250], b: [90, 235] };
const CATHODE_BLUE: ColourRange = { r: [40, 130], g: [120, 210], b: [190, 255] };
const ANODE_ORANGE: ColourRange = { r: [200, 255], g: [120, 200], b: [20, 120] };
const NEAR_BLACK: ColourRange = { r: [0, 25], g: [0, 25], b: [0, 25] };
const BRIGHT_GREY: ColourRange = { r: [170, 255], g: [170, 255], b: [170, 255] };
// The heat map's rim (inferno's magenta-purple over the pale cord): a colour nothing else in the scene has.
const HEAT_MAGENTA: ColourRange = { r: [120, 235], g: [20, 90], b: [70, 170] }; // not the antialiased edges of the pink sacral fibres (≈ 125, 100, 124)
// Recruited fibres: lumbar bluish green, thoracic yellow (the anatomical roots are paler, b > 150), sacral pink.
const FIBRE_GREEN: ColourRange = { r: [0, 110], g: [150, 235], b: [100, 190] };
const FIBRE_YELLOW: ColourRange = { r: [200, 255], g: [190, 245], b: [0, 110] };
const FIBRE_PINK: ColourRange = { r: [200, 255], g: [110, 175], b: [160, 225] };
// Below the view buttons and above the caption, which overlay the canvas.
const CENTRE = { left: 0.35, right: 0.65, top: 0.18, bottom: 0.85 };
// The cord and leads in the posterior view, clear of the field legend (bottom left) and the level labels (right).
const SPINE = { left: 0.4, right: 0.62, top: 0.18, bottom: 0.85 };
// Left of the spine, above the field legend.
const OUTER_LEFT = { left: 0, right: 0.12, top: 0.18, bottom: 0.4 };

async function openSession(app: App) {
  await app.open();
  await app.openFile(SESSION);
  await expect(app.leadPlacement).toHaveText('Lead 1 tip: T9 + 0 mm, 1.5 mm left');
}

/** Waits until the physiology worker has answered the current configuration (the field and fibres come with it). */
async function physiologyReady(app: App) {
  await expect(app.page.getByRole('region', { name: 'Virtual patient' })).toHaveAttribute('data-status', 'ready', {
    timeout: 30_000,
  });
}

/** Share of the spine's box drawn as recruited fibres (any dermatome colour). */
async function fibrePixels(app: App): Promise<number> {
  const parts = await Promise.all(
    [FIBRE_GREEN, FIBRE_YELLOW, FIBRE_PINK].map((range) => app.canvasPixelFractionIn(range, SPINE)),
  );
  return parts.reduce((a, b) => a + b, 0);
}

/** Vertical centre (fraction of the canvas height) of the heat map's rim. */
async function fieldCentreY(app: App): Promise<number> {
  return (await app.canvasColourLayout(HEAT_MAGENTA, SPINE)).centre?.y ?? Number.NaN;
}

/** The tip offset (mm) the placement readout states, e.g. 6.5 for "Lead 1 tip: T9 + 6.5 mm, …". */
async function tipOffsetMm(app: App): Promise<number> {
  const match = /tip: T9 \+ ([0-9.]+) mm/.exec((await app.leadPlacement.textContent()) ?? '');
  return match ? Number(match[1]) : Number.NaN;
}

test.describe('the 3D spine view', () => {
  test('the posterior view shows the spine down the middle with the programmed lead on it', async ({ page }) => {
    const app = new App(page);
    await openSession(app);
    await app.viewButton('Posterior view').click();
    await expect(app.viewButton('Posterior view')).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => app.canvasPixelFractionIn(BONE, CENTRE)).toBeGreaterThan(0.2);
    expect(await app.canvasPixelFractionIn(BONE, OUTER_LEFT)).toBeLessThan(0.02);
    // Contact 3 is the cathode and 4 the anode: both colours appear, in the middle where the lead lies.
    expect(await app.canvasPixelFractionIn(CATHODE_BLUE, CENTRE)).toBeGreaterThan(0.0003);
    expect(await app.canvasPixelFractionIn(ANODE_ORANGE, CENTRE)).toBeGreaterThan(0.0003);
    expect(await app.canvasPixelFractionIn(CATHODE_BLUE, OUTER_LEFT)).toBe(0);
  });

  test('fluoroscopy mode draws an X-ray-like image: black field, grey-white bone and metal, no colours', async ({
    page,
  }) => {
    const app = new App(page);
    await openSession(app);
    await app.viewButton('Posterior view').click();
    await app.viewButton('Fluoroscopy (X-ray) view').click();
    await expect(app.viewButton('Fluoroscopy (X-ray) view')).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => app.canvasPixelFractionIn(NEAR_BLACK, OUTER_LEFT)).toBeGreaterThan(0.8);
    expect(await app.canvasPixelFractionIn(BRIGHT_GREY, CENTRE)).toBeGreaterThan(0.03);
    expect(await app.canvasPixelFractionIn(CATHODE_BLUE, CENTRE)).toBe(0);
    // An X-ray shows no fields: no heat map, no fibres, no legend.
    expect(await app.canvasPixelFraction(HEAT_MAGENTA)).toBe(0);
    expect(await fibrePixels(app)).toBe(0);
    await expect(app.viewport.getByRole('group', { name: 'Stimulation on the cord' })).toHaveCount(0);
    await expect(app.viewport).toContainText('Simulated fluoroscopy · AP');
    await app.viewButton('Lateral view').click();
    await expect(app.viewport).toContainText('Simulated fluoroscopy · lateral');
  });

  test('the C-arm tilts the simulated X-ray toward the head or feet, and straightens back', async ({ page }) => {
    const app = new App(page);
    await openSession(app);
    await app.viewButton('Posterior view').click();
    const tilt = app.viewport.getByLabel('C-arm tilt (degrees, + toward the head)');
    await expect(tilt).toHaveCount(0); // only in the X-ray
    await app.viewButton('Fluoroscopy (X-ray) view').click();
    await expect.poll(() => app.canvasPixelFractionIn(NEAR_BLACK, OUTER_LEFT)).toBeGreaterThan(0.8);
    // Bone seen through the middle of the canvas (clear of the overlays): the endplates and processes foreshorten.
    const bone = () => app.canvasPixelFractionIn(BRIGHT_GREY, CENTRE);
    const straight = await bone();
    await tilt.fill('25');
    await expect(app.viewport.getByLabel('C-arm tilt', { exact: true })).toHaveText('+25° cranial');
    await expect.poll(async () => Math.abs((await bone()) - straight) / straight).toBeGreaterThan(0.05);
    await app.viewport.getByRole('button', { name: 'Straighten' }).click();
    await expect.poll(async () => Math.abs((await bone()) - straight) / straight).toBeLessThan(0.005);
    // The slider's own arrow keys tilt the beam; they do not move the lead as the view's arrow keys do.
    const placementText = await app.viewport.getByText(/^Lead 1 tip:/).textContent();
    await tilt.focus();
    await page.keyboard.press('ArrowRight');
    await expect(app.viewport.getByLabel('C-arm tilt', { exact: true })).toHaveText(/^\+\d+° cranial/);
    await expect(app.viewport.getByText(/^Lead 1 tip:/)).toHaveText(placementText ?? '');
    await app.viewport.getByRole('button', { name: 'Straighten' }).click();
    await app.viewButton('Oblique view').click();
    await expect(app.viewport).toContainText('Simulated fluoroscopy · oblique');
    await expect(tilt).toHaveCount(0);
  });

  test('the axial section draws the canal at the lead', async ({ page }) => {
    const app = new App(page);
    await openSession(app);
    await app.viewButton('Axial section').click();
    // The cut cathode (blue) and the cord (pale) are drawn in the section.
    await expect.poll(() => app.canvasPixelFractionIn(CATHODE_BLUE, CENTRE)).toBeGreaterThan(0.0003);
    expect(await app.canvasPixelFractionIn({ r: [225, 255], g: [215, 245], b: [200, 230] }, CENTRE)).toBeGreaterThan(
      0.005,
    );
    // The fibres crossing the cut: coloured dots on the dorsal cord while they fire, none at 0 mA.
    await physiologyReady(app);
    await expect.poll(() => fibrePixels(app)).toBeGreaterThan(0);
    await app.amplitude.fill('0');
    await expect.poll(() => fibrePixels(app)).toBe(0);
  });

  test('arrow keys move the active lead: the readout and the picture follow', async ({ page }) => {
    const app = new App(page);
    await openSession(app);
    await app.viewButton('Posterior view').click();
    await app.viewport.focus();
    const before = await app.canvasImage();

    await page.keyboard.press('ArrowDown');
    await expect(app.leadPlacement).toHaveText('Lead 1 tip: T9 + 1 mm, 1.5 mm left');
    await expect.poll(async () => (await app.canvasImage()).equals(before)).toBe(false);

    await page.keyboard.press('Shift+ArrowUp');
    await expect(app.leadPlacement).toHaveText(/^Lead 1 tip: T8 \+ 2[0-9.]* mm, 1\.5 mm left$/);
    await page.keyboard.press('ArrowLeft');
    await expect(app.leadPlacement).toContainText('2 mm left');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(app.leadPlacement).toContainText('1 mm left');

    await app.viewport.getByLabel('Active lead').selectOption('1');
    await expect(app.leadPlacement).toHaveText('Lead 2 tip: T9 + 8 mm, 1.5 mm right');
    await app.viewport.focus();
    await page.keyboard.press('ArrowUp');
    await expect(app.leadPlacement).toHaveText('Lead 2 tip: T9 + 7 mm, 1.5 mm right');
  });

  test('the field and the recruited fibres show on the cord under the lead and grow with the amplitude', async ({
    page,
  }) => {
    const app = new App(page);
    await openSession(app);
    await physiologyReady(app);
    await app.viewButton('Posterior view').click();
    const legend = app.viewport.getByRole('group', { name: 'Stimulation on the cord' });
    await expect(legend).toContainText('Activating function on the cord surface');
    await expect(legend).toContainText('(teaching model)');
    // The key folds to its switches so it can be moved off the spine, and unfolds with its live numbers.
    await legend.getByRole('button', { name: 'Hide the key' }).click();
    await expect(legend).not.toContainText('Activating function');
    await expect(legend.getByLabel('Field', { exact: true })).toBeVisible();
    await legend.getByRole('button', { name: 'Show the key' }).click();
    await expect(legend).toContainText('Activating function on the cord surface');

    await app.amplitude.fill('0');
    await expect(legend.getByLabel('Sampled fibres firing')).toHaveText('0');
    await expect.poll(() => app.canvasPixelFractionIn(HEAT_MAGENTA, SPINE)).toBe(0);
    expect(await fibrePixels(app)).toBe(0);

    await app.amplitude.fill('4.2');
    await expect.poll(() => app.canvasPixelFractionIn(HEAT_MAGENTA, SPINE)).toBeGreaterThan(0.003);
    const field = await app.canvasPixelFractionIn(HEAT_MAGENTA, SPINE);
    const fibres = await fibrePixels(app);
    expect(fibres).toBeGreaterThan(0.005);
    // Around the cathode: the field's centre lies within a few millimetres of the cathode's height.
    const cathode = await app.canvasColourLayout(CATHODE_BLUE, CENTRE);
    expect(Math.abs((await fieldCentreY(app)) - cathode.centre!.y)).toBeLessThan(0.05);
    expect(await app.canvasPixelFractionIn(HEAT_MAGENTA, OUTER_LEFT)).toBe(0);
    const firing = Number(await legend.getByLabel('Sampled fibres firing').textContent());
    expect(firing).toBeGreaterThan(0);

    await app.amplitude.fill('6');
    await expect.poll(() => app.canvasPixelFractionIn(HEAT_MAGENTA, SPINE)).toBeGreaterThan(field);
    expect(await fibrePixels(app)).toBeGreaterThan(fibres);
    expect(Number(await legend.getByLabel('Sampled fibres firing').textContent())).toBeGreaterThan(firing);

    // Switched off by the user, or with the stimulator off, the layer draws nothing.
    await legend.getByLabel('Field', { exact: true }).uncheck();
    await expect.poll(() => app.canvasPixelFractionIn(HEAT_MAGENTA, SPINE)).toBe(0);
    await legend.getByLabel('Field', { exact: true }).check();
    await app.stimulation.click();
    await expect(legend.getByLabel('Sampled fibres firing')).toHaveText('0');
    await expect.poll(() => app.canvasPixelFractionIn(HEAT_MAGENTA, SPINE)).toBe(0);
    expect(await fibrePixels(app)).toBe(0);
  });

  test('moving the lead with the keys moves the field with it', async ({ page }) => {
    const app = new App(page);
    await openSession(app);
    await physiologyReady(app);
    await app.viewButton('Posterior view').click();
    await app.amplitude.fill('4.2');
    await expect.poll(() => app.canvasPixelFractionIn(HEAT_MAGENTA, SPINE)).toBeGreaterThan(0.003);
    const before = await fieldCentreY(app);

    await app.viewport.focus();
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowDown');
    await expect(app.leadPlacement).toHaveText('Lead 1 tip: T9 + 10 mm, 1.5 mm left');
    await physiologyReady(app);
    // 10 mm caudal is lower on screen (rostral is up); the field follows once the physics has rerun.
    await expect.poll(() => fieldCentreY(app), { timeout: 30_000 }).toBeGreaterThan(before + 0.05);
  });

  test('dragging a lead places it on release; the other lead can be dragged to stagger them', async ({ page }) => {
    const app = new App(page);
    await openSession(app);
    await physiologyReady(app);
    await app.viewButton('Posterior view').click();
    // Find the lead with no field drawn (the field's orange core would blur the anode's colour).
    await app.amplitude.fill('0');
    await expect.poll(() => app.canvasPixelFractionIn(HEAT_MAGENTA, SPINE)).toBe(0);
    // Lead 1's cathode (contact 3): its − sign is drawn to its left, so the contact is the rightmost blue run.
    const cathode = await app.canvasColourLayout(CATHODE_BLUE, CENTRE);
    const anode = await app.canvasColourLayout(ANODE_ORANGE, CENTRE);
    const run = cathode.columnRuns.at(-1)!;
    const start = await app.canvasPoint((run.from + run.to) / 2, cathode.centre!.y);
    // Contacts 3 and 4 are 7 mm apart centre to centre (perc-8-3x4: 3 mm contacts, 4 mm gaps): the screen scale.
    const canvasHeight = (await app.canvasPoint(0, 1)).y - (await app.canvasPoint(0, 0)).y;
    const mmToPx = ((anode.centre!.y - cathode.centre!.y) * canvasHeight) / 7;
    await app.amplitude.fill('4.2');
    await expect.poll(() => app.canvasPixelFractionIn(HEAT_MAGENTA, SPINE)).toBeGreaterThan(0.003);
    const fieldBefore = await fieldCentreY(app);

    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    for (let step = 1; step <= 5; step++) await page.mouse.move(start.x, start.y + 8 * mmToPx * (step / 5));
    await expect(app.viewport.getByText(/release to place/)).toBeVisible();
    await expect(app.leadPlacement).toHaveText('Lead 1 tip: T9 + 0 mm, 1.5 mm left'); // nothing committed while held
    await page.mouse.up();
    await expect.poll(() => tipOffsetMm(app)).toBeGreaterThan(6);
    expect(await tipOffsetMm(app)).toBeLessThan(10);
    await expect(app.viewport.getByText(/release to place/)).toBeHidden();
    await physiologyReady(app);
    await expect.poll(() => fieldCentreY(app), { timeout: 30_000 }).toBeGreaterThan(fieldBefore + 0.03);

    // Lead 2 lies 3 mm to the viewer's right of lead 1 (1.5 mm left vs 1.5 mm right of the midline).
    const moved = await app.canvasColourLayout(CATHODE_BLUE, CENTRE);
    const lead1 = moved.columnRuns.at(-1)!;
    const lead2 = await app.canvasPoint((lead1.from + lead1.to) / 2, moved.centre!.y);
    const grab = { x: lead2.x + 3 * mmToPx, y: lead2.y };
    await page.mouse.move(grab.x, grab.y);
    await page.mouse.down();
    for (let step = 1; step <= 5; step++) await page.mouse.move(grab.x, grab.y - 5 * mmToPx * (step / 5));
    await page.mouse.up();
    await expect(app.viewport.getByLabel('Active lead')).toHaveValue('1');
    await expect(app.leadPlacement).toHaveText(/^Lead 2 tip: T[89] \+ [0-9.]+ mm, 1\.5 mm right$/);
    expect(await app.leadPlacement.textContent()).not.toBe('Lead 2 tip: T9 + 8 mm, 1.5 mm right');
  });

  test('a simulated migration moves the active lead caudally, says it is an exercise, and undoes', async ({ page }) => {
    const app = new App(page);
    await openSession(app);
    await app.viewport.getByLabel('Migration distance').selectOption('6');
    await app.viewport.getByRole('button', { name: 'Simulate migration' }).click();
    await expect(app.leadPlacement).toHaveText('Lead 1 tip: T9 + 6 mm, 1.5 mm left');
    await expect(app.status).toContainText('exercise, not a prediction');
    await page.keyboard.press('Control+z');
    await expect(app.leadPlacement).toHaveText('Lead 1 tip: T9 + 0 mm, 1.5 mm left');
  });
});
