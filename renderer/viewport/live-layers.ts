import { BufferAttribute, BufferGeometry, DynamicDrawUsage, Points, type Material } from 'three';
import type { LineMaterial } from 'three/examples/jsm/lines/LineMaterial.js';
import { LineSegments2 } from 'three/examples/jsm/lines/LineSegments2.js';
import { LineSegmentsGeometry } from 'three/examples/jsm/lines/LineSegmentsGeometry.js';
import type { ActivationView, FibreGeometry } from '../physiology/protocol';
import type { AppState } from '../store/app-store';
import { changeGate } from './change-gate';
import { fibreSegmentsFor, fieldSurfaceBuffers, recruitedCount } from './activation-geometry';
import { fieldReference, heatColoursInto } from './field-colours';
import { deviceMaximumMa, liveAmplitudeMa } from './live-amplitude';
import { sectionPointsFor } from './section-fibres';
import type { LiveApply } from './use-live-store';

/**
 * The three live layers of the 3D view, built once per worker reply, each with an `apply` that follows the store in
 * place and reports whether it changed anything drawn (so the canvas redraws only then). No React here: the
 * components own the materials and mount what these build.
 */

/** Opacity of the layer while the worker recomputes after a placement or program change: the picture is stale. */
export const STALE_OPACITY = 0.3;

const isStale = (state: AppState) => state.physiology.status === 'computing';

/** The activating-function heat map on the cord surface: colours follow the amplitude and the scale's reference. */
export function fieldSurfaceLayer(activation: ActivationView, material: Material) {
  const buffers = fieldSurfaceBuffers(activation.surface);
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(buffers.positions, 3));
  geometry.setIndex(new BufferAttribute(buffers.index, 1));
  const colours = new BufferAttribute(new Float32Array(buffers.vertexCount * 4), 4).setUsage(DynamicDrawUsage);
  geometry.setAttribute('color', colours);
  geometry.computeBoundingSphere();
  const changed = changeGate();
  const apply: LiveApply = (state) => {
    const amplitude = liveAmplitudeMa(state) ?? 0;
    const reference = fieldReference(
      activation.surface.peakPerMa,
      activation.perceptionThresholdMa,
      deviceMaximumMa(state),
    );
    const stale = isStale(state);
    if (!changed(`${amplitude} ${reference?.referencePerMa} ${stale}`)) return false;
    heatColoursInto(
      colours.array as Float32Array,
      activation.surface.activatingPerMa,
      amplitude,
      reference?.referencePerMa ?? 0,
      buffers.vertexCount,
    );
    colours.needsUpdate = true;
    material.opacity = stale ? STALE_OPACITY : 1;
    return true;
  };
  return { geometry, apply };
}

/** The recruited fibres as line segments in threshold order: following the amplitude is setting a draw count. */
export function recruitedFibresLayer(fibres: FibreGeometry, activation: ActivationView, material: LineMaterial) {
  const segments = fibreSegmentsFor(fibres, activation.thresholdsMa);
  const geometry = new LineSegmentsGeometry();
  geometry.setPositions(segments.positions);
  geometry.setColors(segments.colours);
  const line = new LineSegments2(geometry, material);
  // Under the field (the fibres run out of its hot spot) and the leads (drawn see-through while this layer shows).
  line.renderOrder = 6;
  line.raycast = () => undefined;
  const changed = changeGate();
  const apply: LiveApply = (state) => {
    const count = recruitedCount(segments.sortedThresholdsMa, liveAmplitudeMa(state));
    const stale = isStale(state);
    if (!changed(`${count} ${stale}`)) return false;
    geometry.instanceCount = count * segments.segmentsPerFibre;
    line.visible = count > 0;
    material.opacity = stale ? STALE_OPACITY : 1;
    return true;
  };
  return { geometry, line, apply };
}

/** The fibres crossing the axial cut: all of them faint, the firing ones (a prefix in threshold order) on top. */
export function sectionFibresLayer(
  fibres: FibreGeometry,
  activation: ActivationView,
  axialMm: number,
  materials: { readonly all: Material; readonly firing: Material },
) {
  const section = sectionPointsFor(fibres, activation.thresholdsMa, axialMm);
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(section.positions, 3));
  geometry.setAttribute('color', new BufferAttribute(section.colours, 3));
  const all = new Points(geometry, materials.all);
  const firingGeometry = geometry.clone();
  const firing = new Points(firingGeometry, materials.firing);
  // Over the section’s flat fills (render order 30–36, AxialSection.tsx), drawn in the same plane.
  all.renderOrder = 37;
  firing.renderOrder = 38;
  all.raycast = () => undefined;
  firing.raycast = () => undefined;
  const changed = changeGate();
  const apply: LiveApply = (state) => {
    const count = recruitedCount(section.sortedThresholdsMa, liveAmplitudeMa(state));
    if (!changed(String(count))) return false;
    firingGeometry.setDrawRange(0, count);
    return true;
  };
  return { geometry, firingGeometry, all, firing, apply };
}
