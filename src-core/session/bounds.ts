/**
 * The range every numeric program parameter of a session file must lie in, named once. A file may hold a
 * working program that its own IPG cannot deliver (saved mid-edit; `validateProgram` reports it), but never a
 * number that no catalogued device could program: that is a damaged or hostile file, refused on load, so
 * nothing downstream (safety, energy, pulses, physiology) ever sees an overflowing value.
 *
 * Where the device catalogue has the limit, the bound is the widest range over all its IPGs and paradigms.
 */
import type { IpgModel } from '../hardware/types';
import { defaultCatalogue } from '../hardware/catalogue';
import { BURST_PULSES, MAX_SOFT_START_S } from '../program/validate';

/**
 * A closed range a file value must lie in, with its unit for messages.
 * @example { min: 0, max: 25.5, unit: 'mA' }
 */
export interface FileBound {
  readonly min: number;
  readonly max: number;
  readonly unit: string;
}

const ipgs: readonly IpgModel[] = [...defaultCatalogue().ipgs.values()];
const paradigmLimits = ipgs.flatMap((ipg) => Object.values(ipg.paradigms));

/** Highest current any catalogued IPG can program in one area (mA). */
const catalogueMaxAmplitudeMa = Math.max(
  ...ipgs.map((ipg) => ipg.maxAreaCurrentMa),
  ...paradigmLimits.map((l) => l.amplitudeMa.max),
);

/** Longest cycling on- or off-time a file may hold (s): one day; programmers offer minutes to hours [U]. */
const MAX_CYCLING_S = 86_400; // one day, above any programmer's cycling menu [U]

/** Longest interphase gap (µs): programmers offer 0–1000 µs at most [U]. */
const MAX_INTERPHASE_GAP_US = 1000; // programmer interphase-gap range [U]

/** The widest `key` range over every paradigm of every catalogued IPG. */
function widestParadigmRange(key: 'pulseWidthUs' | 'rateHz'): { min: number; max: number } {
  return {
    min: Math.min(...paradigmLimits.map((l) => l[key].min)),
    max: Math.max(...paradigmLimits.map((l) => l[key].max)),
  };
}

/**
 * The bounds of every numeric program field of a session file.
 * @example PROGRAM_FILE_BOUNDS.amplitudeMa; // { min: 0, max: 25.5, unit: 'mA' }
 */
/** Longest program name a session file holds (the programmer's tab shows it). */
export const MAX_PROGRAM_NAME_CHARS = 60;

export const PROGRAM_FILE_BOUNDS = {
  amplitudeMa: { min: 0, max: catalogueMaxAmplitudeMa, unit: 'mA' },
  patientMaxMa: { min: 0, max: catalogueMaxAmplitudeMa, unit: 'mA' },
  perceptionThresholdMa: { min: 0, max: catalogueMaxAmplitudeMa, unit: 'mA' },
  pulseWidthUs: { ...widestParadigmRange('pulseWidthUs'), unit: 'µs' },
  rateHz: { ...widestParadigmRange('rateHz'), unit: 'Hz' },
  /** Any rate a catalogued device can make: the intra-burst rate is a pulse rate within the burst. */
  intraBurstRateHz: { ...widestParadigmRange('rateHz'), unit: 'Hz' },
  pulsesPerBurst: { ...BURST_PULSES, unit: 'pulses' },
  interphaseGapUs: { min: 0, max: MAX_INTERPHASE_GAP_US, unit: 'µs' },
  fractionPct: { min: 0, max: 100, unit: '%' },
  percentOfPerception: { min: 0, max: 100, unit: '%' },
  electrode: { min: 0, max: Math.max(...ipgs.map((ipg) => ipg.contactCount)) - 1, unit: '(contact number)' },
  cyclingS: { min: 0, max: MAX_CYCLING_S, unit: 's' },
  softStartS: { min: 0, max: MAX_SOFT_START_S, unit: 's' },
} as const satisfies Record<string, FileBound>;
