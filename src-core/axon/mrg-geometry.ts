/**
 * MRG myelinated-fibre geometry (McIntyre, Richardson & Grill 2002, J Neurophysiol 87:995).
 *
 * One period of the fibre is: node (1 µm) · MYSA (3 µm) · FLUT · 6 × STIN · FLUT · MYSA, so node i sits
 * at i × internode length. Geometry per fibre diameter comes from the MRG 2002 table (as tabulated in
 * MRGaxon.hoc and ASCENT `fiber_z.json`, MRG_DISCRETE); other diameters are interpolated.
 */
import type { Micrometres } from '../units';

/** Geometry of one MRG fibre diameter. All lengths and diameters in µm. */
export interface MrgGeometry {
  readonly fibreDiameterUm: number;
  /** Axon diameter in the STIN (= paraD2, FLUT diameter). */
  readonly axonDiameterUm: number;
  /** Node diameter (= paraD1, MYSA diameter). */
  readonly nodeDiameterUm: number;
  readonly mysaDiameterUm: number;
  readonly flutDiameterUm: number;
  /** Node-to-node distance Δx. */
  readonly internodeLengthUm: number;
  readonly nodeLengthUm: number;
  readonly mysaLengthUm: number;
  /** FLUT length (MRG `paralength2`). */
  readonly flutLengthUm: number;
  /** STIN length = (Δx − node − 2·MYSA − 2·FLUT) / 6. */
  readonly stinLengthUm: number;
  /** Number of myelin lamellae (MRG `nl`). Not necessarily an integer when interpolated. */
  readonly lamellae: number;
}

/** How a diameter between table rows is turned into a geometry. */
export type MrgGeometryMethod = 'table' | 'ascent-fit';

const NODE_LENGTH_UM = 1.0; // McIntyre, Richardson & Grill 2002 (MRGaxon.hoc nodelength)
const MYSA_LENGTH_UM = 3.0; // McIntyre, Richardson & Grill 2002 (MRGaxon.hoc paralength1)
/** Number of STIN compartments per internode. */
export const STIN_PER_INTERNODE = 6; // McIntyre, Richardson & Grill 2002 (MRGaxon.hoc axoninter = 6·(nodes−1))

/** Rows of the MRG 2002 table: [fibreD, axonD (= paraD2), nodeD (= paraD1), Δx, paralength2, nl]. */
const MRG_TABLE: readonly (readonly [number, number, number, number, number, number])[] = [
  [5.7, 3.4, 1.9, 500, 35, 80], // McIntyre, Richardson & Grill 2002 (MRGaxon.hoc; ASCENT fiber_z.json)
  [7.3, 4.6, 2.4, 750, 38, 100], // McIntyre, Richardson & Grill 2002
  [8.7, 5.8, 2.8, 1000, 40, 110], // McIntyre, Richardson & Grill 2002
  [10.0, 6.9, 3.3, 1150, 46, 120], // McIntyre, Richardson & Grill 2002
  [11.5, 8.1, 3.7, 1250, 50, 130], // McIntyre, Richardson & Grill 2002
  [12.8, 9.2, 4.2, 1350, 54, 135], // McIntyre, Richardson & Grill 2002
  [14.0, 10.4, 4.7, 1400, 56, 140], // McIntyre, Richardson & Grill 2002
  [15.0, 11.5, 5.0, 1450, 58, 145], // McIntyre, Richardson & Grill 2002
  [16.0, 12.7, 5.5, 1500, 60, 150], // McIntyre, Richardson & Grill 2002
];

/** Smallest and largest fibre diameter (µm) accepted by the `'table'` method. */
export const MRG_TABLE_RANGE_UM = { min: 5.7, max: 16.0 } as const;
/** Range (µm) accepted by the `'ascent-fit'` method (ASCENT uses its fits for 2–16 µm). */
export const MRG_FIT_RANGE_UM = { min: 2.0, max: 16.0 } as const;

