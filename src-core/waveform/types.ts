import type { ElectrodeRef } from '../program/types';
import type { Microseconds, Milliamps, Milliseconds } from '../units';
import type { WaveformSegment } from './segments';

/**
 * The current of one electrode over the interval: sorted, non-overlapping segments (they may touch); zero elsewhere.
 * Times are µs from the interval start; `windowUs` is the interval length.
 */
export interface ElectrodeWaveform {
  readonly electrode: ElectrodeRef;
  readonly windowUs: Microseconds;
  readonly segments: readonly WaveformSegment[];
}

/** One delivered pulse (tonic, high frequency) or burst (burst) of one area, in µs from the interval start. */
export interface AreaDelivery {
  readonly areaIndex: number;
  /** Start of the first stimulating phase. */
  readonly startUs: Microseconds;
  /** End of the recharge: the pulse or burst is charge-balanced on every electrode by then. */
  readonly endUs: Microseconds;
  /** Cathodic current of the area after dosing, soft start and cycling (mA, ≥ 0). */
  readonly amplitudeMa: Milliamps;
}

/** Every electrode's current for one program over one interval. */
export interface ProgramWaveforms {
  readonly programName: string;
  readonly paradigm: 'tonic' | 'burst' | 'highFrequency';
  /** Time since stimulation was switched on at the interval start (ms); 0 when no `startMs` was given. */
  readonly windowStartMs: Milliseconds;
  readonly windowUs: Microseconds;
  /** Contacts in ascending order, then the case; every electrode any area lists, even if it carries no current. */
  readonly electrodes: readonly ElectrodeWaveform[];
  /** The pulses or bursts in the interval, in time order. */
  readonly deliveries: readonly AreaDelivery[];
}

/** Options of `synthesizeProgramWaveforms` and `pulsesReport`. */
export interface SynthesisOptions {
  /** Length of the interval (ms). */
  readonly windowMs: Milliseconds;
  /** Device amplitude step (mA), used to round sub-perception doses (see `deliveredAmplitudeMa`). */
  readonly amplitudeStepMa: Milliamps;
  /**
   * Time since stimulation was switched on at the interval start (ms). When given, the pulse grid is anchored at
   * switch-on, and soft start and cycling are evaluated from it. When omitted the interval starts at switch-on
   * (time 0) but in steady state: cycling is evaluated from 0 and soft start is not applied.
   */
  readonly startMs?: Milliseconds | undefined;
}
