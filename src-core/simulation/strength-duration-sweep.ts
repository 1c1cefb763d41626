import type { StimulationArea } from '../program/types';
import type { PhysiologyEngine, PhysiologySetup } from './engine';
import {
  STRENGTH_DURATION_PULSE_WIDTHS_US,
  strengthDurationPoint,
  strengthDurationPulse,
  weissFit,
  type StrengthDurationPoint,
  type WeissFit,
} from './strength-duration';

/** A strength–duration curve, whole or as far as it has been computed. */
export interface StrengthDurationCurve {
  /** Points computed so far, in ascending pulse width. */
  readonly points: readonly StrengthDurationPoint[];
  readonly complete: boolean;
  /** Weiss's law fitted to the points so far (null until two are felt). */
  readonly fit: WeissFit | null;
  /** The pulse shape varied: the program's own tonic pulse, or a biphasic tonic pulse for burst / 10 kHz. */
  readonly waveform: 'biphasic' | 'monophasic';
}

/**
 * The strength–duration sweep of one area (other areas off) over STRENGTH_DURATION_PULSE_WIDTHS_US, one pulse width
 * per step, refitting Weiss's law each time: the app's worker yields between amplitude queries, the CLI runs it to
 * the end. One path for both.
 * @example const curve = [...strengthDurationSweep(engine, setup, area)].at(-1); // or drain with `.next()`
 */
export function* strengthDurationSweep(
  engine: PhysiologyEngine,
  setup: PhysiologySetup,
  area: StimulationArea,
): Generator<StrengthDurationCurve, StrengthDurationCurve> {
  const waveform =
    strengthDurationPulse(setup.program, STRENGTH_DURATION_PULSE_WIDTHS_US[0]!).pulse.waveform === 'monophasic'
      ? 'monophasic'
      : 'biphasic';
  const points: StrengthDurationPoint[] = [];
  const widths = STRENGTH_DURATION_PULSE_WIDTHS_US;
  for (let i = 0; i < widths.length; i++) {
    points.push(strengthDurationPoint(engine, setup, area, widths[i]!));
    const curve: StrengthDurationCurve = {
      points: [...points],
      complete: i === widths.length - 1,
      fit: weissFit(points),
      waveform,
    };
    if (curve.complete) return curve;
    yield curve;
  }
  return { points, complete: true, fit: weissFit(points), waveform };
}

/** The whole strength–duration curve of one area: the sweep run to its end. */
export function strengthDurationCurve(
  engine: PhysiologyEngine,
  setup: PhysiologySetup,
  area: StimulationArea,
): StrengthDurationCurve {
  const sweep = strengthDurationSweep(engine, setup, area);
  for (;;) {
    const step = sweep.next();
    if (step.done) return step.value;
  }
}
