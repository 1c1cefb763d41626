/**
 * The cross-section (2.5-D) volume conductor: the real, curved cross-section of the spinal canal (cord, grey
 * matter, CSF, dura, epidural fat, bone), invariant along the cord, solved by finite volumes per axial
 * wavenumber. Independent of the planar layered solver; see docs/physics-field.md "Cross-section (2.5D) model".
 */
export { crossSectionFromDimensions, cordSurfaceDorsalMm, sectionTissueAt } from './geometry';
export type { CanalCrossSection, CanalDimensions, Ellipse, SectionTissue } from './geometry';
export { BONE_CONDUCTIVITY_S_PER_M, sectionConductivitiesWith } from './conductivities';
export type { SectionConductivities } from './conductivities';
export { buildSectionField } from './build';
export type { SectionField, SectionFieldOptions, SectionResidualTable, SectionSource } from './build';
export { sectionPotentialInto, sectionPotentialsInto } from './evaluate';
export type { SectionContact } from './evaluate';
export { sectionFieldKey } from './key';
