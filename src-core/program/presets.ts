import type { Hertz, Microseconds } from '../units';
import { Hz, us } from '../units';
import type { Paradigm, ParadigmKindName } from './types';

/** A paradigm with the rate and pulse width it starts from when a clinician switches to it. */
export interface ParadigmPreset {
  readonly paradigm: Paradigm;
  readonly rateHz: Hertz;
  readonly pulseWidthUs: Microseconds;
}

/**
 * Starting values per paradigm, from the published clinical settings (cited per paradigm).
 * @example PARADIGM_PRESETS.highFrequency.rateHz; // 10000
 */
export const PARADIGM_PRESETS: Readonly<Record<ParadigmKindName, ParadigmPreset>> = {
  tonic: {
    paradigm: { kind: 'tonic', recharge: 'active', interphaseGapUs: us(20) },
    rateHz: Hz(50),
    pulseWidthUs: us(300),
  }, // 30–120 Hz, 100–500 µs (PMC8229652)
  burst: {
    paradigm: { kind: 'burst', pulsesPerBurst: 5, intraBurstRateHz: Hz(500) },
    rateHz: Hz(40),
    pulseWidthUs: us(1000),
  }, // De Ridder 2010: 40 Hz × 5 × 1 ms at 500 Hz
  highFrequency: { paradigm: { kind: 'highFrequency' }, rateHz: Hz(10000), pulseWidthUs: us(30) }, // 10 kHz, 30 µs (Kapural 2015)
};
