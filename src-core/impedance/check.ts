/**
 * The impedance check a programmer runs at the start of a visit: every contact against the case (monopolar) and
 * every pair of neighbouring contacts on a lead (bipolar), each with a status and a message naming the contacts.
 * Report objects are JSON-safe: an open circuit reads `impedanceOhm: null` with status `open`.
 */
import type { ResolvedImplant } from '../hardware/implant';
import type { ImpedanceFault } from './faults';
import type { ImpedanceModel, ImpedanceModelOptions } from './model';
import { buildImpedanceModel, pairImpedanceOhm } from './model';

/**
 * Above this an electrode path reads `open` (Ω). About 7× the top of the clinical bipolar band (300–1500 Ω, [U]: typical, no
 * primary number found) and 4× the highest healthy value this model gives (≈ 2.4 kΩ, paddle pairs); at 10 kΩ even
 * 1.5 mA would need the whole 15 V compliance. Typical [U].
 *
 * @example
 * impedanceStatus(OPEN_IMPEDANCE_OHM + 1); // 'open'
 */
export const OPEN_IMPEDANCE_OHM = 10_000; // far above any healthy path; typical open-circuit flag [U]
/**
 * Above this (and up to open) a path reads `high` (Ω): above twice the top of the clinical band (1.5 kΩ) and above
 * the highest healthy reading the model gives with the patient's variation (a paddle pair at the top of
 * `TISSUE_FACTOR_RANGE`, ≈ 4.6 kΩ) [U].
 * @example impedanceStatus(6000); // 'high'
 */
export const HIGH_IMPEDANCE_OHM = 5_000; // > 2 × top of the clinical 300–1500 Ω band, above every healthy path here [U]
/**
 * Below this (and down to short) a path reads `low` (Ω): two-thirds of the bottom of the clinical band (300 Ω) [U].
 * @example impedanceStatus(150); // 'low'
 */
export const LOW_IMPEDANCE_OHM = 200; // below the clinical 300–1500 Ω band [U]
/**
 * Below this a path reads `short` (Ω): a conductor-to-conductor short reads a few ohms, while two healthy
 * contacts at the default conductivity never read below ≈ 0.67 kΩ here (≈ 65–75 Ω even if the whole medium were CSF, 1.7 S/m). [U]
 *
 * @example
 * impedanceStatus(SHORT_RESISTANCE_OHM); // 'short'
 */
export const SHORT_IMPEDANCE_OHM = 50; // a short reads a few Ω; healthy tissue paths are far higher [U]

/**
 * Grade of one measured path against the thresholds above.
 * @example impedanceStatus(1170); // 'ok'
 */
export type ImpedanceStatus = 'ok' | 'open' | 'short' | 'high' | 'low';

/**
 * One measured path: a contact against the case, or two contacts.
 * @example { kind: 'bipolar', contacts: [4, 5], impedanceOhm: null, status: 'open', message: 'contact 4 (lead 1) to contact 5 (lead 1): > 10 kΩ, open circuit: …' }
 */
export interface ImpedanceMeasurement {
  readonly kind: 'monopolar' | 'bipolar';
  /** The contact (monopolar) or the two contacts (bipolar), by device number. */
  readonly contacts: readonly number[];
  /** `null` when the path is open (no finite impedance). */
  readonly impedanceOhm: number | null;
  readonly status: ImpedanceStatus;
  readonly message: string;
  /**
   * Change from the same path's reading at implant (%), when the check was given a baseline (`baselineTissueFactors`)
   * and both readings are finite; `null` otherwise. A device keeps its last readings, so a rise shows as a change.
   */
  readonly changeFromBaselinePct: number | null;
}

/**
 * The check's result; `problems` is empty on a healthy implant.
 * @example impedanceCheck(implant).problems.length; // 0
 */
export interface ImpedanceReport {
  readonly monopolar: readonly ImpedanceMeasurement[];
  readonly bipolar: readonly ImpedanceMeasurement[];
  /** Every measurement whose status is not `ok`, monopolar first. */
  readonly problems: readonly ImpedanceMeasurement[];
  /** Monopolar readings within range but risen by at least `IMPEDANCE_RISE_FLAG_PCT` since implant. */
  readonly risen: readonly ImpedanceMeasurement[];
  readonly thresholdsOhm: {
    readonly short: number;
    readonly low: number;
    readonly high: number;
    readonly open: number;
  };
}

/**
 * Status of a measured impedance against the named thresholds.
 *
 * @example
 * impedanceStatus(1170); // 'ok'
 * impedanceStatus(Infinity); // 'open'
 */
export function impedanceStatus(impedanceOhm: number): ImpedanceStatus {
  if (!(impedanceOhm <= OPEN_IMPEDANCE_OHM)) return 'open';
  if (impedanceOhm < SHORT_IMPEDANCE_OHM) return 'short';
  if (impedanceOhm > HIGH_IMPEDANCE_OHM) return 'high';
  if (impedanceOhm < LOW_IMPEDANCE_OHM) return 'low';
  return 'ok';
}

/**
 * A monopolar reading this much above its value at implant (%) is flagged as risen, though within range: more than
 * the visit-to-visit wobble of a stable contact (≈ ±20 %), typical [U].
 * @example IMPEDANCE_RISE_FLAG_PCT; // 40
 */
export const IMPEDANCE_RISE_FLAG_PCT = 40; // well above the visit-to-visit wobble of a stable contact [U]

/**
 * Options of `impedanceCheck`: the model's media and tissue factors, and the tissue factors at implant to compare with.
 * @example { tissueFactors: [1.9, 2.1], baselineTissueFactors: [0.9, 1.0] }
 */
