/**
 * The planar layered volume conductor under the electrodes. Layers are horizontal slabs of the spine
 * frame (anatomy/spine-frame.ts), listed dorsal → ventral along `dorsalMm` (z); each is homogeneous with
 * a diagonal conductivity tensor in the frame's axes (lateral x, axial y, dorso-ventral z).
 * The first layer extends to z = +∞ (percutaneous leads: epidural fat half-space above the lead) unless an
 * insulating plane caps it (paddles: the insulating paddle body above its contact face → zero normal
 * current). The last layer extends to z = −∞.
 */
import { DURA_THICKNESS_MM } from '../anatomy/canal';
import type { Millimetres } from '../units';
import type { TissueConductivities } from './conductivities';
import { conductivitiesWith, WHITE_MATTER_THICKNESS_MM } from './conductivities';

/** Diagonal conductivity tensor in the spine frame's axes (S/m). */
export interface ConductivityTensor {
  readonly lateralSPerM: number;
  readonly axialSPerM: number;
  readonly dorsoVentralSPerM: number;
}

/** One homogeneous slab. `topMm` > `bottomMm` (dorsalMm of its faces); ±Infinity for half-spaces. */
export interface Layer {
  readonly tissue: string;
  readonly topMm: number;
  readonly bottomMm: number;
  readonly conductivity: ConductivityTensor;
}

/** Layers dorsal → ventral, contiguous. `insulatingTopMm` = the first layer's top when it is a zero-flux plane. */
export interface LayerStack {
  readonly layers: readonly Layer[];
  readonly insulatingTopMm: number | null;
}

/** What the layer stack needs from the anatomy at the lead's level. */
export interface CanalLayersInput {
  /** Dorsal CSF thickness between dura and cord (mm). */
  readonly dcsfMm: Millimetres;
  /** Dorsal dura thickness (mm); default `DURA_THICKNESS_MM` (0.3 mm, anatomy/canal.ts). */
  readonly duraThicknessMm?: Millimetres;
  /** White matter above the grey matter (mm); default 3; `Infinity` = semi-infinite white matter. */
  readonly whiteMatterThicknessMm?: number;
}

export interface LayerStackOptions {
  readonly conductivities?: Partial<TissueConductivities>;
  /** Paddle leads: dorsalMm of the contact face (≥ 0). The paddle body above it is a zero-flux plane. */
  readonly insulatingPlaneMm?: number;
}

/** An isotropic tensor. @example isotropic(1.7).axialSPerM; // 1.7 */
export function isotropic(sigmaSPerM: number): ConductivityTensor {
  return { lateralSPerM: sigmaSPerM, axialSPerM: sigmaSPerM, dorsoVentralSPerM: sigmaSPerM };
}

/**
 * The default stack at one level: [epidural fat] / dura / CSF / white matter / grey matter half-space.
 * Fat lies above the dura (z > 0), to +∞ for a percutaneous lead or up to the paddle face; the dura spans
 * [−t_dura, 0], the CSF [−(t_dura + dCSF), −t_dura], white matter the next `whiteMatterThicknessMm`.
 *
 * @example
 * const stack = layerStackFor({ dcsfMm: mm(3.2) });
 * stack.layers.map((l) => l.tissue); // ['epiduralFat', 'dura', 'csf', 'whiteMatter', 'greyMatter']
 */
export function layerStackFor(anatomy: CanalLayersInput, options: LayerStackOptions = {}): LayerStack {
  const sigma = conductivitiesWith(options.conductivities);
  const dura = anatomy.duraThicknessMm ?? DURA_THICKNESS_MM;
  const wm = anatomy.whiteMatterThicknessMm ?? WHITE_MATTER_THICKNESS_MM;
  if (!(anatomy.dcsfMm > 0 && dura > 0 && wm > 0))
    throw new RangeError('layerStackFor: dCSF, dura and white-matter thicknesses must be > 0 mm');
  const plane = options.insulatingPlaneMm;
  if (plane !== undefined && !(plane >= 0 && Number.isFinite(plane)))
    throw new RangeError('layerStackFor: the paddle face must lie on or above the dura (≥ 0 mm)');
  const cordTop = -(dura + anatomy.dcsfMm);
  const wmBottom = wm === Infinity ? -Infinity : cordTop - wm;
  const whiteMatter: ConductivityTensor = {
    lateralSPerM: sigma.whiteMatterTransverse,
    axialSPerM: sigma.whiteMatterAxial,
    dorsoVentralSPerM: sigma.whiteMatterTransverse,
  };
  const layers: Layer[] = [];
  if (plane === undefined || plane > 0) {
    layers.push({
      tissue: 'epiduralFat',
      topMm: plane ?? Infinity,
      bottomMm: 0,
      conductivity: isotropic(sigma.epiduralFat),
    });
  }
  layers.push({ tissue: 'dura', topMm: 0, bottomMm: -dura, conductivity: isotropic(sigma.dura) });
  layers.push({ tissue: 'csf', topMm: -dura, bottomMm: cordTop, conductivity: isotropic(sigma.csf) });
  layers.push({ tissue: 'whiteMatter', topMm: cordTop, bottomMm: wmBottom, conductivity: whiteMatter });
  if (wmBottom > -Infinity)
    layers.push({
      tissue: 'greyMatter',
      topMm: wmBottom,
      bottomMm: -Infinity,
      conductivity: isotropic(sigma.greyMatter),
    });
  return { layers, insulatingTopMm: plane ?? null };
}

/**
 * Throws a RangeError naming the problem if the stack is not contiguous dorsal → ventral, unbounded
 * below, capped above by +∞ or the insulating plane, with positive finite conductivities.
 *
 * @example
 * assertValidStack(layerStackFor({ dcsfMm: mm(3) })); // passes silently
 */
export function assertValidStack(stack: LayerStack): void {
  const { layers } = stack;
  if (layers.length === 0) throw new RangeError('layer stack: no layers');
  const top = layers[0]!.topMm;
  if (stack.insulatingTopMm === null ? top !== Infinity : top !== stack.insulatingTopMm) {
    throw new RangeError('layer stack: the first layer must reach +∞ or stop at the insulating plane');
  }
  if (layers[layers.length - 1]!.bottomMm !== -Infinity)
    throw new RangeError('layer stack: the last layer must reach −∞');
  layers.forEach((layer, i) => {
    if (!(layer.topMm > layer.bottomMm))
      throw new RangeError(`layer stack: layer ${i} (${layer.tissue}) has no thickness`);
    if (i > 0 && layers[i - 1]!.bottomMm !== layer.topMm)
      throw new RangeError(`layer stack: gap or overlap above layer ${i} (${layer.tissue})`);
    const { lateralSPerM: sx, axialSPerM: sy, dorsoVentralSPerM: sz } = layer.conductivity;
    if (![sx, sy, sz].every((s) => Number.isFinite(s) && s > 0))
      throw new RangeError(`layer stack: layer ${i} (${layer.tissue}) needs conductivities > 0`);
  });
}

/**
 * Index of the layer containing depth `dorsalMm` (a point on an interface belongs to the layer below it;
 * points above the stack belong to the first layer).
 *
 * @example
 * layerIndexAt(layerStackFor({ dcsfMm: mm(3) }), -0.3); // 2 (the CSF: the dura's lower face belongs to it)
 */
export function layerIndexAt(stack: LayerStack, dorsalMm: number): number {
  const { layers } = stack;
  for (let i = 0; i < layers.length; i += 1) if (dorsalMm > layers[i]!.bottomMm) return i;
  return layers.length - 1;
}
