import { expect, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';

/** Page object for the simulator: named by what a user sees, waiting on the app's own readiness signals. */
export class App {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    // The app opens on the case chooser; the workstation tests start in free practice.
    await this.page.goto('/?practice');
    await expect(this.page.locator('[data-frame-drawn="true"]')).toBeVisible();
  }

  /** Opens the app on its first screen, the case chooser. */
  async openChooser(): Promise<void> {
    await this.page.goto('/');
    await expect(this.page.getByRole('heading', { name: 'Choose a case', level: 1 })).toBeVisible();
  }

  /** Opens a case from the chooser by its title and waits for the workstation's first frame. */
  async chooseCase(title: string): Promise<void> {
    await this.page.getByRole('list', { name: 'Cases' }).getByRole('button', { name: title, exact: true }).click();
    await expect(this.page.locator('[data-frame-drawn="true"]')).toBeVisible();
  }

  /** The virtual patient's panel; its `data-status` is `ready` once the worker has answered for what is on screen. */
  get patient(): Locator {
    return this.page.getByRole('region', { name: 'Virtual patient' });
  }

  /** Waits for the patient's answer (the first one builds the model: many seconds under software GL in CI). */
  async patientAnswered(): Promise<void> {
    await expect(this.patient).toHaveAttribute('data-status', 'ready', { timeout: 30_000 });
  }

  /** Opens the app on the sample leg-pain patient and waits for the patient's first answer. */
  async openLegPainSample(): Promise<void> {
    await this.open();
    await this.openFile('resources/sessions/tonic-leg-pain.scs.json');
    await this.patientAnswered();
  }

  /** A contact button of the programmer, whatever its current polarity. */
  contact(number: number | 'case'): Locator {
    const name = number === 'case' ? 'Case' : `Contact ${number}`;
    return this.page.getByRole('button', { name: new RegExp(`^${name}: `) });
  }

  /** Clicks a contact until it shows the wanted polarity (a click cycles off → − → +). */
  async setContact(number: number | 'case', state: 'cathode' | 'anode' | 'off'): Promise<void> {
    const contact = this.contact(number);
    for (let i = 0; i < 3; i++) {
      const label = (await contact.getAttribute('aria-label')) ?? '';
      if (label.includes(state)) return;
      await contact.click();
    }
    await expect(contact).toHaveAttribute('aria-label', new RegExp(state));
  }

  /** Sets up a bipole (− on `cathode`, + on `anode`) in the active area. */
  async bipole(cathode: number, anode: number): Promise<void> {
    await this.setContact(cathode, 'cathode');
    await this.setContact(anode, 'anode');
  }

  get amplitude(): Locator {
    return this.page.getByLabel('Amplitude (mA)', { exact: true });
  }
  get chargePerPhase(): Locator {
    return this.page.getByLabel('Charge per phase');
  }
  /** The body map panel: dermatome chart, coverage headline and the pain-map editor. */
  get bodyMap(): Locator {
    return this.page.getByRole('region', { name: 'Body map' });
  }
  get status(): Locator {
    return this.page.locator('.status');
  }
  /** The drawn line of a chart (recharts renders it as an SVG path). */
  chartLine(name: 'Single pulse waveform' | 'Pulse train waveform'): Locator {
    return this.page.getByRole('figure', { name }).locator('path.recharts-line-curve').first();
  }
  command(label: 'New' | 'Open…' | 'Save' | 'Save As…'): Locator {
    return this.page.getByRole('navigation', { name: 'Commands' }).getByRole('button', { name: label, exact: true });
  }
  /** Runs a command from one of the toolbar's menus ("Help" → "About"), as a user would: open, then choose. */
  async menuCommand(menu: 'View' | 'Teaching' | 'Help', label: string): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Commands' })
      .getByRole('button', { name: menu, exact: true })
      .click();
    const list = this.page.getByRole('menu', { name: menu });
    const name = { name: label, exact: true };
    await list.getByRole('menuitem', name).or(list.getByRole('menuitemcheckbox', name)).click();
  }

  /** Saves through the browser fallback and returns the downloaded file's name and text. */
  async saveAndReadDownload(): Promise<{ name: string; path: string; text: string }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.command('Save').click()]);
    const path = await download.path();
    return { name: download.suggestedFilename(), path, text: await readFile(path, 'utf8') };
  }

  /** The "Save changes?" question New, Open and closing ask when work is unsaved. */
  get saveChangesDialog(): Locator {
    return this.page.getByRole('alertdialog', { name: 'Save changes?' });
  }

  /**
   * Opens a file through the browser fallback's file picker. With `discardChanges`, answers "Don’t save" if the app
   * asks about unsaved work (the sensation history can gain an entry just after a save, so whether it asks is not
   * always known); without it, a question fails the test.
   */
  async openFile(
    file: string | { name: string; mimeType: string; buffer: Buffer },
    options: { discardChanges?: boolean } = {},
  ): Promise<void> {
    const chooserShown = this.page.waitForEvent('filechooser');
    await this.command('Open…').click();
    if (options.discardChanges) {
      const first = await Promise.race([
        chooserShown.then(() => 'chooser' as const),
        this.saveChangesDialog.waitFor().then(() => 'question' as const),
      ]);
      if (first === 'question') await this.saveChangesDialog.getByRole('button', { name: 'Don’t save' }).click();
    }
    await (await chooserShown).setFiles(file);
  }

  /** New session, answering "Don’t save" if the app asks about unsaved work. */
  async newSessionDiscardingChanges(): Promise<void> {
    await this.command('New').click();
    const newSessionShown = this.status.filter({ hasText: 'New session.' });
    const first = await Promise.race([
      newSessionShown.waitFor().then(() => 'done' as const),
      this.saveChangesDialog.waitFor().then(() => 'question' as const),
    ]);
    if (first === 'question') await this.saveChangesDialog.getByRole('button', { name: 'Don’t save' }).click();
    await expect(newSessionShown).toBeVisible();
  }

  /** The 3D view region (focusable: arrow keys move the active lead). */
  get viewport(): Locator {
    return this.page.getByRole('region', { name: '3D spine view' });
  }
  /** The "Lead 1 tip: T8 + 3 mm, 1.5 mm left" readout of the 3D view. */
  get leadPlacement(): Locator {
    return this.viewport.getByLabel('Lead placement');
  }
  /** A view preset or the fluoroscopy toggle of the 3D view. */
  viewButton(
    name: 'Posterior view' | 'Lateral view' | 'Oblique view' | 'Axial section' | 'Fluoroscopy (X-ray) view',
  ): Locator {
    return this.viewport.getByRole('button', { name, exact: true });
  }
  /** The 3D canvas as a PNG, as the user saw it. */
  async canvasImage(): Promise<Buffer> {
    return this.viewport.locator('canvas').screenshot();
  }

  /**
   * Fraction of the 3D canvas's pixels whose colour lies in `range` (inclusive RGB bounds), counted inside `box`
   * (fractions of the canvas's width and height), read from a real screenshot (WebGL keeps no drawing buffer, so
   * the screenshot is what the user saw). Decoded in the page with a 2D canvas.
   */
  async canvasPixelFractionIn(range: ColourRange, box: CanvasBox): Promise<number> {
    return (await this.canvasColourLayout(range, box)).fraction;
  }

  /** `canvasPixelFractionIn` over the whole canvas. */
  canvasPixelFraction(range: ColourRange): Promise<number> {
    return this.canvasPixelFractionIn(range, { left: 0, top: 0, right: 1, bottom: 1 });
  }

  /** The programmer's stimulation on/off switch. */
  get stimulation(): Locator {
    return this.page.getByRole('switch', { name: 'Stimulation' });
  }

  /** One step of the programmer's steering pad. */
  async steer(name: 'Steer up' | 'Steer down' | 'Steer left' | 'Steer right' | 'Focus' | 'Spread'): Promise<void> {
    await this.page.getByRole('group', { name: 'Steering' }).getByRole('button', { name, exact: true }).click();
  }

  /** A tab of the charts panel (Pulse train, Titration, Strength–duration, Energy, ECAP). */
  chartsTab(name: 'Pulse train' | 'Titration' | 'Strength–duration' | 'Energy' | 'ECAP'): Locator {
    return this.page.getByRole('tablist', { name: 'Charts' }).getByRole('tab', { name, exact: true });
  }
  /** A chart figure by its accessible name; it carries the chart's readiness in data attributes. */
  chart(name: 'Titration curve' | 'Strength–duration curve' | 'Energy and recharge' | 'ECAP'): Locator {
    return this.page.getByRole('figure', { name, exact: true });
  }
  /** Horizontal position (SVG x) of a chart's vertical marker, e.g. `current-amplitude` or `current-pulse-width`. */
  async chartMarkerX(chart: Locator, marker: string): Promise<number> {
    const line = chart.locator(`.${marker} line.recharts-reference-line-line`);
    return Number.parseFloat((await line.getAttribute('x1')) ?? 'NaN');
  }

  /**
   * Where the pixels of a colour lie in the 3D canvas (inside `box`): their fraction of the box, their centroid, and
   * the runs of adjacent columns that hold any (to tell a contact from its − / + sign, or two leads apart). Positions
   * are fractions of the canvas's width and height.
   */
  async canvasColourLayout(range: ColourRange, box: CanvasBox): Promise<ColourLayout> {
    const png = (await this.canvasImage()).toString('base64');
    return this.page.evaluate(
      async ({ data, bounds, area }) => {
        const image = new Image();
        image.src = `data:image/png;base64,${data}`;
        await image.decode();
        const scratch = document.createElement('canvas');
        scratch.width = image.width;
        scratch.height = image.height;
        const context = scratch.getContext('2d');
        if (!context) return { fraction: 0, centre: undefined, columnRuns: [] };
        context.drawImage(image, 0, 0);
        const x0 = Math.floor(area.left * image.width);
        const y0 = Math.floor(area.top * image.height);
        const w = Math.max(1, Math.floor((area.right - area.left) * image.width));
        const h = Math.max(1, Math.floor((area.bottom - area.top) * image.height));
        const pixels = context.getImageData(x0, y0, w, h).data;
        const inside = (value: number, [low, high]: readonly [number, number]) => value >= low && value <= high;
        let count = 0;
        let sumX = 0;
        let sumY = 0;
        const columns = new Array<number>(w).fill(0);
        for (let i = 0; i < w * h; i++) {
          if (
            !inside(pixels[4 * i]!, bounds.r) ||
            !inside(pixels[4 * i + 1]!, bounds.g) ||
            !inside(pixels[4 * i + 2]!, bounds.b)
          )
            continue;
          const x = i % w;
          count++;
          sumX += x;
          sumY += Math.floor(i / w);
          columns[x]!++;
        }
        const columnRuns: { from: number; to: number }[] = [];
        columns.forEach((n, x) => {
          if (n === 0) return;
          const last = columnRuns.at(-1);
          const at = (x0 + x) / image.width;
          if (last && at - last.to <= 3.5 / image.width)
            last.to = at; // antialiasing may leave a column or two
          else columnRuns.push({ from: at, to: at });
        });
        const centre = count
          ? { x: (x0 + sumX / count) / image.width, y: (y0 + sumY / count) / image.height }
          : undefined;
        return { fraction: count / (w * h), centre, columnRuns };
      },
      { data: png, bounds: range, area: box },
    );
  }

  /** Page coordinates of a point of the 3D canvas given as fractions of its width and height (for mouse actions). */
  async canvasPoint(x: number, y: number): Promise<{ x: number; y: number }> {
    const box = await this.viewport.locator('canvas').boundingBox();
    if (!box) throw new Error('the 3D canvas is not on screen');
    return { x: box.x + x * box.width, y: box.y + y * box.height };
  }
}

/** Where a colour lies in the canvas (see `App.canvasColourLayout`); positions are fractions of the canvas. */
export interface ColourLayout {
  readonly fraction: number;
  readonly centre: { readonly x: number; readonly y: number } | undefined;
  readonly columnRuns: readonly { readonly from: number; readonly to: number }[];
}

/** A sub-rectangle of the canvas as fractions of its width and height (0–1). */
export interface CanvasBox {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}
/** Inclusive RGB bounds (0–255). */
export interface ColourRange {
  readonly r: readonly [number, number];
  readonly g: readonly [number, number];
  readonly b: readonly [number, number];
}
