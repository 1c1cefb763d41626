import type { DesktopApi } from '../../electron/ipc-contract';
import { createBrowserPlatform } from './browser-platform';
import { createDesktopPlatform } from './desktop-platform';
import type { Platform } from './platform';

export type { Platform, OpenedFile, SavedFile, RecentFile, UnsavedWorkGuard } from './platform';

declare global {
  interface Window {
    /** Present only inside the Electron window (electron/preload). */
    readonly scsDesktop?: DesktopApi;
  }
}

/** The host this renderer runs in, chosen once at start-up. */
export function detectPlatform(): Platform {
  return window.scsDesktop ? createDesktopPlatform(window.scsDesktop) : createBrowserPlatform(__APP_VERSION__);
}
