import { useEffect } from 'react';
import { useAppServices } from '../store/context';
import { selectHasUnsavedWork } from '../store/file-slice';
import { openRecentSession } from './file-actions';
import { confirmUnsavedWork } from './unsaved-changes';

/**
 * Connects the host to the file commands: closing the window or tab asks about unsaved work, and File → Open
 * Recent in the native menu runs the same open path as the app's buttons.
 */
export function useFileGuards(): void {
  const { store, platform } = useAppServices();
  useEffect(() => {
    const unguard = platform.guardUnsavedWork({
      hasUnsavedWork: () => selectHasUnsavedWork(store.getState()),
      confirmDiscard: () => confirmUnsavedWork(store, platform, 'closing the window'),
    });
    const unsubscribe = platform.onOpenRecentRequest((request) => void openRecentSession(store, platform, request));
    return () => {
      unguard();
      unsubscribe();
    };
  }, [store, platform]);
}
