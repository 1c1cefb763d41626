import type { Platform } from './platform';

/**
 * How long the first render waits for the host's locale. A stuck call must not leave the window blank: after this
 * the app renders with the browser's locale, and numbers keep it for the session.
 */
export const NUMBER_LOCALE_WAIT_MS = 250;

/**
 * The host's number locale, or undefined when it has none of its own (the browser: `navigator.language` is already
 * the fallback), when the call fails, or when it has not answered within `waitMs`.
 */
export function hostNumberLocale(
  platform: Pick<Platform, 'numberLocale'>,
  waitMs: number = NUMBER_LOCALE_WAIT_MS,
): Promise<string | undefined> | undefined {
  if (!platform.numberLocale) return undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), waitMs);
  });
  const asked = platform.numberLocale().catch(() => undefined);
  return Promise.race([asked, timeout]).finally(() => clearTimeout(timer));
}
