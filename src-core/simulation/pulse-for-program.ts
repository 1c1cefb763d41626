import { programmedPredictorPulse, type ProgrammedPredictorPulse } from '../axon/predictor/waveform-factor';
import type { Program, StimulationArea } from '../program/types';

/**
 * The pulse whose threshold decides whether a fibre fires under a program (see docs/physics-predictor.md,
 * "Programmed waveforms"): the single pulse the spatial predictor is calibrated for at the area's pulse width
 * (biphasic for active recharge and kHz trains, monophasic for passive recharge and bursts), and the MRG-measured
 * factors that carry the programmed train — interphase gap, recharge, pulses per burst and intra-burst rate, kHz rate.
 * The area's field profile is taken with its cathodes positive, so the pulse's cathodic sign makes them cathodic.
 */
export function predictorPulseFor(program: Program, area: StimulationArea): ProgrammedPredictorPulse {
  return programmedPredictorPulse(program.paradigm, area.pulseWidthUs, program.rateHz);
}
