import type { PredictorPulse } from '../axon/predictor/calibration';
import type { Program, StimulationArea } from '../program/types';

/**
 * The pulse shape whose threshold decides whether a fibre fires under a program (see docs/physics.md, "Paradigms"):
 * - tonic, active recharge: a symmetric biphasic pulse, cathodic first (the gap is not modelled by the predictor);
 * - tonic, passive recharge: a monophasic cathodic pulse (the slow low recharge current barely acts on axons);
 * - burst: the calibrated 5 × 1 ms burst at 500 Hz;
 * - high frequency: the calibrated 10 kHz, 30 µs biphasic train.
 * The area's field profile is taken with its cathodes positive, so the pulse's cathodic sign makes them cathodic.
 */
export function predictorPulseFor(program: Program, area: StimulationArea): PredictorPulse {
  switch (program.paradigm.kind) {
    case 'tonic':
      return program.paradigm.recharge === 'active'
        ? { waveform: 'biphasic', pulseWidthUs: area.pulseWidthUs, polarity: 'cathodic' }
        : { waveform: 'monophasic', pulseWidthUs: area.pulseWidthUs, polarity: 'cathodic' };
    case 'burst':
      return { waveform: 'burst', polarity: 'cathodic' };
    case 'highFrequency':
      return { waveform: 'train10k', polarity: 'cathodic' };
  }
}
