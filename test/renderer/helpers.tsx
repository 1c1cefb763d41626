import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { vi } from 'vitest';
import type { OpenedFile, Platform } from '../../renderer/platform';
import { mA } from '../../src-core';
import { createAppStore, type AppStore } from '../../renderer/store/app-store';
import { AppProvider } from '../../renderer/store/context';
import { memoryProgressBackend } from '../../renderer/progress/progress-store';

/** A platform double that records saves and serves the files a test queues for opening. */
export function makePlatform(filesToOpen: (OpenedFile | undefined)[] = []) {
  const saved: { contents: string; suggestedName: string; saveAs: boolean; fileToken?: string }[] = [];
  const platform: Platform = {
    kind: 'browser',
    openSessionFile: vi.fn(async () => filesToOpen.shift()),
    saveSessionFile: vi.fn(async (request) => {
      saved.push(request);
      return { fileName: request.suggestedName, fileToken: 'token-1' };
    }),
    onMenuCommand: () => () => undefined,
    appVersion: async () => 'test',
    numberLocale: async () => 'en-US',
    openRecentFile: vi.fn(async () => filesToOpen.shift()),
    recentFiles: () => [],
    rememberRecentFile: vi.fn(),
    onOpenRecentRequest: () => () => undefined,
    guardUnsavedWork: () => () => undefined,
    printVisitReport: vi.fn(async () => undefined),
    progressBackend: memoryProgressBackend(),
    exportProgressFile: vi.fn(async (_contents: string, suggestedName: string) => ({ fileName: suggestedName })),
    importProgressFile: vi.fn(async () => filesToOpen.shift()),
    saveSnapshotPng: vi.fn(async (_png: Uint8Array, suggestedName: string) => ({ fileName: suggestedName })),
  };
  return { platform, saved };
}

/** Renders `ui` with a fresh store and platform; returns both for inspection. */
export function renderWithApp(ui: ReactElement, options: { store?: AppStore; platform?: Platform } = {}) {
  const store = options.store ?? createAppStore();
  const platform = options.platform ?? makePlatform().platform;
  return {
    store,
    platform,
    ...render(
      <AppProvider store={store} platform={platform}>
        {ui}
      </AppProvider>,
    ),
  };
}

/**
 * A fresh store with a bipole on lead 1 (− contact 3, + contact 4) at `amplitudeMa` — a deliverable program, the
 * state a trainee is in once the patient starts to feel something.
 */
export function makeBipoleStore(amplitudeMa = 0): AppStore {
  const store = createAppStore();
  const at = { program: 0, area: 0 };
  store.getState().applyEdit({ kind: 'setContactState', ...at, electrode: 3, state: 'cathode' });
  store.getState().applyEdit({ kind: 'setContactState', ...at, electrode: 4, state: 'anode' });
  if (amplitudeMa > 0) store.getState().applyEdit({ kind: 'setAmplitude', ...at, amplitudeMa: mA(amplitudeMa) });
  return store;
}
