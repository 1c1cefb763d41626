import type { Micrometres } from '../units';
import { um } from '../units';
import { normal } from './random';

/**
 * Dorsal-column myelinated fibre diameters as a log-normal distribution. Two published facts fix it: only 0.5 % of
 * the fibres in the superficial dorsal column exceed 10.7 µm (Feirabend 2002) [V], and the median dorsal-column
 * myelinated fibre is ≈3 µm [R]; the log-normal shape is an assumption [U]. σ follows: ln(10.7/3)/z(0.995) = 0.494.
 */
export const DC_DIAMETER_MEDIAN_UM = 3; // typical median myelinated DC fibre diameter [R]
export const DC_FRACTION_ABOVE_10_7_UM = 0.005; // Feirabend 2002: 0.5 % of DC fibres (0–300 µm) are > 10.7 µm [V]
const Z_0995 = 2.5758; // standard normal quantile of 0.995
export const DC_DIAMETER_LOG_SIGMA = Math.log(10.7 / DC_DIAMETER_MEDIAN_UM) / Z_0995;

/** Dorsal-root Aβ fibres are larger on average than dorsal-column ones (DR fibres ≈12–15 µm in Twente models) [R]. */
export const DR_DIAMETER_MEDIAN_UM = 6; // [U] chosen so that ≈12–15 µm fibres form the upper tail
export const DR_DIAMETER_LOG_SIGMA = 0.45; // [U]

/** The fibres simulated: the range of the MRG geometry table. Smaller fibres are not recruited at clinical amplitudes. */
export const SIMULATED_DIAMETER_RANGE_UM = { min: 5.7, max: 16 } as const; // McIntyre 2002 table range

/** Standard normal CDF (Abramowitz & Stegun 7.1.26 erf, |error| < 1.5e-7). */
function normalCdf(z: number): number {
  const t = 1 / (1 + 0.3275911 * (Math.abs(z) / Math.SQRT2));
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-(z * z) / 2);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

/**
 * Fraction of all fibres of a log-normal population that lies in the simulated range — what one simulated fibre
 * stands for when counts are turned into real fibre numbers.
 */
export function fractionInSimulatedRange(medianUm: number, logSigma: number): number {
  const z = (d: number) => Math.log(d / medianUm) / logSigma;
  return normalCdf(z(SIMULATED_DIAMETER_RANGE_UM.max)) - normalCdf(z(SIMULATED_DIAMETER_RANGE_UM.min));
}

/** A diameter drawn for importance sampling, and how many of the population's fibres it stands for per draw. */
export interface WeightedDiameter {
  readonly diameterUm: Micrometres;
  /**
   * p(d) / q(d): the population's (truncated log-normal) density over the density it was drawn from. Multiplying a
   * fibre's weight by it keeps every count unbiased.
   */
  readonly weightFactor: number;
}

const LOG_RANGE = Math.log(SIMULATED_DIAMETER_RANGE_UM.max / SIMULATED_DIAMETER_RANGE_UM.min);

/**
 * Draws a diameter log-uniformly over the simulated range, weighted back to the log-normal population. Thresholds fall
 * steeply with diameter, so a perception threshold rests on the few largest fibres; drawn from the population itself
 * only ≈5 % of in-range dorsal-column fibres exceed 10.7 µm and a handful of samples would decide it (importance
 * sampling: the same expected counts, far less spread across seeds). `uniform` (0–1) lets a caller stratify the draws.
 */
export function sampleWeightedDiameterUm(
  next: () => number,
  medianUm: number,
  logSigma: number,
  uniform: number = next(),
): WeightedDiameter {
  const { min } = SIMULATED_DIAMETER_RANGE_UM;
  const drawn = min * Math.exp(LOG_RANGE * uniform);
  const z = Math.log(drawn / medianUm) / logSigma;
  const density = Math.exp(-(z * z) / 2) / Math.sqrt(2 * Math.PI);
  const weightFactor = (density * LOG_RANGE) / (logSigma * fractionInSimulatedRange(medianUm, logSigma));
  // Quantised to 0.1 µm: the threshold predictor is calibrated per diameter, so fibres share calibrations.
  return { diameterUm: um(Math.round(drawn * 10) / 10), weightFactor };
}

/**
 * Draws a diameter from the log-normal restricted to the simulated range: plain rejection from the full
 * distribution (≈10 % of draws land in range for the dorsal columns), bounded so it always ends.
 */
export function sampleDiameterUm(next: () => number, medianUm: number, logSigma: number): Micrometres {
  const { min, max } = SIMULATED_DIAMETER_RANGE_UM;
  for (let attempt = 0; attempt < 100_000; attempt++) {
    // Quantised to 0.1 µm: the threshold predictor is calibrated per diameter, so fibres share calibrations.
    const d = Math.round(medianUm * Math.exp(logSigma * normal(next)) * 10) / 10;
    if (d >= min && d <= max) return um(d);
  }
  return um(min);
}
