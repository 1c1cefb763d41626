import { MRG_TABLE_RANGE_UM, mm, pointSourceThreshold, sPerM, um, us } from '../../src-core';
import type { ParsedArgs } from '../args';
import { choiceOption, expectOptions, UsageError } from '../args';
import type { CliIo } from '../io';
import { boundedOption, parseThresholdWaveform, THRESHOLD_WAVEFORM_OPTIONS } from './threshold-waveform';

const clock = () => performance.now();

const LIMITS = {
  distanceMm: [0.01, 20],
  pulseWidthUs: [1, 10_000],
  conductivitySPerM: [0.001, 100],
} as const;

/** What the reported threshold means, for every waveform (the JSON says it so a comparison can match it). */
const THRESHOLD_DEFINITION =
  'Smallest amplitude (mA) of the stimulating phases at which an action potential propagates to a monitor node ' +
  '3 nodes from either end, found by bisection to the relative tolerance (the value reported fired); for a burst ' +
  'or train, the lowest amplitude at which the fibre fires at least once during the waveform or the allowance after it.';

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
 * [--waveform monophasic|biphasic|burst|train] [--recharge active|passive] [--interphase-gap-us G] [--pulses N]
 * [--intra-burst-hz F] [--rate-hz R] [--train-ms T] [--conductivity-s-per-m 0.2] [--json]`: the MRG threshold (mA)
 * of a straight fibre under a point source in an infinite homogeneous medium, the electrode over a node of Ranvier,
 * the whole waveform simulated. `thresholdMa` is null when nothing fires up to the model's bound.
 */
export function thresholdCommand(given: ParsedArgs, io: CliIo): number {
  const args = withFibreSpelling(given);
  expectOptions(args, [
    'fibre-diameter-um',
    'distance-mm',
    'pulse-width-us',
    'polarity',
    'waveform',
    ...THRESHOLD_WAVEFORM_OPTIONS,
    'conductivity-s-per-m',
    'json',
  ]);
  if (args.positionals.length > 1) throw new UsageError('threshold takes no FILE.');
  const { min: minD, max: maxD } = MRG_TABLE_RANGE_UM;
  const fibreDiameterUm = boundedOption(
    args,
    'fibre-diameter-um',
    undefined,
    [minD, maxD],
    'µm (the MRG geometry table)',
  );
  const distanceMm = boundedOption(args, 'distance-mm', undefined, LIMITS.distanceMm, 'mm');
  const pulseWidthUs = boundedOption(args, 'pulse-width-us', undefined, LIMITS.pulseWidthUs, 'µs');
  const conductivitySPerM = boundedOption(args, 'conductivity-s-per-m', 0.2, LIMITS.conductivitySPerM, 'S/m');
  const polarity = choiceOption(args, 'polarity', ['cathodic', 'anodic'] as const, 'cathodic');
  const { waveform, name, parameters } = parseThresholdWaveform(args, pulseWidthUs);
  const started = clock();
  const found = pointSourceThreshold({
    fibreDiameterUm: um(fibreDiameterUm),
    distanceMm: mm(distanceMm),
    pulseWidthUs: us(pulseWidthUs),
    polarity,
    waveform,
    conductivitySPerM: sPerM(conductivitySPerM),
  });
  const runtimeMs = Math.round(clock() - started);
  const result = {
    thresholdMa: found.thresholdMa ?? null,
    thresholdDefinition: THRESHOLD_DEFINITION,
    // The JSON key keeps the spelling NEURON/ASCENT comparison harnesses have read since v1.
    fiberDiameterUm: fibreDiameterUm,
    distanceMm,
    pulseWidthUs,
    polarity,
    waveform: name,
    ...parameters,
    pulseCount: found.stimulatingPhases,
    passiveRecharge: found.passiveRecharge,
    conductivitySPerM,
    model: 'MRG double cable (McIntyre, Richardson & Grill 2002), point source in an infinite homogeneous medium',
    numerics: {
      nodeCount: found.nodeCount,
      dtUs: found.dtUs,
      relativeTolerance: found.relativeTolerance,
      waveformDurationUs: found.waveformDurationUs,
      simulatedMs: Math.round(found.simulatedMs * 1e6) / 1e6,
      simulations: found.simulations,
      integration: 'backward Euler (voltages), exponential Euler (gates), sealed active ends',
    },
    runtimeMs,
  };
  io.stdout(
    args.options.has('json')
      ? JSON.stringify(result, null, 2)
      : found.thresholdMa === undefined
        ? 'No activation within the model bound.'
        : `${found.thresholdMa.toPrecision(4)} mA`,
  );
  return 0;
}
