/**
 * The measured MRG sources by diameter: a fibre between two calibrated diameters mixes their templates linearly,
 * and its conduction velocity is interpolated linearly with diameter, as CAPulator does for myelinated fibres
 * (Peña, Pelot & Grill 2024). Outside the calibrated range the nearest template is used (no extrapolation).
 */
import type { ApTemplate } from './ap-template';
import { AP_TEMPLATE_TABLE } from './ap-template-table';

/** Which two templates a diameter mixes: `lower` with weight 1 − `fraction`, lower + 1 with `fraction`. */
export interface TemplateMix {
  readonly lower: number;
  readonly fraction: number;
}

/** The templates in use (the generated table). */
export const AP_TEMPLATES: readonly ApTemplate[] = AP_TEMPLATE_TABLE;

/**
 * The mix of templates for a fibre diameter (µm), clamped to the calibrated range.
 * @example templateMixOf(10.65); // { lower: 3, fraction: 0.43 } (between 10 and 11.5 µm)
 */
export function templateMixOf(diameterUm: number, templates: readonly ApTemplate[] = AP_TEMPLATES): TemplateMix {
  const last = templates.length - 1;
  if (diameterUm <= templates[0]!.diameterUm) return { lower: 0, fraction: 0 };
  if (diameterUm >= templates[last]!.diameterUm) return { lower: Math.max(0, last - 1), fraction: last > 0 ? 1 : 0 };
  let i = 0;
  while (templates[i + 1]!.diameterUm < diameterUm) i++;
  const a = templates[i]!.diameterUm;
  const b = templates[i + 1]!.diameterUm;
  return { lower: i, fraction: (diameterUm - a) / (b - a) };
}

/**
 * A template quantity interpolated over a mix.
 * @example mixed(templateMixOf(9), (t) => t.chronaxieUs); // µs, between the 8.7 and 10 µm rows
 */
export function mixed(mix: TemplateMix, value: (t: ApTemplate) => number, templates = AP_TEMPLATES): number {
  const a = value(templates[mix.lower]!);
  const upper = templates[mix.lower + 1];
  return upper ? a + (value(upper) - a) * mix.fraction : a;
}

/**
 * Conduction velocity (m/s) of a fibre diameter from the MRG measurements, linear in diameter between them.
 * @example conductionVelocityMPerS(12.8); // 69.5 (the MRG table value)
 */
export function conductionVelocityMPerS(diameterUm: number): number {
  return mixed(templateMixOf(diameterUm), (t) => t.conductionVelocityMPerS);
}
