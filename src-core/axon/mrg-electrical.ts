/**
 * Lumped electrical parameters of the MRG double cable, per compartment, from the geometry.
 *
 * Units inside the solver: mV, ms, nF, µS, nA (nF·mV/ms = µS·mV = nA).
 * Layer 1 (axoplasm, Vi) and layer 2 (periaxonal space under the myelin, Vp) are coupled through the
 * axolemma (Vm = Vi − Vp); layer 2 is coupled to the extracellular potential Ve through the myelin
 * (xg, xc). At the nodes the periaxonal layer is shorted to Ve (MRGaxon.hoc: xg = 1e10, xc = 0).
 * This reproduces NEURON's `extracellular` mechanism with one segment per section: adjacent
 * compartment centres are joined by half of each compartment's axial resistance.
 */
import { CompartmentKind, COMPARTMENTS_PER_PERIOD, type MrgGeometry, type MrgLayout } from './mrg-geometry';
import { NODE_CM_UF_PER_CM2 } from './mrg-channels';

const RHO_AXOPLASM_OHM_UM = 0.7e6; // McIntyre, Richardson & Grill 2002 (MRGaxon.hoc rhoa = 70 Ω·cm)
const MYELIN_CM_UF_PER_CM2 = 0.1; // McIntyre, Richardson & Grill 2002 (mycm, per lamella membrane)
const MYELIN_GM_S_PER_CM2 = 0.001; // McIntyre, Richardson & Grill 2002 (mygm, per lamella membrane)
const INTERNODE_CM_UF_PER_CM2 = 2.0; // McIntyre, Richardson & Grill 2002 (MYSA/FLUT/STIN axolemma cm)
const MYSA_G_PAS_S_PER_CM2 = 0.001; // McIntyre, Richardson & Grill 2002 (MYSA g_pas)
const FLUT_G_PAS_S_PER_CM2 = 0.0001; // McIntyre, Richardson & Grill 2002 (FLUT g_pas)
const STIN_G_PAS_S_PER_CM2 = 0.0001; // McIntyre, Richardson & Grill 2002 (STIN g_pas)
/** Reversal potential of the internodal axolemma leak. */
export const E_PAS_MV = -80; // McIntyre, Richardson & Grill 2002 (MRGaxon.hoc e_pas)
const SPACE_NODE_MYSA_UM = 0.002; // McIntyre, Richardson & Grill 2002 (space_p1, periaxonal width)
const SPACE_FLUT_UM = 0.004; // McIntyre, Richardson & Grill 2002 (space_p2)
const SPACE_STIN_UM = 0.004; // McIntyre, Richardson & Grill 2002 (space_i)

const UM2_TO_CM2 = 1e-8;
// Passive end nodes as in PyFibers/ASCENT (`_make_passive`, Musselman et al. 2021): not part of MRG 2002.
const PASSIVE_NODE_G_S_PER_CM2 = 0.0001; // Musselman et al. 2021 (PyFibers passive end node g_pas)
const PASSIVE_NODE_CM_UF_PER_CM2 = 1; // Musselman et al. 2021 (PyFibers passive end node cm)
const PASSIVE_NODE_RHO_OHM_UM = 1e10 * 1e4; // Musselman et al. 2021 (PyFibers passive end node Ra = 1e10 Ω·cm)

/** Per-compartment lumped parameters (length n) and links between neighbours (length n − 1). */
export interface MrgElectrical {
  /** Axolemma capacitance, nF. */
  readonly membraneCapacitanceNf: Float64Array;
  /** Passive axolemma conductance, µS (0 at nodes: their currents come from the channels). */
  readonly membraneConductanceUs: Float64Array;
  /** Axolemma area, cm² (used to scale nodal channel densities). */
  readonly membraneAreaCm2: Float64Array;
  /** Myelin capacitance between Vp and Ve, nF (0 at nodes). */
  readonly myelinCapacitanceNf: Float64Array;
  /** Myelin conductance between Vp and Ve, µS (0 at nodes, where Vp is tied to Ve). */
  readonly myelinConductanceUs: Float64Array;
  /** Axoplasmic conductance between compartment k and k + 1, µS. */
  readonly axialConductanceUs: Float64Array;
  /** Periaxonal conductance between compartment k and k + 1, µS. */
  readonly periaxonalConductanceUs: Float64Array;
  /** 1 for a node with MRG channels, 0 for a passive end node (leak to −80 mV only). */
  readonly nodeIsActive: Uint8Array;
}

/** Options of `mrgElectrical`. */
export interface MrgElectricalOptions {
  /**
   * Make the first and last node passive and electrically isolated (PyFibers/ASCENT default:
   * g_pas 0.0001 S/cm², cm 1 µF/cm², Ra 1e10 Ω·cm). Off by default, as in MRGaxon.hoc.
   */
  passiveEndNodes?: boolean;
}

/** Axoplasmic resistance of a compartment (MΩ). */
function axialResistanceMohm(lengthUm: number, diameterUm: number, rhoOhmUm: number): number {
  return (rhoOhmUm * lengthUm) / ((Math.PI * diameterUm * diameterUm) / 4) / 1e6;
}

