/**
 * An MRG fibre: geometry, compartment layout, lumped electrical parameters and the solver state,
 * allocated once and reused by every simulation on it.
 */
import type { Micrometres } from '../units';
import { mrgGeometry, mrgLayout, type MrgGeometry, type MrgGeometryMethod, type MrgLayout } from './mrg-geometry';
import { mrgElectrical, type MrgElectrical } from './mrg-electrical';
import {
  createCableWorkspace,
  settleToRestInto,
  snapshot,
  type CableSnapshot,
  type CableWorkspace,
} from './cable-solver';

/** Default number of nodes of Ranvier (MRGaxon.hoc `axonnodes`). */
export const DEFAULT_NODE_COUNT = 21; // McIntyre, Richardson & Grill 2002 (MRGaxon.hoc axonnodes)

/** Duration (ms) and step (ms) of the unstimulated settling run that defines the resting state. */
const SETTLE_DURATION_MS = 50;
const SETTLE_DT_MS = 0.05;

/** A ready-to-simulate MRG fibre. Mutable solver state inside: one simulation at a time per fibre. */
export interface MrgFibre {
  readonly geometry: MrgGeometry;
  readonly layout: MrgLayout;
  readonly electrical: MrgElectrical;
  readonly workspace: CableWorkspace;
  /** Resting state reached without stimulus; every simulation starts from it. */
  readonly rest: CableSnapshot;
}

/** Options of `createMrgFibre`. */
export interface MrgFibreOptions {
  /** Number of nodes of Ranvier (≥ 2; default 21). */
  nodeCount?: number;
  /** Geometry for diameters between table rows (default `'table'`). */
  geometryMethod?: MrgGeometryMethod;
  /** PyFibers/ASCENT-style passive, isolated end nodes (default false, as in MRGaxon.hoc). */
  passiveEndNodes?: boolean;
}

/**
 * Builds an MRG fibre of the given diameter: a straight double cable starting and ending with a node,
 * node 0 at axial position 0, sealed ends, all nodes active. Settles it to rest (≈ −80 mV).
 *
 * @example
 * const fibre = createMrgFibre(um(10), { nodeCount: 21 });
 * fibre.layout.compartmentCount; // 221
 */
export function createMrgFibre(fibreDiameterUm: Micrometres, options: MrgFibreOptions = {}): MrgFibre {
  const geometry = mrgGeometry(fibreDiameterUm, options.geometryMethod ?? 'table');
  const layout = mrgLayout(geometry, options.nodeCount ?? DEFAULT_NODE_COUNT);
  const electrical = mrgElectrical(geometry, layout, { passiveEndNodes: options.passiveEndNodes ?? false });
  const workspace = createCableWorkspace(layout, electrical);
  settleToRestInto(workspace, new Float64Array(layout.compartmentCount), SETTLE_DURATION_MS, SETTLE_DT_MS);
  return { geometry, layout, electrical, workspace, rest: snapshot(workspace) };
}

/**
 * Positions of the compartment centres along the fibre axis in mm (node 0 at 0), so a caller can
 * sample an extracellular field there. Returns the fibre's own array: do not modify it.
 *
 * @example
 * const x = compartmentPositionsMm(fibre); // x[fibre.layout.nodeCompartment[3]] === 3 × Δx
 */
export function compartmentPositionsMm(fibre: MrgFibre): Float64Array {
  return fibre.layout.positionMm;
}

/**
 * Axial positions of the nodes of Ranvier in mm (allocates a new array).
 *
 * @example
 * nodePositionsMm(createMrgFibre(um(10)))[1]; // 1.15
 */
export function nodePositionsMm(fibre: MrgFibre): Float64Array {
  const out = new Float64Array(fibre.layout.nodeCount);
  for (let j = 0; j < out.length; j += 1) out[j] = fibre.layout.positionMm[fibre.layout.nodeCompartment[j]!]!;
  return out;
}
