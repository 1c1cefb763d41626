import type { PatientAnatomy, Posture } from '../anatomy/patient-anatomy';
import { cordTopDorsalMm, surfaceDropMm } from '../fibres/cord-surface';
import { superposeInto } from '../field';
import type { ResolvedImplant } from '../hardware/implant';
import type { StimulationArea } from '../program/types';
import { areaCathodicCurrents } from './engine';
import { fieldSectionFor, unitFieldsAtPoints, type UnitFields } from './unit-fields';

/**
 * The activating function of a longitudinal axon (Rattay 1989) on a grid over the cord's dorsal surface, per mA of
 * one area: positive where the area depolarises dorsal-column fibres. Amplitude-independent (fields are linear in
 * current), so the 3D view scales it by the amplitude without asking again.
 */
export interface ActivationSurface {
  /** Row positions along the cord (mm, spine frame), rostral first. */
  readonly axialMm: Float64Array;
  /** Column positions across the cord (mm, + = patient left). */
  readonly lateralMm: Float64Array;
  /** Height of the sampled surface at each column (mm, spine frame). */
  readonly dorsalMm: Float64Array;
  /** Second axial difference of the potential (mV/mm² per mA), row-major (row · columns + column). */
  readonly activatingPerMa: Float64Array;
  /** The largest value in `activatingPerMa`. */
  readonly peakPerMa: number;
}

/** Options of `activationSurfaceFor`. */
export interface ActivationSurfaceOptions {
  /** Axial spacing (mm); ≈ the internode of a 10 µm fibre (McIntyre 2002: 1.15 mm). */
  readonly stepMm?: number;
  /** Margin beyond the first and last contact (mm). */
  readonly marginMm?: number;
  readonly columns?: number;
  /** Depth below the cord surface (mm): where the recruited large fibres lie (Feirabend 2002: ≤ 0.25 mm). */
  readonly depthMm?: number;
}

/**
 * The sampling grid over the cord's dorsal surface under an implant and every contact's unit field at its points:
 * the expensive, program-independent part (≈30 ms), to be cached with the fibre population (it changes when a lead
 * moves or the posture changes, not when polarity or amplitude do).
 */
export interface ActivationGrid {
  readonly axialMm: Float64Array;
  readonly lateralMm: Float64Array;
  readonly dorsalMm: Float64Array;
  readonly stepMm: number;
  /** Rows sampled, including one extra at each end for the second difference. */
  readonly sampledRows: number;
  readonly unit: UnitFields;
}

/**
 * Builds the grid and its unit fields, with the same layered-canal model and cached tables as the fibre thresholds.
 * @example activationSurfaceFromGrid(activationGridFor(implant, NOMINAL_ANATOMY, 'supine'), implant, area);
 */
export function activationGridFor(
  implant: ResolvedImplant,
  patient: PatientAnatomy,
  posture: Posture,
  options: ActivationSurfaceOptions = {},
): ActivationGrid {
  const step = options.stepMm ?? 1;
  const margin = options.marginMm ?? 20;
  const columns = options.columns ?? 25;
  const depth = options.depthMm ?? 0.1;
  const section = fieldSectionFor(implant, patient, posture);
  const axialOfContacts = implant.contacts.map((c) => c.centre.axialMm as number);
  const top = Math.min(...axialOfContacts) - margin;
  const rows = Math.max(3, Math.round((Math.max(...axialOfContacts) + margin - top) / step) + 1);
  const sampledRows = rows + 2;
  const halfWidth = (0.9 * section.cordTransverseMm) / 2;
  const lateralMm = Float64Array.from(
    { length: columns },
    (_, c) => section.cordLateralOffsetMm + halfWidth * (1 - (2 * c) / (columns - 1)),
  );
  const dorsalMm = Float64Array.from(
    lateralMm,
    (l) => cordTopDorsalMm(section) - surfaceDropMm(section, l - section.cordLateralOffsetMm) - depth,
  );
  const count = sampledRows * columns;
  const points = {
    lateralMm: new Float64Array(count),
    axialMm: new Float64Array(count),
    dorsalMm: new Float64Array(count),
    count,
  };
  for (let r = 0; r < sampledRows; r++)
    for (let c = 0; c < columns; c++) {
      const i = r * columns + c;
      points.axialMm[i] = top + (r - 1) * step;
      points.lateralMm[i] = lateralMm[c]!;
      points.dorsalMm[i] = dorsalMm[c]!;
    }
  return {
    axialMm: Float64Array.from({ length: rows }, (_, r) => top + r * step),
    lateralMm,
    dorsalMm,
    stepMm: step,
    sampledRows,
    unit: unitFieldsAtPoints(implant, patient, posture, points),
  };
}

/** The activating function of `area` on a prepared grid: one superposition and a second difference (≈0.1 ms). */
export function activationSurfaceFromGrid(
  grid: ActivationGrid,
  implant: ResolvedImplant,
  area: StimulationArea,
): ActivationSurface {
  const columns = grid.lateralMm.length;
  const rows = grid.axialMm.length;
  const count = grid.sampledRows * columns;
  const step = grid.stepMm;
  const potential = superposeInto(
    new Float64Array(count),
    grid.unit.mv,
    areaCathodicCurrents(area, implant),
    grid.unit.contactCount,
    count,
  );
  const activatingPerMa = new Float64Array(rows * columns);
  let peakPerMa = 0;
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < columns; c++) {
      const centre = (r + 1) * columns + c;
      // The currents carry cathodes positive, which in the field's convention (positive = anodic) gives the mirror
      // image of the real potential; the real activating function d²V/dx² is therefore minus this second difference,
      // positive under a cathode — depolarising.
      const value =
        -(potential[centre - columns]! - 2 * potential[centre]! + potential[centre + columns]!) / (step * step);
      activatingPerMa[r * columns + c] = value;
      if (value > peakPerMa) peakPerMa = value;
    }
  return { axialMm: grid.axialMm, lateralMm: grid.lateralMm, dorsalMm: grid.dorsalMm, activatingPerMa, peakPerMa };
}

/**
 * Samples the activating function of `area` over the dorsal surface of the cord under the implant. A picture of the
 * drive, not a recruitment prediction: which fibres fire is the thresholds' job.
 * @example activationSurfaceFor(implant, area, NOMINAL_ANATOMY, 'supine').peakPerMa; // mV/mm² per mA under the cathode
 */
export function activationSurfaceFor(
  implant: ResolvedImplant,
  area: StimulationArea,
  patient: PatientAnatomy,
  posture: Posture,
  options: ActivationSurfaceOptions = {},
): ActivationSurface {
  return activationSurfaceFromGrid(activationGridFor(implant, patient, posture, options), implant, area);
}
