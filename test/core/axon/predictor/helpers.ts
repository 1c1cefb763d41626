/** Helpers for the predictor tests: node profiles of simple fields and one-fibre predictions. */
import { predictorCalibration, type PredictorPulse } from '../../../../src-core/axon/predictor/calibration';
import { predictThresholdScalesInto } from '../../../../src-core/axon/predictor/kernel';
import { fieldAlongFibreMv, pointCase, type FieldCase } from '../../../../tools/predictor/field-cases';
import { mrgReferenceThreshold, referenceProfile } from '../../../../tools/predictor/mrg-reference';
import type { CalibrationShape } from '../../../../tools/predictor/calibration-shapes';
import { mrgGeometry } from '../../../../src-core/axon/mrg-geometry';
import { um, us, type Micrometres } from '../../../../src-core/units';

const fibres = new Map();

/** Ve (mV per unit) at `nodeCount` nodes of a D-µm fibre, the reference node in the middle. */
export function nodeProfileMv(diameterUm: number, field: FieldCase, nodeCount = 21): Float64Array {
  const dx = mrgGeometry(um(diameterUm)).internodeLengthUm / 1000;
  const centre = (nodeCount - 1) / 2;
  const arc = Float64Array.from({ length: nodeCount }, (_, i) => (i - centre) * dx);
  return fieldAlongFibreMv(field, arc, nodeCount);
}

/** Ve at 21 nodes of a point source `r` mm over the middle node (weight +1). */
export function pointNodesMv(diameterUm: number, r: number): Float64Array {
  return nodeProfileMv(diameterUm, pointCase(r, 0, 1));
}

/** Predicted threshold scale of one fibre. */
export function predictOne(diameterUm: number, pulse: PredictorPulse, veMv: Float64Array): number {
  const cal = predictorCalibration(diameterUm as Micrometres, pulse);
  return predictThresholdScalesInto(new Float64Array(1), veMv, 1, veMv.length, cal)[0]!;
}

/** MRG threshold and predictor threshold on the nodes of the same (long enough) fibre. */
export function mrgAndPredicted(
  diameterUm: number,
  shape: CalibrationShape,
  field: FieldCase,
  polarity: 'cathodic' | 'anodic' = 'cathodic',
): { mrg: number; predicted: number } {
  // An anodic-first pulse on Ve is the cathodic-first pulse on −Ve.
  const mirrored: FieldCase =
    polarity === 'cathodic' ? field : { ...field, sources: field.sources.map((s) => ({ ...s, weight: -s.weight })) };
  const mrg = mrgReferenceThreshold(fibres, diameterUm, shape, mirrored, 0.3);
  const nodes = referenceProfile(fibres, diameterUm, field).nodesMv;
  const predicted = predictOne(
    diameterUm,
    { waveform: shape.waveform, pulseWidthUs: us(shape.pulseWidthUs), polarity },
    nodes,
  );
  return { mrg, predicted };
}
