// Benchmark of the 3D view in headless Chromium (software GL: --disable-gpu gives SwiftShader), on the built renderer:
//   node scripts/measure-fps.mjs [--seconds 3] [--width 1440] [--height 900] [--session path.scs.json]
// Prints (numbers for the notes, not a test):
// - first 3D frame: navigation start → the viewport's first drawn frame (performance mark 'scs:first-3d-frame');
// - session to field: opening the sample session → the physiology worker's answer (the field and fibres drawn);
// - frames per second while the camera orbits (a held mouse drag): the page is reloaded with ?frameloop=always, so
//   every display frame is a real render and requestAnimationFrame in the page counts rendered frames;
// - draw calls and triangles per frame (after the orbit, in the view it was left in), counted by wrapping the page's
//   WebGL2 draw calls (instanced draws count every instance; lines and points are not triangles), with the largest
//   draws listed so the cost can be traced to the scene's meshes;
// - CPU time per frame of Chromium's GPU process (where SwiftShader rasterises) and of the page's renderer process
//   while orbiting: CPU time, unlike frames per second, hardly depends on what else the machine is running.
// Serves out/renderer itself: build it first (npm run build:renderer), under the shared lock when others run browsers.
import { openBuiltApp, openSessionFile } from './app-in-chromium.mjs';

const option = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : fallback;
};
const seconds = Number(option('seconds', '3'));
const width = Number(option('width', '1440'));
const height = Number(option('height', '900'));
const session = option('session', 'resources/sessions/tonic-leg-pain.scs.json');

/** Runs in the page before the app: counts WebGL2 draw calls and triangles while `__drawCounter.on`. */
function countDrawCalls() {
  const TRIANGLES = 4;
  const counter = {
    on: false,
    calls: 0,
    triangles: 0,
    /** Frames counted: three clears the canvas once at the start of each render (no render targets here). */
    frames: 0,
    callsBefore: 0,
    trianglesBefore: 0,
    /** Triangles × instances of each triangle draw of the first counted frame. */
    firstFrame: [],
    reset() {
      this.frames = 0;
      this.calls = 0;
      this.triangles = 0;
      this.firstFrame = [];
    },
    clear() {
      if (!this.on) return;
      this.frames++;
      // Totals as they stood at the end of each whole frame.
      this.callsBefore = this.calls;
      this.trianglesBefore = this.triangles;
    },
    add(mode, count, instances) {
      if (!this.on || this.frames === 0) return;
      this.calls++;
      if (mode !== TRIANGLES) return;
      this.triangles += Math.floor(count / 3) * instances;
      if (this.frames === 1) this.firstFrame.push([Math.floor(count / 3), instances]);
    },
    /** The twelve largest draws of one frame, as "triangles" or "triangles×instances". */
    largest() {
      return [...this.firstFrame]
        .sort((a, b) => b[0] * b[1] - a[0] * a[1])
        .slice(0, 12)
        .map(([t, n]) => (n === 1 ? `${t}` : `${t}×${n}`));
    },
  };
  globalThis.__drawCounter = counter;
  const proto = globalThis.WebGL2RenderingContext.prototype;
  const wrap = (name, instancesAt) => {
    const original = proto[name];
    proto[name] = function (...args) {
      counter.add(
        args[0],
        name.startsWith('drawArrays') ? args[2] : args[1],
        instancesAt === undefined ? 1 : args[instancesAt],
      );
      return original.apply(this, args);
    };
  };
  const clear = proto.clear;
  proto.clear = function (...args) {
    counter.clear();
    return clear.apply(this, args);
  };
  wrap('drawArrays');
  wrap('drawElements');
  wrap('drawArraysInstanced', 3);
  wrap('drawElementsInstanced', 4);
}

