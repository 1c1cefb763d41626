import { DERMATOMES } from '../../src-core';

/**
 * Colours of the live stimulation layer: a perceptually ordered heat scale for the activating function on the cord,
 * and a dermatome scale for recruited fibres. Pure functions on typed arrays, so the 3D view can refill colour
 * buffers in place on every amplitude change without React.
 *
 * Colour values written into buffers are linear RGB (three.js's working colour space); CSS strings are sRGB.
 */

/** Top of the heat scale: twice the peak drive at the perception threshold (typical discomfort lies below it). */
export const FIELD_SCALE_MAX = 2;
/** Below this drive (in units of the perception peak) the heat map is fully transparent. */
export const FIELD_VISIBLE_FROM = 0.06;
/** Drive at which the heat map reaches full opacity. */
const FIELD_OPAQUE_AT = 0.6;
/** Most opaque the heat map gets, so the cord stays readable under it. */
const FIELD_MAX_ALPHA = 0.88;

/**
 * Matplotlib's "inferno" (van der Walt & Smith 2015), sRGB at eleven even stops: perceptually uniform, monotone in
 * lightness, readable with colour-vision deficiencies and in greyscale. The scale starts at 0.15 so the faintest
 * visible drive is a purple tint, not black.
 */
const INFERNO = [
  '#000004',
  '#160b39',
  '#420a68',
  '#6a176e',
  '#932667',
  '#bc3754',
  '#dd513a',
  '#f37819',
  '#fca50a',
  '#f6d746',
  '#fcffa4',
];
const INFERNO_FROM = 0.15;

const hexToRgb = (hex: string): [number, number, number] =>
  [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
const INFERNO_RGB = INFERNO.map(hexToRgb);

/** sRGB component (0–1) → linear. */
export function srgbToLinear(c: number): number {
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** The heat colour (sRGB, 0–1) at `t` ∈ [0, 1] of the displayed scale. */
export function heatColour(t: number): [number, number, number] {
  const u = INFERNO_FROM + (1 - INFERNO_FROM) * Math.min(1, Math.max(0, t));
  const x = u * (INFERNO_RGB.length - 1);
  const i = Math.min(INFERNO_RGB.length - 2, Math.floor(x));
  const f = x - i;
  const a = INFERNO_RGB[i]!;
  const b = INFERNO_RGB[i + 1]!;
  return [a[0] + f * (b[0] - a[0]), a[1] + f * (b[1] - a[1]), a[2] + f * (b[2] - a[2])];
}

/** CSS gradient of the displayed heat scale, for the legend (the same stops the buffers use). */
export function heatGradientCss(): string {
  const stops = Array.from({ length: 9 }, (_, k) => {
    const [r, g, b] = heatColour(k / 8).map((c) => Math.round(c * 255));
    return `rgb(${r} ${g} ${b}) ${(k / 8) * 100}%`;
  });
  return `linear-gradient(to right, ${stops.join(', ')})`;
}

/** Opacity of the heat map at a drive (units of the perception peak): clear when small, capped when large. */
export function heatAlpha(drive: number): number {
  if (!(drive > FIELD_VISIBLE_FROM)) return 0;
  return FIELD_MAX_ALPHA * Math.min(1, (drive - FIELD_VISIBLE_FROM) / (FIELD_OPAQUE_AT - FIELD_VISIBLE_FROM));
}

/**
 * Fills `out` (RGBA, linear, 4 per value) with the heat colour of each activating-function value at `amplitudeMa`:
 * drive = value × amplitude / referencePerMa, where `referencePerMa` is the drive called 1 (the surface's peak per
 * mA × the perception threshold). Hyperpolarising (negative) values and small drive are transparent.
 */
export function heatColoursInto(
  out: Float32Array,
  activatingPerMa: ArrayLike<number>,
  amplitudeMa: number,
  referencePerMa: number,
  n: number,
): Float32Array {
  const scale = referencePerMa > 0 ? amplitudeMa / referencePerMa : 0;
  for (let i = 0; i < n; i++) {
    const drive = activatingPerMa[i]! * scale;
    const alpha = heatAlpha(drive);
    const [r, g, b] = alpha > 0 ? heatColour(drive / FIELD_SCALE_MAX) : [0, 0, 0];
    out[4 * i] = srgbToLinear(r);
    out[4 * i + 1] = srgbToLinear(g);
    out[4 * i + 2] = srgbToLinear(b);
    out[4 * i + 3] = alpha;
  }
  return out;
}

/** The drive called 1 on the heat scale and what it refers to. */
export interface FieldReference {
  /** Activating function (mV/mm²) that maps to 1. */
  readonly referencePerMa: number;
  /** The amplitude (mA) whose peak drive is 1: the perception threshold, else the device maximum. */
  readonly atMa: number;
  readonly kind: 'perception' | 'deviceMaximum';
}

/**
 * 1 = the surface's peak at the perception threshold. When the model patient feels nothing up to the device's limit
 * (no perception threshold), the peak at the device maximum stands in, and the legend says so; with neither there
 * is no scale (undefined) and the heat map stays clear.
 */
export function fieldReference(
  peakPerMa: number,
  perceptionThresholdMa: number | null,
  deviceMaximumMa: number | undefined,
): FieldReference | undefined {
  const perceived = perceptionThresholdMa !== null && perceptionThresholdMa > 0;
  const atMa = perceived ? perceptionThresholdMa : deviceMaximumMa;
  if (atMa === undefined || !(peakPerMa > 0)) return undefined;
  return { referencePerMa: peakPerMa * atMa, atMa, kind: perceived ? 'perception' : 'deviceMaximum' };
}

/** Dermatome groups of the fibre colours: hue per group (Okabe & Ito 2008 colour-blind-safe set, lightened for a dark background). */
export const DERMATOME_GROUPS = [
  { prefix: 'C', name: 'Cervical', base: '#a99cf2' },
  { prefix: 'T', name: 'Thoracic', base: '#f0e442' },
  { prefix: 'L', name: 'Lumbar', base: '#2fd09a' },
  { prefix: 'S', name: 'Sacral', base: '#e58fc2' },
] as const;

/**
 * The colour (sRGB, 0–1) of a dermatome (index into DERMATOMES): its group's hue, a little lighter for the group's
 * rostral segments and darker for its caudal ones, so neighbouring segments stay apart without leaving the group.
 */
export function dermatomeColour(index: number): [number, number, number] {
  const name = DERMATOMES[index] ?? DERMATOMES[0];
  const group = DERMATOME_GROUPS.find((g) => name.startsWith(g.prefix)) ?? DERMATOME_GROUPS[0];
  const members = DERMATOMES.filter((d) => d.startsWith(group.prefix));
  const position = members.length > 1 ? members.indexOf(name) / (members.length - 1) : 0.5;
  // +12 % towards white at the group's first segment, −12 % towards black at its last.
  const shade = 0.12 - 0.24 * position;
  return hexToRgb(group.base).map((c) => (shade >= 0 ? c + (1 - c) * shade : c * (1 + shade))) as [
    number,
    number,
    number,
  ];
}

/** A dermatome group's legend swatch: the colour of its middle segment, as CSS. */
export function groupSwatchCss(prefix: (typeof DERMATOME_GROUPS)[number]['prefix']): string {
  const members = DERMATOMES.flatMap((name, index) => (name.startsWith(prefix) ? [index] : []));
  const [r, g, b] = dermatomeColour(members[Math.floor(members.length / 2)] ?? 0).map((c) => Math.round(c * 255));
  return `rgb(${r} ${g} ${b})`;
}
