import { afterEach, describe, expect, it, vi } from 'vitest';
import { NUMBER_LOCALE_WAIT_MS, hostNumberLocale } from '../../../renderer/platform/host-number-locale';

describe("the host's number locale at start-up", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is not waited for in the browser, which has none of its own', () => {
    expect(hostNumberLocale({})).toBeUndefined();
  });

  it("is the desktop's system locale when it answers", async () => {
    await expect(hostNumberLocale({ numberLocale: async () => 'de-DE' })).resolves.toBe('de-DE');
  });

  it('falls back (undefined) when the call fails', async () => {
    await expect(
      hostNumberLocale({ numberLocale: () => Promise.reject(new Error('no IPC')) }),
    ).resolves.toBeUndefined();
  });

  it('falls back (undefined) once the wait is over when the call never answers, so the window is never blank', async () => {
    vi.useFakeTimers();
    const stuck = hostNumberLocale({ numberLocale: () => new Promise<string>(() => undefined) });
    await vi.advanceTimersByTimeAsync(NUMBER_LOCALE_WAIT_MS);
    await expect(stuck).resolves.toBeUndefined();
  });
});