const { page, close } = await openBuiltApp({ width, height });
try {
  const firstFrameMs = await page.evaluate(
    () => globalThis.performance.getEntriesByName('scs:first-3d-frame')[0]?.startTime,
  );
  await page.addInitScript(countDrawCalls);
  await page.goto(`${page.url().replace(/[?#].*$/, '')}?practice&frameloop=always`);
  await page.locator('[data-frame-drawn="true"]').waitFor({ timeout: 30_000 });
  const opening = Date.now();
  await openSessionFile(page, session);
  const sessionToFieldMs = Date.now() - opening;
  // The worker goes on computing the strength–duration sweep in the background; measure the view once it is done.
  await page
    .getByRole('tablist', { name: 'Charts' })
    .getByRole('tab', { name: 'Strength–duration', exact: true })
    .click();
  await page.locator('figure[data-chart-state="ready"]').waitFor({ timeout: 60_000 });

  // Orbit from a point left of the spine (empty background, so the drag turns the camera and never takes a lead).
  // Halfway between the view's top bar and its field legend, at the left edge: canvas, not an overlay.
  const canvas = await page.locator('.viewport canvas').boundingBox();
  const bar = await page.locator('.viewport__bar').boundingBox();
  const legend = await page.locator('.field-legend').boundingBox();
  const x0 = canvas.x + 0.1 * canvas.width;
  const y0 = (bar.y + bar.height + (legend?.y ?? canvas.y + canvas.height)) / 2;
  const before = await page.locator('.viewport canvas').screenshot();
  const cdp = await page.context().browser().newBrowserCDPSession();
  /** CPU seconds used so far by each kind of Chromium process ('GPU', 'renderer', 'browser'…). */
  const cpuSeconds = async () => {
    const { processInfo } = await cdp.send('SystemInfo.getProcessInfo');
    const byType = {};
    for (const p of processInfo) byType[p.type] = (byType[p.type] ?? 0) + p.cpuTime;
    return byType;
  };
  await page.mouse.move(x0, y0);
  await page.mouse.down();
  const cpuBefore = await cpuSeconds();
  await page.evaluate(() => {
    const counter = { frames: 0, running: true };
    globalThis.__fpsCounter = counter;
    const tick = () => {
      if (!counter.running) return;
      counter.frames++;
      globalThis.requestAnimationFrame(tick);
    };
    globalThis.requestAnimationFrame(tick);
  });
  const started = Date.now();
  let moves = 0;
  while (Date.now() - started < seconds * 1000) {
    const t = (Date.now() - started) / 1000;
    // A slow sweep of ±60 px around the start: a continuous turn of the camera, as a user orbiting would.
    await page.mouse.move(x0 + 60 * Math.sin(2 * t), y0 + 10 * Math.sin(3 * t));
    moves++;
    await page.waitForTimeout(20);
  }
  const frames = await page.evaluate(() => {
    globalThis.__fpsCounter.running = false;
    return globalThis.__fpsCounter.frames;
  });
  const elapsed = (Date.now() - started) / 1000;
  const cpuAfter = await cpuSeconds();
  await page.mouse.up();
  const cpuPerFrameMs = (type) => (((cpuAfter[type] ?? 0) - (cpuBefore[type] ?? 0)) * 1000) / Math.max(1, frames);
  // The frames counted are only meaningful if the view did turn.
  const turned = !before.equals(await page.locator('.viewport canvas').screenshot());

  const draws = await page.evaluate(async (frames) => {
    const counter = globalThis.__drawCounter;
    await new Promise((resolve) => globalThis.requestAnimationFrame(resolve));
    counter.reset();
    counter.on = true;
    // Counting runs from the first clear; the frame in progress when it stops is left out.
    while (counter.frames <= frames) await new Promise((resolve) => globalThis.requestAnimationFrame(resolve));
    counter.on = false;
    return {
      frames: counter.frames - 1,
      calls: counter.callsBefore,
      triangles: counter.trianglesBefore,
      largest: counter.largest(),
    };
  }, 10);

  const gl = await page.evaluate(() => {
    const context = globalThis.document.createElement('canvas').getContext('webgl2');
    const info = context?.getExtension('WEBGL_debug_renderer_info');
    return info
      ? context.getParameter(info.UNMASKED_RENDERER_WEBGL)
      : (context?.getParameter(context.RENDERER) ?? 'no WebGL2');
  });
  const backing = await page.evaluate(() => {
    const c = globalThis.document.querySelector('.viewport canvas');
    return `${c.width}×${c.height} px (device pixel ratio ${globalThis.devicePixelRatio})`;
  });
  console.log(`3D view benchmark, ${width}×${height}, headless Chromium (${gl}), canvas ${backing}`);
  console.log(
    `  first 3D frame after navigation start: ${firstFrameMs === undefined ? 'not marked' : `${Math.round(firstFrameMs)} ms`}`,
  );
  console.log(`  open ${session} → field and fibres computed: ${sessionToFieldMs} ms`);
  console.log(
    `  per frame: ${(draws.calls / draws.frames).toFixed(1)} draw calls, ${Math.round(draws.triangles / draws.frames)} triangles (mean of ${draws.frames} frames)`,
  );
  console.log(`  largest draws (triangles × instances): ${draws.largest.join(', ')}`);
  console.log(
    `  orbiting for ${elapsed.toFixed(1)} s: ${frames} frames → ${(frames / elapsed).toFixed(1)} frames per second (view turned: ${turned ? 'yes' : 'NO'}, ${moves} pointer moves)`,
  );
  console.log(
    `  CPU time per frame while orbiting: GPU process ${cpuPerFrameMs('GPU').toFixed(1)} ms, page renderer ${cpuPerFrameMs('renderer').toFixed(1)} ms, browser ${cpuPerFrameMs('browser').toFixed(1)} ms`,
  );
} finally {
  await close();
}
