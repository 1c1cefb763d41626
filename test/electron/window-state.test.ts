import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BrowserWindow } from 'electron';
import {
  DEFAULT_WINDOW_STATE,
  fitWindowStateToDisplays,
  loadWindowState,
  parseWindowState,
  saveWindowState,
  trackWindowState,
  type WindowState,
} from '../../electron/main/window-state';
import { asReal, FakeBrowserWindow } from './helpers/fake-electron';
import { useTempDirs } from './helpers/temp-dir';

const makeTempDir = useTempDirs();
const ONE_DISPLAY = [{ x: 0, y: 0, width: 1920, height: 1080 }];
const TWO_DISPLAYS = [...ONE_DISPLAY, { x: 1920, y: 0, width: 2560, height: 1440 }];

describe('window state file', () => {
  it('round-trips a saved state', () => {
    const file = join(makeTempDir(), 'window-state.json');
    const state: WindowState = { x: 100, y: 50, width: 1200, height: 900, isMaximized: true };
    saveWindowState(file, state);
    expect(loadWindowState(file, ONE_DISPLAY)).toEqual(state);
  });

  it('creates the folder it saves into when it does not exist yet', () => {
    const file = join(makeTempDir(), 'not-yet', 'window-state.json');
    saveWindowState(file, DEFAULT_WINDOW_STATE);
    expect(loadWindowState(file, ONE_DISPLAY)).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('falls back to the defaults when the file is missing', () => {
    const file = join(makeTempDir(), 'window-state.json');
    expect(loadWindowState(file, ONE_DISPLAY)).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('falls back to the defaults when the file is not JSON or does not match the schema', () => {
    const dir = makeTempDir();
    const cases = [
      '{not json',
      '[]',
      'null',
      '{"width":"wide","height":800,"isMaximized":false}',
      '{"width":-5,"height":800,"isMaximized":false}',
      '{"width":1e9,"height":800,"isMaximized":false}',
    ];
    cases.forEach((text, index) => {
      const file = join(dir, `state-${index}.json`);
      writeFileSync(file, text);
      expect(loadWindowState(file, ONE_DISPLAY), text).toEqual(DEFAULT_WINDOW_STATE);
    });
  });

  it('saves the window’s restored bounds and maximized flag when it closes', () => {
    const file = join(makeTempDir(), 'window-state.json');
    const window = new FakeBrowserWindow();
    window.bounds = { x: 30, y: 40, width: 1100, height: 750 };
    window.maximized = true;
    trackWindowState(asReal<BrowserWindow>(window), file);
    window.emit('close');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
      x: 30,
      y: 40,
      width: 1100,
      height: 750,
      isMaximized: true,
    });
  });
});

describe('parseWindowState', () => {
  it('drops a position given without its partner coordinate', () => {
    expect(parseWindowState('{"x":10,"width":1000,"height":700,"isMaximized":false}')).toEqual({
      width: 1000,
      height: 700,
      isMaximized: false,
    });
  });
});

describe('fitWindowStateToDisplays', () => {
  it('keeps a window that is fully on a display where it was', () => {
    const state: WindowState = { x: 2000, y: 100, width: 1600, height: 1000, isMaximized: false };
    expect(fitWindowStateToDisplays(state, TWO_DISPLAYS)).toEqual(state);
  });

  it('pulls a window left on an unplugged monitor back onto the primary display', () => {
    const state: WindowState = { x: 3000, y: 200, width: 1200, height: 800, isMaximized: false };
    expect(fitWindowStateToDisplays(state, ONE_DISPLAY)).toEqual({
      x: 720,
      y: 200,
      width: 1200,
      height: 800,
      isMaximized: false,
    });
  });

  it('pulls a window that hangs off the top-left corner fully into view', () => {
    const state: WindowState = { x: -500, y: -300, width: 1200, height: 800, isMaximized: false };
    expect(fitWindowStateToDisplays(state, ONE_DISPLAY)).toEqual({
      x: 0,
      y: 0,
      width: 1200,
      height: 800,
      isMaximized: false,
    });
  });

  it('shrinks a window larger than the display to its work area', () => {
    const state: WindowState = { x: 0, y: 0, width: 4000, height: 3000, isMaximized: false };
    expect(fitWindowStateToDisplays(state, ONE_DISPLAY)).toEqual({
      x: 0,
      y: 0,
      width: 1920,
      height: 1080,
      isMaximized: false,
    });
  });

  it('moves a window straddling two displays onto the one it overlaps most', () => {
    const state: WindowState = { x: 1800, y: 100, width: 1000, height: 800, isMaximized: false };
    const fitted = fitWindowStateToDisplays(state, TWO_DISPLAYS);
    expect(fitted.x).toBe(1920);
    expect(fitted.y).toBe(100);
  });

  it('grows a window below the minimum size to the minimum', () => {
    const state: WindowState = { width: 200, height: 100, isMaximized: false };
    expect(fitWindowStateToDisplays(state, ONE_DISPLAY)).toEqual({ width: 800, height: 600, isMaximized: false });
  });
});
