import type { StateCreator } from 'zustand/vanilla';
import type { AppState } from './app-store';

/** A message for the user about the last file action. */
export interface StatusMessage {
  readonly kind: 'info' | 'error';
  readonly text: string;
}

/** Which file the work belongs to and whether it has unsaved changes. */
export interface FileSlice {
  readonly fileName: string | undefined;
  /** Opaque handle from the desktop host for saving back to the same file. */
  readonly fileToken: string | undefined;
  readonly dirty: boolean;
  readonly status: StatusMessage | undefined;
  setFile(fileName: string | undefined, fileToken: string | undefined): void;
  markSaved(fileName: string, fileToken: string | undefined): void;
  showStatus(status: StatusMessage | undefined): void;
}

export const createFileSlice: StateCreator<AppState, [], [], FileSlice> = (set) => ({
  fileName: undefined,
  fileToken: undefined,
  dirty: false,
  status: undefined,
  setFile: (fileName, fileToken) => set({ fileName, fileToken, dirty: false }),
  markSaved: (fileName, fileToken) => set({ fileName, fileToken, dirty: false }),
  showStatus: (status) => set({ status }),
});
