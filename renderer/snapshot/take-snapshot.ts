import type { Platform } from '../platform';
import type { AppStore } from '../store/app-store';
import { captureView } from './view-capture';
import { captureWorkstation, SNAPSHOT_SCALE } from './workstation-capture';

/** What a snapshot shows: the 3D view alone, or the whole window. */
export type SnapshotKind = 'view' | 'workstation';

const FILE_STEM: Record<SnapshotKind, string> = { view: 'scs-3d-view', workstation: 'scs-workstation' };

/**
 * View → Snapshot: draws the 3D view or the whole window at 2× and saves it as a PNG for slides, saying where it
 * went and its size (or why it could not be made).
 */
export async function takeSnapshot(store: AppStore, platform: Platform, kind: SnapshotKind): Promise<void> {
  const state = store.getState();
  // The last message's toast is not for the slide: cleared, and a frame let pass for it to go.
  state.showStatus(undefined);
  await new Promise((resolve) => requestAnimationFrame(resolve));
  try {
    const root = document.querySelector<HTMLElement>('.app');
    if (kind === 'workstation' && !root) throw new Error('the window is not drawn yet');
    const png = kind === 'view' ? await captureView(SNAPSHOT_SCALE) : await captureWorkstation(root!, SNAPSHOT_SCALE);
    const bytes = new Uint8Array(await png.blob.arrayBuffer());
    const saved = await platform.saveSnapshotPng(bytes, `${FILE_STEM[kind]}.png`);
    if (saved)
      state.showStatus({
        kind: 'info',
        text: `Saved ${saved.fileName} (${png.widthPx} × ${png.heightPx} px).`,
      });
  } catch (error) {
    state.showStatus({
      kind: 'error',
      // html-to-image rejects with a DOM Event when an image of the page fails to load.
      text: `No snapshot: ${error instanceof Error ? error.message : 'a picture in the window could not be drawn'}.`,
    });
  }
}
