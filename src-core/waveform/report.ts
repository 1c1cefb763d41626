import type { ElectrodeRef, Program } from '../program/types';
import { electrodeNetChargeUc } from './charge';
import { synthesizeProgramWaveforms } from './synthesize';
import type { WaveformSegment } from './segments';
import type { SynthesisOptions } from './types';

/** A segment as plain JSON; `tauUs` only on exponentials. Times in µs from the interval start, current in mA. */
export type SegmentJson =
  | { readonly kind: 'flat'; readonly startUs: number; readonly endUs: number; readonly currentMa: number }
  | {
      readonly kind: 'exponential';
      readonly startUs: number;
      readonly endUs: number;
      readonly currentMa: number;
      readonly tauUs: number;
    };

/** The plain-JSON pulse report of `scs-sim pulses FILE --program N --ms T --json`. */
export interface PulsesReport {
  readonly program: string;
  readonly paradigm: 'tonic' | 'burst' | 'highFrequency';
  readonly rateHz: number;
  readonly windowMs: number;
  /** Time since switch-on at the interval start (ms); 0 when none was given. */
  readonly startMs: number;
  /** States the sign convention in the output itself. */
  readonly signConvention: 'positive = anodic (current leaving the electrode into tissue); negative = cathodic';
  /** Pulses (tonic, high frequency) or bursts (burst) in the interval: whole units only. */
  readonly deliveries: readonly {
    readonly area: number;
    readonly startUs: number;
    readonly endUs: number;
    readonly amplitudeMa: number;
  }[];
  readonly electrodes: readonly {
    readonly electrode: ElectrodeRef;
    readonly segments: readonly SegmentJson[];
    readonly netChargeUc: number;
  }[];
}

function segmentJson(s: WaveformSegment): SegmentJson {
  return s.kind === 'flat'
    ? { kind: 'flat', startUs: s.startUs, endUs: s.endUs, currentMa: s.currentMa }
    : { kind: 'exponential', startUs: s.startUs, endUs: s.endUs, currentMa: s.currentMa, tauUs: s.tauUs };
}

/**
 * The pulse report for the CLI: every electrode's segments and net charge over the interval, as plain data that
 * `JSON.stringify` writes as is (no typed arrays, no `undefined`). Same options and rules as
 * `synthesizeProgramWaveforms`.
 *
 * @example
 * JSON.stringify(pulsesReport(program, { windowMs: ms(50), amplitudeStepMa: mA(0.1) }), null, 2);
 * // { "program": "Burst low back", "paradigm": "burst", …, "electrodes": [{ "electrode": 3, "segments": [...], "netChargeUc": 0 }] }
 */
export function pulsesReport(program: Program, options: SynthesisOptions): PulsesReport {
  const waveforms = synthesizeProgramWaveforms(program, options);
  return {
    program: program.name,
    paradigm: program.paradigm.kind,
    rateHz: program.rateHz,
    windowMs: options.windowMs,
    startMs: waveforms.windowStartMs,
    signConvention: 'positive = anodic (current leaving the electrode into tissue); negative = cathodic',
    deliveries: waveforms.deliveries.map((d) => ({
      area: d.areaIndex,
      startUs: d.startUs,
      endUs: d.endUs,
      amplitudeMa: d.amplitudeMa,
    })),
    electrodes: waveforms.electrodes.map((e) => ({
      electrode: e.electrode,
      segments: e.segments.map(segmentJson),
      netChargeUc: electrodeNetChargeUc(e),
    })),
  };
}
