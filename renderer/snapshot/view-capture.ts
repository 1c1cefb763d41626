/**
 * The 3D view's picture for a snapshot. The view registers how to draw itself at a given pixel scale (it alone holds
 * the WebGL renderer); snapshots ask here, so nothing outside the canvas touches three.js.
 */

/** A PNG the view drew, with its size in pixels. */
export interface CapturedPng {
  readonly blob: Blob;
  readonly widthPx: number;
  readonly heightPx: number;
}

/** Draws the view once at `scale` device pixels per CSS pixel and returns it as a PNG. */
export type ViewCapture = (scale: number) => Promise<CapturedPng>;

let registered: ViewCapture | undefined;

/** Called by the 3D view while it is shown; returns the unregister. */
export function registerViewCapture(capture: ViewCapture): () => void {
  registered = capture;
  return () => {
    if (registered === capture) registered = undefined;
  };
}

/** The 3D view drawn at `scale`; throws when no 3D view is on screen. */
export function captureView(scale: number): Promise<CapturedPng> {
  if (!registered) return Promise.reject(new Error('the 3D view is not on screen'));
  return registered(scale);
}
