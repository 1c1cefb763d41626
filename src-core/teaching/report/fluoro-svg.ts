/**
 * Draws a `FluoroStill` as an inline SVG in the look of an AP fluoroscopy image: dark field, vertebral bodies in
 * grey with their level named, leads and contacts radio-opaque white; cathodes and anodes of the delivered area
 * marked − and +. Image convention: the patient's right on the viewer's left (as AP films are read).
 */
import type { FluoroStill } from './fluoro-still';
import { escapeHtml } from './html-text';

/** Drawing scale (SVG units per mm) and the half-width of the field shown (mm). */
const UNITS_PER_MM = 4;
const HALF_FIELD_MM = 34;

const fixed = (x: number) => (Math.round(x * 10) / 10).toString();

/**
 * The still as an SVG element string, with a `<title>` naming the levels and contacts for screen readers.
 * @example fluoroStillSvg(fluoroStill(implant, area), 'Leads at T8–T9'); // '<svg …'
 */
export function fluoroStillSvg(still: FluoroStill, label: string): string {
  const { topMm, bottomMm } = still.spanMm;
  const u = UNITS_PER_MM;
  // x: patient's right (negative lateral) on the left of the picture.
  const x = (lateralMm: number) => (HALF_FIELD_MM + lateralMm) * u;
  const y = (axialMm: number) => (axialMm - topMm) * u;
  const width = 2 * HALF_FIELD_MM * u;
  const height = (bottomMm - topMm) * u;
  const parts: string[] = [];
  parts.push(`<rect x="0" y="0" width="${width}" height="${height}" fill="#1b1d1f"/>`);
  for (const level of still.levels) {
    const w = level.widthMm * u;
    const top = Math.max(0, y(level.topMm));
    const bottom = Math.min(height, y(level.bottomMm));
    parts.push(
      `<rect x="${fixed(x(0) - w / 2)}" y="${fixed(top)}" width="${fixed(w)}" height="${fixed(bottom - top)}" rx="${2 * u}" fill="#5b5f63"/>`,
      // Pedicles: the two ovals a fluoro image shows in each body.
      `<ellipse cx="${fixed(x(-level.widthMm * 0.32))}" cy="${fixed(y((level.topMm + level.bottomMm) / 2 - 2))}" rx="${2.4 * u}" ry="${3.6 * u}" fill="#777b80"/>`,
      `<ellipse cx="${fixed(x(level.widthMm * 0.32))}" cy="${fixed(y((level.topMm + level.bottomMm) / 2 - 2))}" rx="${2.4 * u}" ry="${3.6 * u}" fill="#777b80"/>`,
    );
    const labelY = y((level.topMm + level.bottomMm) / 2) + 4 * u;
    if (labelY > 6 * u && labelY < height - 2 * u)
      parts.push(
        `<text x="${fixed(x(-HALF_FIELD_MM) + 2 * u)}" y="${fixed(labelY)}" font-size="${4 * u}" fill="#e8e8e8">${escapeHtml(level.level)}</text>`,
      );
  }
  for (const lead of still.leads) {
    parts.push(
      `<line x1="${fixed(x(lead.tip.lateralMm))}" y1="${fixed(y(lead.tip.axialMm))}" x2="${fixed(x(lead.tail.lateralMm))}" y2="${fixed(y(lead.tail.axialMm))}" stroke="#d9d9d9" stroke-width="${fixed(lead.widthMm * u)}" stroke-linecap="round" opacity="${lead.kind === 'paddle' ? 0.55 : 0.85}"/>`,
    );
  }
  for (const c of still.contacts) {
    const cx = x(c.lateralMm);
    const cy = y(c.axialMm);
    const fill = c.polarity === 'cathode' ? '#ffffff' : c.polarity === 'anode' ? '#bfe3ff' : '#f2f2f2';
    parts.push(
      `<g transform="rotate(${fixed(-c.rotationDeg)} ${fixed(cx)} ${fixed(cy)})"><rect x="${fixed(cx - (c.widthMm * u) / 2)}" y="${fixed(cy - (c.lengthMm * u) / 2)}" width="${fixed(c.widthMm * u)}" height="${fixed(c.lengthMm * u)}" fill="${fill}" stroke="#101010" stroke-width="1"/></g>`,
    );
    if (c.polarity !== null)
      parts.push(
        `<text x="${fixed(cx + (c.widthMm * u) / 2 + 1.5 * u)}" y="${fixed(cy + 1.6 * u)}" font-size="${4.4 * u}" font-weight="700" fill="${c.polarity === 'cathode' ? '#ffd166' : '#8ecaff'}">${c.number}${c.polarity === 'cathode' ? '−' : '+'}</text>`,
      );
  }
  parts.push(
    `<text x="${2 * u}" y="${height - 2 * u}" font-size="${3.6 * u}" fill="#bdbdbd">R</text>`,
    `<text x="${width - 5 * u}" y="${height - 2 * u}" font-size="${3.6 * u}" fill="#bdbdbd">L</text>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" class="fluoro" viewBox="0 0 ${width} ${fixed(height)}" role="img" aria-label="${escapeHtml(label)}"><title>${escapeHtml(label)}</title>${parts.join('')}</svg>`;
}