function assemble(
  fibreDiameterUm: number,
  axonDiameterUm: number,
  nodeDiameterUm: number,
  internodeLengthUm: number,
  flutLengthUm: number,
  lamellae: number,
): MrgGeometry {
  const stinLengthUm =
    (internodeLengthUm - NODE_LENGTH_UM - 2 * MYSA_LENGTH_UM - 2 * flutLengthUm) / STIN_PER_INTERNODE;
  return {
    fibreDiameterUm,
    axonDiameterUm,
    nodeDiameterUm,
    mysaDiameterUm: nodeDiameterUm,
    flutDiameterUm: axonDiameterUm,
    internodeLengthUm,
    nodeLengthUm: NODE_LENGTH_UM,
    mysaLengthUm: MYSA_LENGTH_UM,
    flutLengthUm,
    stinLengthUm,
    lamellae,
  };
}

function fromTable(d: number): MrgGeometry {
  const last = MRG_TABLE.length - 1;
  let i = 0;
  while (i < last - 1 && d > MRG_TABLE[i + 1]![0]) i += 1;
  const lo = MRG_TABLE[i]!;
  const hi = MRG_TABLE[i + 1]!;
  // Piecewise-linear between neighbouring rows: exact on a row, continuous and monotone in between.
  const t = (d - lo[0]) / (hi[0] - lo[0]);
  const lerp = (j: number): number => lo[j]! + t * (hi[j]! - lo[j]!);
  return assemble(d, lerp(1), lerp(2), lerp(3), lerp(4), lerp(5));
}

function fromAscentFit(d: number): MrgGeometry {
  // ASCENT MRG_INTERPOLATION (CreateAxon_Myel.hoc, geometry_determination_method 1), Musselman et al. 2021.
  const lamellae = -0.4749 * d * d + 16.85 * d - 0.7648; // ASCENT fit to McIntyre et al. 2002
  const nodeDiameterUm = 0.01093 * d * d + 0.1008 * d + 1.099; // ASCENT fit to McIntyre et al. 2002
  const axonDiameterUm = 0.02361 * d * d + 0.3673 * d + 0.7122; // ASCENT fit to McIntyre et al. 2002
  const flutLengthUm = -0.1652 * d * d + 6.354 * d - 0.2862; // ASCENT fit to McIntyre et al. 2002
  const internodeLengthUm = d >= 5.643 ? -8.215 * d * d + 272.4 * d - 780.2 : 81.08 * d + 37.84; // ASCENT fit to McIntyre et al. 2002
  return assemble(d, axonDiameterUm, nodeDiameterUm, internodeLengthUm, flutLengthUm, lamellae);
}

/**
 * MRG geometry for a fibre diameter.
 *
 * `'table'` (default) returns the MRG 2002 row exactly for a tabulated diameter and interpolates
 * linearly between neighbouring rows otherwise (5.7–16 µm). `'ascent-fit'` uses ASCENT's quadratic fits
 * (2–16 µm); they do not pass exactly through the table rows.
 *
 * @throws RangeError outside the method's diameter range.
 * @example
 * const g = mrgGeometry(um(10));
 * g.internodeLengthUm; // 1150
 * g.stinLengthUm;      // (1150 − 1 − 6 − 92) / 6 = 175.1666…
 */
export function mrgGeometry(fibreDiameterUm: Micrometres, method: MrgGeometryMethod = 'table'): MrgGeometry {
  const d = fibreDiameterUm as number;
  const range = method === 'table' ? MRG_TABLE_RANGE_UM : MRG_FIT_RANGE_UM;
  if (!(d >= range.min - 1e-9 && d <= range.max + 1e-9)) {
    throw new RangeError(
      `MRG fibre diameter ${d} µm is outside ${range.min}–${range.max} µm for the '${method}' geometry`,
    );
  }
  return method === 'table' ? fromTable(Math.min(Math.max(d, range.min), range.max)) : fromAscentFit(d);
}