/** Periaxonal resistance of a compartment (MΩ): MRG's Rpn0/Rpn1/Rpn2/Rpx (MΩ/cm) × length. */
function periaxonalResistanceMohm(lengthUm: number, diameterUm: number, spaceUm: number): number {
  const r = diameterUm / 2;
  const xraxialMohmPerCm = (RHO_AXOPLASM_OHM_UM * 0.01) / (Math.PI * ((r + spaceUm) ** 2 - r * r));
  return xraxialMohmPerCm * lengthUm * 1e-4;
}

/**
 * Builds the lumped double-cable parameters of an MRG fibre.
 *
 * @example
 * const g = mrgGeometry(um(10));
 * const e = mrgElectrical(g, mrgLayout(g, 21));
 * e.membraneCapacitanceNf[0]; // node: 2 µF/cm² × π·3.3 µm·1 µm ≈ 2.07e-4 nF
 */
export function mrgElectrical(
  geometry: MrgGeometry,
  layout: MrgLayout,
  options: MrgElectricalOptions = {},
): MrgElectrical {
  const n = layout.compartmentCount;
  const nodeIsActive = new Uint8Array(layout.nodeCount).fill(1);
  if (options.passiveEndNodes === true) {
    nodeIsActive[0] = 0;
    nodeIsActive[layout.nodeCount - 1] = 0;
  }
  const membraneCapacitanceNf = new Float64Array(n);
  const membraneConductanceUs = new Float64Array(n);
  const membraneAreaCm2 = new Float64Array(n);
  const myelinCapacitanceNf = new Float64Array(n);
  const myelinConductanceUs = new Float64Array(n);
  const axialConductanceUs = new Float64Array(Math.max(n - 1, 0));
  const periaxonalConductanceUs = new Float64Array(Math.max(n - 1, 0));
  const riMohm = new Float64Array(n);
  const rpMohm = new Float64Array(n);
  // Myelin: nl lamellae, two membranes each, in series (MRGaxon.hoc xc = mycm/(2nl), xg = mygm/(2nl)),
  // per unit area of the fibre's outer surface (section diam = fibre diameter).
  const xcUfPerCm2 = MYELIN_CM_UF_PER_CM2 / (2 * geometry.lamellae);
  const xgSPerCm2 = MYELIN_GM_S_PER_CM2 / (2 * geometry.lamellae);
  for (let k = 0; k < n; k += 1) {
    const L = layout.lengthUm[k]!;
    const d = layout.axonDiameterUm[k]!;
    const kind = layout.kind[k]!;
    const area = Math.PI * d * L * UM2_TO_CM2;
    const outerArea = Math.PI * geometry.fibreDiameterUm * L * UM2_TO_CM2;
    membraneAreaCm2[k] = area;
    riMohm[k] = axialResistanceMohm(L, d, RHO_AXOPLASM_OHM_UM);
    if (kind === CompartmentKind.Node) {
      rpMohm[k] = periaxonalResistanceMohm(L, d, SPACE_NODE_MYSA_UM);
      if (nodeIsActive[Math.round(k / COMPARTMENTS_PER_PERIOD)] === 1) {
        membraneCapacitanceNf[k] = NODE_CM_UF_PER_CM2 * area * 1e3;
      } else {
        membraneCapacitanceNf[k] = PASSIVE_NODE_CM_UF_PER_CM2 * area * 1e3;
        membraneConductanceUs[k] = PASSIVE_NODE_G_S_PER_CM2 * area * 1e6;
        riMohm[k] = axialResistanceMohm(L, d, PASSIVE_NODE_RHO_OHM_UM);
      }
      continue;
    }
    const gPas =
      kind === CompartmentKind.Mysa
        ? MYSA_G_PAS_S_PER_CM2
        : kind === CompartmentKind.Flut
          ? FLUT_G_PAS_S_PER_CM2
          : STIN_G_PAS_S_PER_CM2;
    const space =
      kind === CompartmentKind.Mysa
        ? SPACE_NODE_MYSA_UM
        : kind === CompartmentKind.Flut
          ? SPACE_FLUT_UM
          : SPACE_STIN_UM;
    membraneCapacitanceNf[k] = INTERNODE_CM_UF_PER_CM2 * area * 1e3;
    membraneConductanceUs[k] = gPas * area * 1e6;
    myelinCapacitanceNf[k] = xcUfPerCm2 * outerArea * 1e3;
    myelinConductanceUs[k] = xgSPerCm2 * outerArea * 1e6;
    rpMohm[k] = periaxonalResistanceMohm(L, d, space);
  }
  for (let k = 0; k + 1 < n; k += 1) {
    axialConductanceUs[k] = 1 / (riMohm[k]! / 2 + riMohm[k + 1]! / 2);
    periaxonalConductanceUs[k] = 1 / (rpMohm[k]! / 2 + rpMohm[k + 1]! / 2);
  }
  return {
    membraneCapacitanceNf,
    membraneConductanceUs,
    membraneAreaCm2,
    myelinCapacitanceNf,
    myelinConductanceUs,
    axialConductanceUs,
    periaxonalConductanceUs,
    nodeIsActive,
  };
}
