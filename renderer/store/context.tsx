import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { Platform } from '../platform';
import type { AppState, AppStore } from './app-store';

interface AppContextValue {
  readonly store: AppStore;
  readonly platform: Platform;
}

const AppContext = createContext<AppContextValue | undefined>(undefined);

/** Provides the store and the platform to the tree (tests pass their own). */
export function AppProvider({ store, platform, children }: AppContextValue & { readonly children: ReactNode }) {
  return <AppContext.Provider value={{ store, platform }}>{children}</AppContext.Provider>;
}

function useAppContext(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error('useAppStore must be used inside <AppProvider>.');
  return value;
}

/** Binds a component to one value of the store. */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(useAppContext().store, selector);
}

/** The raw store and platform, for commands that read state once rather than subscribe. */
export function useAppServices(): AppContextValue {
  return useAppContext();
}
