import { Hz, ms, periodUs, us, type PointSourceWaveform } from '../../src-core';
import type { ParsedArgs } from '../args';
import { choiceOption, InputError, numberOption, UsageError } from '../args';

/** The waveforms `scs-sim threshold --waveform` names. */
export const THRESHOLD_WAVEFORMS = ['monophasic', 'biphasic', 'burst', 'train'] as const;
export type ThresholdWaveformName = (typeof THRESHOLD_WAVEFORMS)[number];

/** Options that belong to one waveform each. */
const WAVEFORM_OPTIONS: Readonly<Record<string, ThresholdWaveformName>> = {
  recharge: 'biphasic',
  'interphase-gap-us': 'biphasic',
  pulses: 'burst',
  'intra-burst-hz': 'burst',
  'rate-hz': 'train',
  'train-ms': 'train',
};

/** Every waveform option, for `expectOptions`. */
export const THRESHOLD_WAVEFORM_OPTIONS = Object.keys(WAVEFORM_OPTIONS);

/** Bounds of the waveform options (the device ranges rounded outwards, so every programmable value is allowed). */
const LIMITS = {
  interphaseGapUs: [0, 1000],
  pulses: [1, 20],
  intraBurstHz: [50, 1000],
  rateHz: [1, 20_000],
  trainMs: [0.1, 50],
} as const;

/** Defaults of the paradigm options when not given. */
const DEFAULTS = {
  pulses: 5, // BurstDR: 5 pulses per burst (De Ridder et al. 2010)
  intraBurstHz: 500, // BurstDR: 500 Hz within the burst (De Ridder et al. 2010)
  rateHz: 10_000, // HF10: 10 kHz (Kapural et al. 2015)
  trainMs: 2, // 20 pulses at 10 kHz: MRG thresholds change < 0.5 % from 20 to 40 pulses (docs/physics-predictor.md)
} as const;

/** A number option within [low, high], else an input error naming the option, the value and the range. */
export function boundedOption(
  args: ParsedArgs,
  name: string,
  fallback: number | undefined,
  [low, high]: readonly [number, number],
  unit: string,
): number {
  const value = numberOption(args, name, fallback);
  if (value === undefined) throw new UsageError(`threshold needs --${name}.`);
  if (!(value >= low && value <= high)) throw new InputError(`--${name} ${value} is outside ${low}–${high} ${unit}.`);
  return value;
}

/** The waveform of a threshold request and its parameters as the JSON reports them. */
export interface ParsedThresholdWaveform {
  readonly waveform: PointSourceWaveform;
  readonly name: ThresholdWaveformName;
  /** Every waveform parameter, defaults included, for the report. */
  readonly parameters: Readonly<Record<string, number | string>>;
}

/**
 * Reads `--waveform` and its own options: `--recharge active|passive` and `--interphase-gap-us` (biphasic, the
 * tonic charge-balanced pulse), `--pulses` and `--intra-burst-hz` (burst), `--rate-hz` and `--train-ms` (train).
 * An option of another waveform is a usage error; a value out of bounds, or pulses that do not fit their period,
 * an input error naming the option.
 */
export function parseThresholdWaveform(args: ParsedArgs, pulseWidthUs: number): ParsedThresholdWaveform {
  const name = choiceOption(args, 'waveform', THRESHOLD_WAVEFORMS, 'monophasic');
  for (const [option, owner] of Object.entries(WAVEFORM_OPTIONS)) {
    if (args.options.has(option) && owner !== name)
      throw new UsageError(`--${option} applies to --waveform ${owner}, not ${name}.`);
  }
  switch (name) {
    case 'monophasic':
      return { waveform: 'monophasic', name, parameters: {} };
    case 'biphasic': {
      const recharge = choiceOption(args, 'recharge', ['active', 'passive'] as const, 'active');
      const gapUs = boundedOption(args, 'interphase-gap-us', 0, LIMITS.interphaseGapUs, 'µs');
      const parameters = { recharge, interphaseGapUs: gapUs };
      // Without either option this is the plain symmetric pulse of earlier versions (the same shape).
      if (!args.options.has('recharge') && !args.options.has('interphase-gap-us'))
        return { waveform: 'biphasic', name, parameters };
      return { waveform: { kind: 'tonic', recharge, interphaseGapUs: us(gapUs) }, name, parameters };
    }
    case 'burst': {
      const pulses = boundedOption(args, 'pulses', DEFAULTS.pulses, LIMITS.pulses, 'pulses');
      if (!Number.isInteger(pulses)) throw new InputError(`--pulses ${pulses} must be a whole number.`);
      const intraBurstRateHz = boundedOption(args, 'intra-burst-hz', DEFAULTS.intraBurstHz, LIMITS.intraBurstHz, 'Hz');
      const period = periodUs(Hz(intraBurstRateHz));
      if (!(pulseWidthUs < period))
        throw new InputError(
          `--pulse-width-us ${pulseWidthUs} does not fit --intra-burst-hz ${intraBurstRateHz}: each pulse must end before the next starts (${period.toFixed(0)} µs apart).`,
        );
      return {
        waveform: { kind: 'burst', pulsesPerBurst: pulses, intraBurstRateHz: Hz(intraBurstRateHz) },
        name,
        parameters: { pulsesPerBurst: pulses, intraBurstRateHz, recharge: 'passive' },
      };
    }
    case 'train': {
      const rateHz = boundedOption(args, 'rate-hz', DEFAULTS.rateHz, LIMITS.rateHz, 'Hz');
      const trainMs = boundedOption(args, 'train-ms', DEFAULTS.trainMs, LIMITS.trainMs, 'ms');
      const period = periodUs(Hz(rateHz));
      if (!(2 * pulseWidthUs <= period))
        throw new InputError(
          `--pulse-width-us ${pulseWidthUs} does not fit --rate-hz ${rateHz}: both phases (2 × ${pulseWidthUs} µs) must fit in the ${period.toFixed(1)} µs period.`,
        );
      return {
        waveform: { kind: 'train', rateHz: Hz(rateHz), trainMs: ms(trainMs) },
        name,
        parameters: { rateHz, trainMs, recharge: 'active' },
      };
    }
  }
}
