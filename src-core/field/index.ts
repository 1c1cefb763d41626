/**
 * Public API of the volume-conductor (electric field) model: a planar layered spinal conductor solved in the
 * spatial-frequency domain, unit-source tables, extended contacts and superposition. See docs/physics-field.md.
 */
export * from './point-source';
export * from './conductivities';
export { assertValidStack, isotropic, layerIndexAt, layerStackFor } from './layer-stack';
export type { CanalLayersInput, ConductivityTensor, Layer, LayerStack, LayerStackOptions } from './layer-stack';
export { buildUnitSourceField, unitSourceFieldKey } from './unit-source-field';
export type { UnitSourceField, UnitSourceFieldOptions } from './unit-source-field';
export { potentialAtInto } from './unit-field-eval';
export { contactPotentialInto } from './contact-source';
export type { ContactGeometry } from './contact-source';
export { contactFieldsInto, currentsFromFractionsInto, superposeInto } from './superpose';
export { electricFieldInto, halfMaximumExtentsMm } from './field-metrics';
export type { PotentialEvaluator } from './field-metrics';
