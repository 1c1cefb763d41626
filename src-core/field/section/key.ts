/** Cache key of a SectionField: everything its values depend on (geometry, source, numerical options). */
import type { SectionFieldOptions, SectionSource } from './build';
import type { CanalCrossSection } from './geometry';

/**
 * A string equal for two (geometry, source, options) exactly when they build the same field (numbers are
 * written to 1e−9 mm; the progress callback is ignored).
 *
 * @example
 * sectionFieldKey(section, { sourceLateralMm: 0, sourceDorsalMm: 0.675, contactLengthsMm: [3] });
 */
export function sectionFieldKey(
  geometry: CanalCrossSection,
  source: SectionSource,
  options: SectionFieldOptions = {},
): string {
  const { onProgress: _ignored, ...numeric } = options;
  const round = (_key: string, value: unknown): unknown =>
    typeof value === 'number' ? Math.round(value * 1e9) / 1e9 : value;
  return JSON.stringify(
    { geometry, source: { ...source, contactLengthsMm: [...source.contactLengthsMm].sort((a, b) => a - b) }, numeric },
    round,
  );
}
