/**
 * Per-contact variation of the tissue impedance, and its rise as a fibrous capsule forms. The homogeneous model
 * (`model.ts`) gives every ring contact of one lead the same ≈ 0.7 kΩ to the case; real contacts read anywhere from a
 * few hundred ohms to about 1.5 kΩ, different between patients and between the contacts of one lead (scar, fat,
 * CSF, level). Here each contact's access resistance is multiplied by a factor drawn from the patient's seed:
 * a log-normal factor the patient's contacts share times one of each contact's own. Deterministic for a seed.
 */
import { normal, seededRandom } from '../fibres/random';

/**
 * Spread (standard deviation of the natural log) of the factor a patient's contacts share. With the contact term
 * below, 95 % of healthy monopolar readings of a 3 mm ring fall within ≈ 0.45–1.1 kΩ, inside the clinical band.
 * @example Math.exp(2 * PATIENT_IMPEDANCE_LOG_SD); // ≈ 1.49: two SD above the model's value
 */
export const PATIENT_IMPEDANCE_LOG_SD = 0.2; // between patients: percutaneous SCS leads read ≈ 300–1500 Ω (Alo et al. 2006) [U]

/**
 * Spread (SD of the natural log) of each contact's own factor around the patient's.
 * @example Math.exp(CONTACT_IMPEDANCE_LOG_SD); // ≈ 1.13
 */
export const CONTACT_IMPEDANCE_LOG_SD = 0.12; // between contacts of one lead, smaller than between patients (Alo et al. 2006) [U]

/**
 * Each log-normal term is drawn within this many SD of its mean (a draw outside is drawn again), so a healthy
 * contact never reads far outside the clinical band by chance and no two contacts pile up at a bound.
 * @example TISSUE_FACTOR_RANGE.max; // e^(2·(0.2 + 0.12)) ≈ 1.90
 */
export const IMPEDANCE_DRAW_SD_LIMIT = 2; // truncation of each draw, keeps readings in the 300–1500 Ω band [U]

/**
 * The range the combined factor can take: 3 mm rings read ≈ 0.37–1.34 kΩ against the nominal 0.71 kΩ.
 * @example TISSUE_FACTOR_RANGE; // { min: ≈ 0.53, max: ≈ 1.90 }
 */
export const TISSUE_FACTOR_RANGE = {
  min: Math.exp(-IMPEDANCE_DRAW_SD_LIMIT * (PATIENT_IMPEDANCE_LOG_SD + CONTACT_IMPEDANCE_LOG_SD)),
  max: Math.exp(IMPEDANCE_DRAW_SD_LIMIT * (PATIENT_IMPEDANCE_LOG_SD + CONTACT_IMPEDANCE_LOG_SD)),
} as const;

/** Seed offset, so the impedance draws do not repeat the fibre population's first draws. */
const IMPEDANCE_SEED_SALT = 0x1f2e3d4c;

/** A standard normal draw within ±`IMPEDANCE_DRAW_SD_LIMIT` (drawn again when outside). */
function truncatedNormal(next: () => number): number {
  for (;;) {
    const z = normal(next);
    if (Math.abs(z) <= IMPEDANCE_DRAW_SD_LIMIT) return z;
  }
}

/**
 * Tissue factor of every contact (device order), from the patient's seed: exp(σp·z_patient + σc·z_contact), each z a
 * standard normal truncated at ±`IMPEDANCE_DRAW_SD_LIMIT`. The same seed always gives the same factors; contact k's
 * factor does not depend on how many contacts follow it.
 *
 * @example
 * contactTissueFactors(patientSeed('pt-001'), 8); // [1.07, 0.93, …] — 8 factors around 1
 */
export function contactTissueFactors(seed: number, contactCount: number): number[] {
  const next = seededRandom((seed ^ IMPEDANCE_SEED_SALT) >>> 0);
  const shared = PATIENT_IMPEDANCE_LOG_SD * truncatedNormal(next);
  return Array.from({ length: contactCount }, () =>
    Math.exp(shared + CONTACT_IMPEDANCE_LOG_SD * truncatedNormal(next)),
  );
}

/**
 * Factor the impedance rises to once the capsule has formed (plateau), and the time constant of the rise (weeks).
 * A thick capsule of low conductivity raises the access resistance (Lempka et al. 2015 model it as a layer of
 * encapsulation tissue); the time course here is a teaching value, not a fit to a clinical series.
 * @example encapsulationImpedanceFactor(1000); // ≈ ENCAPSULATION_PLATEAU_FACTOR
 */
export const ENCAPSULATION_PLATEAU_FACTOR = 2.2; // thick fibrous capsule, teaching value [U]
export const ENCAPSULATION_TIME_CONSTANT_WEEKS = 3; // capsule forms over the first weeks after implant, teaching value [U]

/**
 * Factor on every contact's tissue impedance `weeks` after an encapsulation starts: 1 at 0 weeks, rising to
 * `ENCAPSULATION_PLATEAU_FACTOR` as 1 − e^(−t/τ). Negative or non-finite weeks count as 0.
 *
 * @example
 * encapsulationImpedanceFactor(3); // ≈ 1.76
 */
export function encapsulationImpedanceFactor(weeks: number): number {
  const t = Number.isFinite(weeks) && weeks > 0 ? weeks : 0;
  return 1 + (ENCAPSULATION_PLATEAU_FACTOR - 1) * -Math.expm1(-t / ENCAPSULATION_TIME_CONSTANT_WEEKS);
}
