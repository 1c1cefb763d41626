/**
 * Remembers the main window's size, position and maximized flag between runs, in
 * `window-state.json` under `app.getPath('userData')`.
 *
 * The pure part (parse, clamp onto a display) is separate from the I/O part (load, save, track) so
 * the rules can be tested without a screen or a disk.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import type { BrowserWindow, Rectangle } from 'electron';
import { writeFileAtomicSync } from './atomic-write';

/** Window geometry in screen pixels (DIP); `x`/`y` absent means "let the OS place it". */
export type WindowState = {
  x?: number;
  y?: number;
  width: number;
  height: number;
  isMaximized: boolean;
};

/** File name of the stored state inside the userData folder. */
export const WINDOW_STATE_FILE_NAME = 'window-state.json';

/** Size used on first run or when the stored state is unusable. */
export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 800, isMaximized: false };

/** Smallest window the layout is designed for; also the window's `minWidth`/`minHeight`. */
export const MIN_WINDOW_SIZE = { width: 800, height: 600 } as const;

// Anything larger than this is a corrupt file, not a real monitor.
const MAX_COORDINATE = 100_000;

const coordinate = z.number().int().min(-MAX_COORDINATE).max(MAX_COORDINATE);
const length = z.number().int().min(1).max(MAX_COORDINATE);

/** Schema of the stored file. */
export const windowStateSchema = z.object({
  x: coordinate.exactOptional(),
  y: coordinate.exactOptional(),
  width: length,
  height: length,
  isMaximized: z.boolean(),
}) satisfies z.ZodType<WindowState>;

/**
 * Parses stored JSON text into a state, or returns `null` when the text is not valid JSON or does
 * not match the schema (a hand-edited or truncated file must never stop the app from starting).
 */
export function parseWindowState(text: string): WindowState | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = windowStateSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { x, y, width, height, isMaximized } = parsed.data;
  // A position is only meaningful as a pair.
  return x !== undefined && y !== undefined ? { x, y, width, height, isMaximized } : { width, height, isMaximized };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), Math.max(min, max));
}

function overlapArea(a: Rectangle, b: Rectangle): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

/**
 * Fits a stored state onto the current displays: the size shrinks to the work area of the display
 * the window overlaps most (or the first display if none), and the window is moved fully inside it.
 * Handles monitors unplugged or rearranged since the last run.
 * @param workAreas `screen.getAllDisplays().map((d) => d.workArea)`, primary first.
 */
export function fitWindowStateToDisplays(state: WindowState, workAreas: readonly Rectangle[]): WindowState {
  const [firstArea] = workAreas;
  if (firstArea === undefined) return state;
  const size = {
    width: Math.max(state.width, MIN_WINDOW_SIZE.width),
    height: Math.max(state.height, MIN_WINDOW_SIZE.height),
  };
  if (state.x === undefined || state.y === undefined) {
    return {
      width: Math.min(size.width, firstArea.width),
      height: Math.min(size.height, firstArea.height),
      isMaximized: state.isMaximized,
    };
  }
  const bounds = { x: state.x, y: state.y, ...size };
  let area = firstArea;
  let bestOverlap = overlapArea(bounds, firstArea);
  for (const candidate of workAreas) {
    const overlap = overlapArea(bounds, candidate);
    if (overlap > bestOverlap) {
      area = candidate;
      bestOverlap = overlap;
    }
  }
  const width = Math.min(size.width, area.width);
  const height = Math.min(size.height, area.height);
  return {
    x: clamp(state.x, area.x, area.x + area.width - width),
    y: clamp(state.y, area.y, area.y + area.height - height),
    width,
    height,
    isMaximized: state.isMaximized,
  };
}

/**
 * Reads the stored state and fits it to the displays; defaults when the file is missing or bad.
 * @example loadWindowState(join(app.getPath('userData'), WINDOW_STATE_FILE_NAME), workAreas)
 */
export function loadWindowState(filePath: string, workAreas: readonly Rectangle[]): WindowState {
  let text: string;
  try {
    text = readFileSync(filePath, 'utf8');
  } catch {
    return fitWindowStateToDisplays(DEFAULT_WINDOW_STATE, workAreas);
  }
  return fitWindowStateToDisplays(parseWindowState(text) ?? DEFAULT_WINDOW_STATE, workAreas);
}

/** Writes the state atomically; synchronous because it runs while the window is closing. */
export function saveWindowState(filePath: string, state: WindowState): void {
  mkdirSync(dirname(filePath), { recursive: true });
  writeFileAtomicSync(filePath, `${JSON.stringify(state, null, 2)}\n`);
}

/** The state to remember for a window: its restored (not maximized) bounds plus the maximized flag. */
export function captureWindowState(window: Pick<BrowserWindow, 'getNormalBounds' | 'isMaximized'>): WindowState {
  const { x, y, width, height } = window.getNormalBounds();
  return { x, y, width, height, isMaximized: window.isMaximized() };
}

/**
 * Saves the window's state when it closes. Errors are reported, not thrown: losing the window size
 * is not worth a crash on exit.
 */
export function trackWindowState(window: BrowserWindow, filePath: string): void {
  window.on('close', () => {
    try {
      saveWindowState(filePath, captureWindowState(window));
    } catch (error) {
      console.error('Could not save the window state:', error);
    }
  });
}