export interface ImpedanceCheckOptions extends ImpedanceModelOptions {
  /** Tissue factors of the same contacts at implant (no encapsulation); absent = no baseline comparison. */
  readonly baselineTissueFactors?: readonly number[];
}

const ADVICE: Record<ImpedanceStatus, string> = {
  ok: 'within the expected range',
  open: 'open circuit: a broken conductor or a loose connection at the IPG header',
  short: 'short circuit between the conductors',
  high: 'high: check the connection, or the contact may lie in poorly conducting tissue',
  low: 'low: possible insulation damage or fluid around the contact',
};

function describeContact(implant: ResolvedImplant, n: number): string {
  return `contact ${n} (lead ${implant.contacts[n]!.leadIndex + 1})`;
}

function measurement(
  kind: ImpedanceMeasurement['kind'],
  contacts: number[],
  z: number,
  label: string,
  baselineOhm?: number,
): ImpedanceMeasurement {
  const status = impedanceStatus(z);
  const finite = Number.isFinite(z) && z <= OPEN_IMPEDANCE_OHM;
  const value = finite ? `${Math.round(z)} Ω` : `> ${OPEN_IMPEDANCE_OHM / 1000} kΩ`;
  const change =
    baselineOhm !== undefined && Number.isFinite(z) && Number.isFinite(baselineOhm) && baselineOhm > 0
      ? (z / baselineOhm - 1) * 100
      : null;
  const risen = status === 'ok' && change !== null && change >= IMPEDANCE_RISE_FLAG_PCT;
  const since = risen
    ? ` (up ${Math.round(change)} % since implant: encapsulation or a poorly conducting capsule)`
    : '';
  return {
    kind,
    contacts,
    impedanceOhm: Number.isFinite(z) ? z : null,
    status,
    message: `${label}: ${value}, ${ADVICE[status]}${since}.`,
    changeFromBaselinePct: change,
  };
}

/** Pairs of neighbouring contacts: consecutive on a lead and in the same column (paddles number column by column). */
function neighbourPairs(implant: ResolvedImplant): [number, number][] {
  const pairs: [number, number][] = [];
  for (const contact of implant.contacts) {
    const next = implant.contacts[contact.number + 1];
    if (!next || next.leadIndex !== contact.leadIndex) continue;
    const specs = implant.leads[contact.leadIndex]!.model.contacts;
    if (specs[contact.indexOnLead]!.acrossMm === specs[next.indexOnLead]!.acrossMm)
      pairs.push([contact.number, next.number]);
  }
  return pairs;
}

/**
 * Runs the check on a model already built (see `impedanceCheck`).
 *
 * @example
 * impedanceCheckOf(buildImpedanceModel(implant, faults)).problems;
 */
export function impedanceCheckOf(model: ImpedanceModel, baseline?: ImpedanceModel): ImpedanceReport {
  const { implant } = model;
  const monopolar = implant.contacts.map((c) =>
    measurement(
      'monopolar',
      [c.number],
      pairImpedanceOhm(model, c.number, 'case'),
      `${describeContact(implant, c.number)} to case`,
      baseline ? pairImpedanceOhm(baseline, c.number, 'case') : undefined,
    ),
  );
  const bipolarOf = (a: number, b: number) =>
    measurement(
      'bipolar',
      [a, b],
      pairImpedanceOhm(model, a, b),
      `${describeContact(implant, a)} to ${describeContact(implant, b)}`,
    );
  const neighbours = neighbourPairs(implant);
  const listed = new Set(neighbours.map(([a, b]) => `${a}-${b}`));
  const bipolar = neighbours.map(([a, b]) => bipolarOf(a, b));
  // A short between contacts that are not neighbours must not go unseen: scan every other pair for shorts.
  const n = implant.contacts.length;
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b < n; b++) {
      if (listed.has(`${a}-${b}`)) continue;
      const z = pairImpedanceOhm(model, a, b);
      if (impedanceStatus(z) === 'short') bipolar.push(bipolarOf(a, b));
    }
  }
  return {
    monopolar,
    bipolar,
    problems: [...monopolar, ...bipolar].filter((m) => m.status !== 'ok'),
    risen: monopolar.filter((m) => m.status === 'ok' && (m.changeFromBaselinePct ?? 0) >= IMPEDANCE_RISE_FLAG_PCT),
    thresholdsOhm: {
      short: SHORT_IMPEDANCE_OHM,
      low: LOW_IMPEDANCE_OHM,
      high: HIGH_IMPEDANCE_OHM,
      open: OPEN_IMPEDANCE_OHM,
    },
  };
}

/**
 * Impedance check of an implant with injected faults: monopolar per contact, bipolar per neighbouring pair, plus any
 * other shorted pair.
 *
 * @example
 * impedanceCheck(implant, [{ kind: 'open', contact: 5 }]).problems.map((p) => p.message);
 * // ['contact 5 (lead 1) to case: > 10 kΩ, open circuit: …', 'contact 4 (lead 1) to contact 5 (lead 1): > 10 kΩ, …', …]
 */
export function impedanceCheck(
  implant: ResolvedImplant,
  faults: readonly ImpedanceFault[] = [],
  options: ImpedanceCheckOptions = {},
): ImpedanceReport {
  const { baselineTissueFactors, ...modelOptions } = options;
  const baseline =
    baselineTissueFactors !== undefined
      ? buildImpedanceModel(implant, faults, { ...modelOptions, tissueFactors: baselineTissueFactors })
      : undefined;
  return impedanceCheckOf(buildImpedanceModel(implant, faults, modelOptions), baseline);
}
