import { toBlob } from 'html-to-image';
import { captureView, type CapturedPng } from './view-capture';

/** Device pixels per CSS pixel of a snapshot for slides: sharp on a 4K projector from a 1080p window. */
export const SNAPSHOT_SCALE = 2;

/** The SVG paint properties html-to-image does not carry over from style sheets (drawings came out black). */
const SVG_PAINT = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'opacity'] as const;

/** Writes each SVG element's computed paint inline for the copy; returns the undo. */
function pinSvgPaint(root: HTMLElement): () => void {
  const saved: [SVGElement, string | null][] = [];
  for (const element of root.querySelectorAll<SVGElement>('svg *')) {
    const computed = getComputedStyle(element);
    saved.push([element, element.getAttribute('style')]);
    for (const property of SVG_PAINT) element.style.setProperty(property, computed.getPropertyValue(property));
  }
  return () => {
    for (const [element, style] of saved)
      if (style === null) element.removeAttribute('style');
      else element.setAttribute('style', style);
  };
}

function dataUrlOf(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(new Error('the 3D view could not be read'));
    reader.readAsDataURL(blob);
  });
}

/**
 * The whole window (`root`, the app element) as a PNG at `scale`. The DOM is drawn by html-to-image; a WebGL canvas
 * cannot be read back outside its frame, so the 3D view's own capture stands in for it, as an image laid exactly
 * over the canvas for the moment of the copy.
 */
export async function captureWorkstation(root: HTMLElement, scale: number): Promise<CapturedPng> {
  const canvas = root.querySelector<HTMLCanvasElement>('.viewport canvas');
  let standIn: HTMLImageElement | undefined;
  if (canvas) {
    const view = await captureView(scale);
    standIn = new Image();
    // A data: URL, not a blob: one: html-to-image would fetch a blob URL, which the app's CSP (connect-src) refuses.
    standIn.src = await dataUrlOf(view.blob);
    await standIn.decode();
    // Laid out in the canvas's positioned ancestor (three's wrapper), at the canvas's own place in it.
    const host = (canvas.offsetParent as HTMLElement | null) ?? canvas.parentElement!;
    const box = canvas.getBoundingClientRect();
    const parent = host.getBoundingClientRect();
    Object.assign(standIn.style, {
      position: 'absolute',
      left: `${box.left - parent.left}px`,
      top: `${box.top - parent.top}px`,
      width: `${box.width}px`,
      height: `${box.height}px`,
    });
    standIn.alt = '';
    host.appendChild(standIn);
  }
  const restoreSvg = pinSvgPaint(root);
  root.classList.add('snapshotting');
  try {
    const { width, height } = root.getBoundingClientRect();
    const blob = await toBlob(root, {
      pixelRatio: scale,
      width,
      height,
      backgroundColor: getComputedStyle(document.body).backgroundColor,
      filter: (node) => !(node instanceof HTMLCanvasElement),
    });
    if (!blob) throw new Error('the window could not be drawn');
    return { blob, widthPx: Math.round(width * scale), heightPx: Math.round(height * scale) };
  } finally {
    root.classList.remove('snapshotting');
    restoreSvg();
    standIn?.remove();
  }
}
