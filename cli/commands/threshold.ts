import { MRG_TABLE_RANGE_UM, mm, pointSourceThresholdMa, sPerM, um, us } from '../../src-core';
import type { ParsedArgs } from '../args';
import { choiceOption, expectOptions, InputError, numberOption, UsageError } from '../args';
import type { CliIo } from '../io';

const LIMITS = {
  distanceMm: [0.01, 20],
  pulseWidthUs: [1, 10_000],
  conductivitySPerM: [0.001, 100],
} as const;

function required(args: ParsedArgs, name: string): number {
  const value = numberOption(args, name);
  if (value === undefined) throw new UsageError(`threshold needs --${name}.`);
  return value;
}

function inRange(name: string, value: number, [low, high]: readonly [number, number], unit: string): number {
  if (!(value >= low && value <= high)) throw new InputError(`--${name} ${value} is outside ${low}–${high} ${unit}.`);
  return value;
}

/**
 * `--fiber-diameter-um` (the American spelling used by NEURON/ASCENT scripts) is accepted for `--fibre-diameter-um`,
 * so comparison harnesses written against either keep working; giving both is a usage error.
 */
function withFibreSpelling(args: ParsedArgs): ParsedArgs {
  const american = args.options.get('fiber-diameter-um');
  if (american === undefined) return args;
  if (args.options.has('fibre-diameter-um')) {
    throw new UsageError('Give --fibre-diameter-um or --fiber-diameter-um, not both.');
  }
  const options = new Map(args.options);
  options.delete('fiber-diameter-um');
  options.set('fibre-diameter-um', american);
  return { positionals: args.positionals, options };
}

/**
 * `scs-sim threshold --fibre-diameter-um D --distance-mm R --pulse-width-us P [--polarity cathodic|anodic]
 * [--waveform monophasic|biphasic] [--conductivity-s-per-m 0.2] [--json]`: the MRG threshold (mA) of a straight
 * fibre under a point source in an infinite homogeneous medium, the electrode over a node of Ranvier.
 * `thresholdMa` is null when nothing fires up to the model's bound.
 */
export function thresholdCommand(given: ParsedArgs, io: CliIo): number {
  const args = withFibreSpelling(given);
  expectOptions(args, [
    'fibre-diameter-um',
    'distance-mm',
    'pulse-width-us',
    'polarity',
    'waveform',
    'conductivity-s-per-m',
    'json',
  ]);
  if (args.positionals.length > 1) throw new UsageError('threshold takes no FILE.');
  const { min: minD, max: maxD } = MRG_TABLE_RANGE_UM;
  const fibreDiameterUm = inRange(
    'fibre-diameter-um',
    required(args, 'fibre-diameter-um'),
    [minD, maxD],
    'µm (the MRG geometry table)',
  );
  const distanceMm = inRange('distance-mm', required(args, 'distance-mm'), LIMITS.distanceMm, 'mm');
  const pulseWidthUs = inRange('pulse-width-us', required(args, 'pulse-width-us'), LIMITS.pulseWidthUs, 'µs');
  const conductivitySPerM = inRange(
    'conductivity-s-per-m',
    numberOption(args, 'conductivity-s-per-m', 0.2)!,
    LIMITS.conductivitySPerM,
    'S/m',
  );
  const polarity = choiceOption(args, 'polarity', ['cathodic', 'anodic'] as const, 'cathodic');
  const waveform = choiceOption(args, 'waveform', ['monophasic', 'biphasic'] as const, 'monophasic');
  const thresholdMa = pointSourceThresholdMa({
    fibreDiameterUm: um(fibreDiameterUm),
    distanceMm: mm(distanceMm),
    pulseWidthUs: us(pulseWidthUs),
    polarity,
    waveform,
    conductivitySPerM: sPerM(conductivitySPerM),
  });
  const result = {
    thresholdMa: thresholdMa ?? null,
    // The JSON key keeps the spelling NEURON/ASCENT comparison harnesses have read since v1.
    fiberDiameterUm: fibreDiameterUm,
    distanceMm,
    pulseWidthUs,
    polarity,
    waveform,
    conductivitySPerM,
    model: 'MRG double cable (McIntyre, Richardson & Grill 2002), point source in an infinite homogeneous medium',
  };
  io.stdout(
    args.options.has('json')
      ? JSON.stringify(result, null, 2)
      : thresholdMa === undefined
        ? 'No activation within the model bound.'
        : `${thresholdMa.toPrecision(4)} mA`,
  );
  return 0;
}
