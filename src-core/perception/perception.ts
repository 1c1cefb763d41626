import type { Dermatome, Side } from '../anatomy/dermatomes';
import type { FibreKind } from '../fibres/population';
import { COMFORT_INTENSITY, DISCOMFORT_INTENSITY } from '../policy';
import type { FibreGroup, RecruitmentIndex } from './recruitment-index';
import { amplitudeForCount, recruitedWeight } from './recruitment-index';
import { REFERENCE_PATTERN, type SensationQuality, type TemporalPattern } from './temporal-pattern';

/**
 * The perception model's assumptions, in one place (docs/physics.md, "Perception").
 * - A place is felt once ≈6 fibres of one segmental division fire together: Feirabend 2002 estimated ≈6 fibres
 *   per segmental division at perception threshold [V, derived by the authors].
 * - Felt intensity grows with the logarithm of the number of fibres firing (Fechner's law for spatial summation)
 *   [R]; it reaches DISCOMFORT_INTENSITY ("too strong", 1) at `COLUMN_DISCOMFORT_FIBRES` in one place [U].
 * - Dorsal-root fibres give segmental (band-like) paresthesia at the same count, and reach discomfort at
 *   `ROOT_DISCOMFORT_FIBRES`, far earlier than the columns (Holsheimer 1997; Struijk 1993) [U count]. The patient
 *   describes a root as a tight band from STRONG_INTENSITY on, below discomfort (patient-words.ts).
 * - The pulse rate scales the count above perception (temporal-pattern.ts: Gmel 2021), so the same fibres feel
 *   stronger at 200 Hz than at 40 Hz while the perception count stays the same.
 * - The comfort threshold is where the strongest place reaches `COMFORT_INTENSITY`, where the patient's words turn
 *   to "comfortable" (both from src-core/policy.ts).
 */
export const PERCEPTION_FIBRES = 6; // Feirabend 2002
export const COLUMN_DISCOMFORT_FIBRES = 120; // [U] 20 × the perception count
export const ROOT_DISCOMFORT_FIBRES = 30; // [U] 5 × the perception count
/** Intensity of a place felt at exactly the perception count: "just perceptible". */
const JUST_PERCEPTIBLE = 0.05;

/** What the patient feels in one place. */
export interface FeltRegion {
  readonly dermatome: Dermatome;
  readonly side: Side;
  /** 0 (just perceptible) to DISCOMFORT_INTENSITY, 1 (too strong). */
  readonly intensity: number;
  /** Through the dorsal columns (tingling in the dermatome) or a dorsal root (segmental band, side effects). */
  readonly via: FibreKind;
  /** Real fibres firing there. */
  readonly fibres: number;
}

/** The sensation at one amplitude. */
export interface Sensation {
  readonly amplitudeMa: number;
  readonly regions: readonly FeltRegion[];
  readonly maxIntensity: number;
  /** True when any place is too strong or a root is driven to discomfort. */
  readonly uncomfortable: boolean;
  /** What it feels like, from the pulse rate (temporal-pattern.ts). */
  readonly quality: SensationQuality;
}

const discomfortCount = (kind: FibreKind) =>
  kind === 'dorsalColumn' ? COLUMN_DISCOMFORT_FIBRES : ROOT_DISCOMFORT_FIBRES;

/**
 * Felt intensity of `fibres` firing in one place: 0 below perception, then logarithmic in the count times the rate's
 * `countFactor`, from just perceptible to 1 (never below just perceptible once perceived).
 */
function intensityOf(kind: FibreKind, fibres: number, countFactor: number): number {
  if (fibres < PERCEPTION_FIBRES) return 0;
  const effective = Math.max(PERCEPTION_FIBRES, fibres * countFactor);
  const growth = Math.log(effective / PERCEPTION_FIBRES) / Math.log(discomfortCount(kind) / PERCEPTION_FIBRES);
  return Math.min(DISCOMFORT_INTENSITY, JUST_PERCEPTIBLE + (DISCOMFORT_INTENSITY - JUST_PERCEPTIBLE) * growth);
}

/**
 * What the patient feels at `amplitudeMa` under a pulse train's `pattern` (default: 50 Hz tonic): one query per
 * group, so it runs well within a frame.
 * @example perceive(index, 3.2).regions; // [{ dermatome: 'L5', side: 'left', intensity: 0.41, via: 'dorsalColumn', … }]
 */
export function perceive(
  index: RecruitmentIndex,
  amplitudeMa: number,
  pattern: TemporalPattern = REFERENCE_PATTERN,
): Sensation {
  const regions: FeltRegion[] = [];
  let maxIntensity = 0;
  for (const group of index.groups) {
    const fibres = recruitedWeight(group, amplitudeMa);
    const intensity = intensityOf(group.kind, fibres, pattern.countFactor);
    if (intensity <= 0) continue;
    regions.push({ dermatome: group.dermatome, side: group.side, intensity, via: group.kind, fibres });
    maxIntensity = Math.max(maxIntensity, intensity);
  }
  return {
    amplitudeMa,
    regions,
    maxIntensity,
    uncomfortable: maxIntensity >= DISCOMFORT_INTENSITY,
    quality: pattern.quality,
  };
}

/** Amplitude at which a group reaches an intensity under a rate's count factor (Infinity if it never does). */
function amplitudeForIntensity(group: FibreGroup, intensity: number, countFactor: number): number {
  const growth = Math.max(0, (intensity - JUST_PERCEPTIBLE) / (DISCOMFORT_INTENSITY - JUST_PERCEPTIBLE));
  const effective = PERCEPTION_FIBRES * Math.pow(discomfortCount(group.kind) / PERCEPTION_FIBRES, growth);
  // Perceived at the perception count whatever the rate; above it the rate trades against the count.
  const fibres =
    intensity <= JUST_PERCEPTIBLE ? PERCEPTION_FIBRES : Math.max(PERCEPTION_FIBRES, effective / countFactor);
  // A hair under the exact count so that floating-point rounding of the power cannot skip the fibre that reaches it.
  return amplitudeForCount(group, fibres * (1 - 1e-12));
}

/** The three thresholds a programming visit records (mA); Infinity when not reached with any amplitude. */
export interface SensationThresholds {
  readonly perceptionMa: number;
  readonly comfortMa: number;
  readonly discomfortMa: number;
}

/**
 * Perception (first place felt), comfort (strongest place at COMFORT_INTENSITY: the patient first says
 * "comfortable") and discomfort (a place too strong or a root uncomfortable) thresholds of a configuration: the minimum over places.
 */
export function sensationThresholds(
  index: RecruitmentIndex,
  pattern: TemporalPattern = REFERENCE_PATTERN,
): SensationThresholds {
  const min = (intensity: number) =>
    Math.min(
      Number.POSITIVE_INFINITY,
      ...index.groups.map((g) => amplitudeForIntensity(g, intensity, pattern.countFactor)),
    );
  return { perceptionMa: min(0), comfortMa: min(COMFORT_INTENSITY), discomfortMa: min(DISCOMFORT_INTENSITY) };
}
