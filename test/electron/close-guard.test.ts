import type { BrowserWindow } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { CLOSE_ANSWER_TIMEOUT_MS, guardWindowClose, type NativeCloseChoice } from '../../electron/main/close-guard';
import { asReal, FakeBrowserWindow } from './helpers/fake-electron';

/** A guarded window whose timer is driven by the test and whose native dialog answers `nativeChoice`. */
function setUp(nativeChoice: NativeCloseChoice = 'keep') {
  const window = new FakeBrowserWindow();
  let pendingTimer: { run: () => void; delayMs: number } | undefined;
  const deps = {
    askRenderer: vi.fn(),
    askNatively: vi.fn(async () => nativeChoice),
    onCloseCancelled: vi.fn(),
    setTimer: vi.fn((run: () => void, delayMs: number) => (pendingTimer = { run, delayMs })),
    clearTimer: vi.fn(() => (pendingTimer = undefined)),
  };
  const guard = guardWindowClose(asReal<BrowserWindow>(window), deps);
  const expireTimer = async () => {
    pendingTimer?.run();
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { window, guard, deps, expireTimer, timer: () => pendingTimer };
}

describe('closing the window', () => {
  it('is held back and the renderer is asked first', () => {
    const { window, deps } = setUp();
    window.close();
    expect(window.destroyed).toBe(false);
    expect(deps.askRenderer).toHaveBeenCalledOnce();
  });

  it('goes ahead when the renderer answers close (nothing unsaved, saved, or "Don’t save")', () => {
    const { window, guard } = setUp();
    window.close();
    guard.answer('close');
    expect(window.destroyed).toBe(true);
  });

  it('is called off when the renderer answers cancel, and the next close asks again', () => {
    const { window, guard, deps } = setUp();
    window.close();
    guard.answer('cancel');
    expect(window.destroyed).toBe(false);
    expect(deps.onCloseCancelled).toHaveBeenCalledOnce();
    window.close();
    expect(deps.askRenderer).toHaveBeenCalledTimes(2);
  });

  it('waits as long as the user needs once the renderer says it is asking', async () => {
    const { window, guard, deps, expireTimer, timer } = setUp();
    window.close();
    guard.answer('asking');
    expect(timer()).toBeUndefined();
    await expireTimer();
    expect(deps.askNatively).not.toHaveBeenCalled();
    guard.answer('close');
    expect(window.destroyed).toBe(true);
  });

  it('asks only once when the close button is pressed again while asking', () => {
    const { window, deps } = setUp();
    window.close();
    window.close();
    expect(deps.askRenderer).toHaveBeenCalledOnce();
    expect(window.destroyed).toBe(false);
  });

  it('ignores answers nobody asked for', () => {
    const { window, guard } = setUp();
    guard.answer('close');
    expect(window.close).not.toHaveBeenCalled();
    expect(window.destroyed).toBe(false);
  });
});

describe('a renderer that does not answer', () => {
  it(`is not taken as consent: after ${CLOSE_ANSWER_TIMEOUT_MS} ms the user is asked natively, and "keep" keeps the window`, async () => {
    const { window, deps, expireTimer, timer } = setUp('keep');
    window.close();
    expect(timer()?.delayMs).toBe(CLOSE_ANSWER_TIMEOUT_MS);
    await expireTimer();
    expect(deps.askNatively).toHaveBeenCalledOnce();
    expect(window.destroyed).toBe(false);
    expect(deps.onCloseCancelled).toHaveBeenCalledOnce();
  });

  it('closes the window when the user chooses "Close without saving" in the native dialog', async () => {
    const { window, expireTimer } = setUp('close');
    window.close();
    await expireTimer();
    expect(window.destroyed).toBe(true);
  });
});