/** Compartment kinds of the MRG cable, in the order they repeat along one internode. */
export const CompartmentKind = { Node: 0, Mysa: 1, Flut: 2, Stin: 3 } as const;
/** One of the `CompartmentKind` codes. */
export type CompartmentKind = (typeof CompartmentKind)[keyof typeof CompartmentKind];

/** Compartments per internode period (node + 2 MYSA + 2 FLUT + 6 STIN). */
export const COMPARTMENTS_PER_PERIOD = 1 + 2 + 2 + STIN_PER_INTERNODE;

/** Compartment layout of a fibre with `nodeCount` nodes. Typed arrays, one entry per compartment. */
export interface MrgLayout {
  readonly nodeCount: number;
  readonly compartmentCount: number;
  /** `CompartmentKind` of each compartment. */
  readonly kind: Uint8Array;
  readonly lengthUm: Float64Array;
  /** Axon (membrane) diameter of each compartment. */
  readonly axonDiameterUm: Float64Array;
  /** Centre of each compartment along the fibre axis; node 0 at 0. */
  readonly positionMm: Float64Array;
  /** Compartment index of each node of Ranvier. */
  readonly nodeCompartment: Int32Array;
}

/**
 * Lays out the compartments of an MRG fibre with `nodeCount` nodes (≥ 2), starting and ending with a
 * node (the MRGaxon.hoc topology: 21 nodes → 21 + 40 MYSA + 40 FLUT + 120 STIN = 221 compartments).
 *
 * @example
 * const layout = mrgLayout(mrgGeometry(um(10)), 21);
 * layout.compartmentCount;        // 221
 * layout.positionMm[layout.nodeCompartment[1]]; // 1.15
 */
export function mrgLayout(geometry: MrgGeometry, nodeCount: number): MrgLayout {
  if (!Number.isInteger(nodeCount) || nodeCount < 2) {
    throw new RangeError(`an MRG fibre needs an integer number of nodes ≥ 2, got ${nodeCount}`);
  }
  const n = (nodeCount - 1) * COMPARTMENTS_PER_PERIOD + 1;
  const kind = new Uint8Array(n);
  const lengthUm = new Float64Array(n);
  const axonDiameterUm = new Float64Array(n);
  const positionMm = new Float64Array(n);
  const nodeCompartment = new Int32Array(nodeCount);
  const g = geometry;
  const periodKinds: CompartmentKind[] = [CompartmentKind.Node, CompartmentKind.Mysa, CompartmentKind.Flut];
  for (let s = 0; s < STIN_PER_INTERNODE; s += 1) periodKinds.push(CompartmentKind.Stin);
  periodKinds.push(CompartmentKind.Flut, CompartmentKind.Mysa);
  const lengthOf = [g.nodeLengthUm, g.mysaLengthUm, g.flutLengthUm, g.stinLengthUm];
  const diameterOf = [g.nodeDiameterUm, g.mysaDiameterUm, g.flutDiameterUm, g.axonDiameterUm];
  // Left edge of node 0 at −L_node/2 so that the centre of node 0 is at 0.
  let edgeUm = -g.nodeLengthUm / 2;
  for (let k = 0; k < n; k += 1) {
    const kk = periodKinds[k % COMPARTMENTS_PER_PERIOD]!;
    kind[k] = kk;
    lengthUm[k] = lengthOf[kk]!;
    axonDiameterUm[k] = diameterOf[kk]!;
    positionMm[k] = (edgeUm + lengthUm[k]! / 2) / 1000;
    edgeUm += lengthUm[k]!;
    if (kk === CompartmentKind.Node) nodeCompartment[k / COMPARTMENTS_PER_PERIOD] = k;
  }
  return { nodeCount, compartmentCount: n, kind, lengthUm, axonDiameterUm, positionMm, nodeCompartment };
}
