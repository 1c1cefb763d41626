import type { Hertz, Microseconds, Milliamps } from '../units';

/** A contact's role in an area: cathode (−, stimulating) or anode (+, return). Contacts not listed are off. */
export type Polarity = 'cathode' | 'anode';

/** An electrode: a contact by its device number, or the IPG case (usable as a distant anode). */
export type ElectrodeRef = number | 'case';

/** One active electrode of an area and its share of the area's current. */
export interface ContactSetting {
  readonly electrode: ElectrodeRef;
  readonly polarity: Polarity;
  /** Share of the area's current carried by this electrode among those of the same polarity (%); cathodes sum to 100, anodes sum to 100. */
  readonly fractionPct: number;
}

/** How the charge is returned after a tonic pulse. */
export type RechargeMode = 'active' | 'passive';

/**
 * The waveform family of a program.
 * - `tonic`: one biphasic pulse per period (cathodic phase, gap, active or passive recharge).
 * - `burst`: `pulsesPerBurst` cathodic pulses at `intraBurstRateHz`, bursts repeated at the program rate,
 *   with passive recharge after each burst (De Ridder 2010: 40 Hz bursts of 5 × 1 ms pulses at 500 Hz).
 * - `highFrequency`: symmetric biphasic pulses with active recharge and no gap (e.g. 10 kHz, 30 µs).
 */
export type Paradigm =
  | { readonly kind: 'tonic'; readonly recharge: RechargeMode; readonly interphaseGapUs: Microseconds }
  | { readonly kind: 'burst'; readonly pulsesPerBurst: number; readonly intraBurstRateHz: Hertz }
  | { readonly kind: 'highFrequency' };

/** The name of a paradigm family. */
export type ParadigmKindName = Paradigm['kind'];

/**
 * How the amplitude is chosen: `absolute` uses the programmed amplitude; `subPerception` delivers a percentage of the
 * perception threshold the clinician measured (paresthesia-free dosing).
 */
export type Dosing =
  | { readonly mode: 'absolute' }
  | { readonly mode: 'subPerception'; readonly percentOfPerception: number; readonly perceptionThresholdMa: Milliamps };

/** One stimulation area: a set of contacts with their polarities and fractions, and the current they share. */
export interface StimulationArea {
  readonly contacts: readonly ContactSetting[];
  /** Total cathodic current of the area (mA), split between its cathodes by fraction. */
  readonly amplitudeMa: Milliamps;
  /** Width of the stimulating phase (µs). */
  readonly pulseWidthUs: Microseconds;
  readonly dosing: Dosing;
}

/** Therapy on/off cycling; `undefined` on a program means continuous. */
export interface Cycling {
  readonly onS: number;
  readonly offS: number;
}

/**
 * A program: one paradigm and rate shared by up to four areas that interleave in time within each period.
 */
export interface Program {
  readonly name: string;
  readonly paradigm: Paradigm;
  readonly rateHz: Hertz;
  readonly areas: readonly StimulationArea[];
  readonly cycling: Cycling | undefined;
  /** Ramp from zero to the programmed amplitude when stimulation starts (s); 0 = none. */
  readonly softStartS: number;
  /** The highest amplitude the patient may reach with the remote (mA). */
  readonly patientMaxMa: Milliamps;
}
