import type { Dermatome, Side } from '../anatomy/dermatomes';

/** Dorsal-column (ascending, straight along the cord) or dorsal-root (curved, entering the cord) fibre. */
export type FibreKind = 'dorsalColumn' | 'dorsalRoot';

/**
 * A sampled fibre population, stored as parallel arrays so kernels can walk it without allocation.
 * Every fibre has the same number of nodes of Ranvier (`nodesPerFibre`); node coordinates are in the spine frame
 * (anatomy/spine-frame.ts), row-major: fibre f's node n is at index f·nodesPerFibre + n.
 */
export interface FibrePopulation {
  readonly count: number;
  readonly nodesPerFibre: number;
  readonly kind: readonly FibreKind[];
  readonly side: readonly Side[];
  readonly dermatome: readonly Dermatome[];
  readonly diameterUm: Float64Array;
  /** How many real fibres of the patient this sampled fibre stands for. */
  readonly weight: Float64Array;
  readonly nodeAxialMm: Float64Array;
  readonly nodeLateralMm: Float64Array;
  readonly nodeDorsalMm: Float64Array;
  /**
   * 1 where a fibre's excitation may begin, 0 where the node belongs to another fibre kind's territory (a DR fibre's
   * ascending branch in the dorsal column, whose axons the dorsal-column fibres stand for). Per node, like the
   * coordinates.
   */
  readonly nodeExcitable: Uint8Array;
}

/** Collects fibres one by one, then packs them into a FibrePopulation. */
export class PopulationBuilder {
  private readonly kinds: FibreKind[] = [];
  private readonly sides: Side[] = [];
  private readonly dermatomes: Dermatome[] = [];
  private readonly diameters: number[] = [];
  private readonly weights: number[] = [];
  private readonly axial: number[] = [];
  private readonly lateral: number[] = [];
  private readonly dorsal: number[] = [];
  private readonly excitable: number[] = [];

  constructor(readonly nodesPerFibre: number) {}

  /** Adds a fibre; `nodes` yields exactly `nodesPerFibre` points; `excitable` (default all) marks where it may fire. */
  add(
    kind: FibreKind,
    side: Side,
    dermatome: Dermatome,
    diameterUm: number,
    weight: number,
    nodes: readonly (readonly [number, number, number])[],
    excitable?: readonly boolean[],
  ): void {
    if (nodes.length !== this.nodesPerFibre)
      throw new Error(`a fibre needs ${this.nodesPerFibre} nodes, got ${nodes.length}`);
    this.kinds.push(kind);
    this.sides.push(side);
    this.dermatomes.push(dermatome);
    this.diameters.push(diameterUm);
    this.weights.push(weight);
    nodes.forEach(([a, l, d], i) => {
      this.axial.push(a);
      this.lateral.push(l);
      this.dorsal.push(d);
      this.excitable.push(excitable === undefined || excitable[i] ? 1 : 0);
    });
  }

  build(): FibrePopulation {
    return {
      count: this.kinds.length,
      nodesPerFibre: this.nodesPerFibre,
      kind: this.kinds,
      side: this.sides,
      dermatome: this.dermatomes,
      diameterUm: Float64Array.from(this.diameters),
      weight: Float64Array.from(this.weights),
      nodeAxialMm: Float64Array.from(this.axial),
      nodeLateralMm: Float64Array.from(this.lateral),
      nodeDorsalMm: Float64Array.from(this.dorsal),
      nodeExcitable: Uint8Array.from(this.excitable),
    };
  }
}
