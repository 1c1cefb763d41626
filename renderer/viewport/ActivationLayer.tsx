import { useEffect, useMemo } from 'react';
import { BufferAttribute, BufferGeometry, DoubleSide, DynamicDrawUsage, MeshBasicMaterial } from 'three';
import { LineMaterial } from 'three/examples/jsm/lines/LineMaterial.js';
import { LineSegments2 } from 'three/examples/jsm/lines/LineSegments2.js';
import { LineSegmentsGeometry } from 'three/examples/jsm/lines/LineSegmentsGeometry.js';
import type { AppState } from '../store/app-store';
import { useAppStore } from '../store/context';
import { fibreSegmentsFor, fieldSurfaceBuffers, recruitedCount } from './activation-geometry';
import { fieldReference, heatColoursInto } from './field-colours';
import { deviceMaximumMa, liveAmplitudeMa } from './live-amplitude';
import { useLiveStore } from './use-live-store';

/** Opacity of the layer while the worker recomputes after a placement or program change: the picture is stale. */
const STALE_OPACITY = 0.3;
/** Recruited fibres' line width (px): one-pixel lines vanish on a projector. */
const FIBRE_LINE_PX = 2.5;

/**
 * The activating function on the dorsal cord surface as a heat map (scale: field-colours.ts), drawn over the bone
 * like the leads. The mesh is built once per worker reply; colours follow the amplitude in place.
 */
export function FieldSurface() {
  const activation = useAppStore((s) => s.activation);
  const material = useMemo(
    () =>
      new MeshBasicMaterial({
        vertexColors: true,
        transparent: true,
        depthTest: false,
        depthWrite: false,
        side: DoubleSide,
        toneMapped: false,
      }),
    [],
  );
  useEffect(() => () => material.dispose(), [material]);
  const built = useMemo(() => {
    if (!activation) return undefined;
    const buffers = fieldSurfaceBuffers(activation.surface);
    const geometry = new BufferGeometry();
    geometry.setAttribute('position', new BufferAttribute(buffers.positions, 3));
    geometry.setIndex(new BufferAttribute(buffers.index, 1));
    const colours = new BufferAttribute(new Float32Array(buffers.vertexCount * 4), 4).setUsage(DynamicDrawUsage);
    geometry.setAttribute('color', colours);
    geometry.computeBoundingSphere();
    let last = '';
    const apply = (state: AppState) => {
      const amplitude = liveAmplitudeMa(state) ?? 0;
      const reference = fieldReference(
        activation.surface.peakPerMa,
        activation.perceptionThresholdMa,
        deviceMaximumMa(state),
      );
      const stale = state.physiology.status === 'computing';
      const key = `${amplitude} ${reference?.referencePerMa} ${stale}`;
      if (key === last) return;
      last = key;
      heatColoursInto(
        colours.array as Float32Array,
        activation.surface.activatingPerMa,
        amplitude,
        reference?.referencePerMa ?? 0,
        buffers.vertexCount,
      );
      colours.needsUpdate = true;
      material.opacity = stale ? STALE_OPACITY : 1;
    };
    return { geometry, apply };
  }, [activation, material]);
  useEffect(() => () => built?.geometry.dispose(), [built]);
  useLiveStore(built?.apply);
  return built ? (
    <mesh geometry={built.geometry} material={material} renderOrder={7} raycast={() => undefined} />
  ) : null;
}

/**
 * The fibres that fire at the current amplitude, coloured by dermatome, drawn over the field. The segments are
 * sorted by threshold once per worker reply, so following the amplitude is setting how many are drawn.
 */
export function RecruitedFibres() {
  const fibres = useAppStore((s) => s.fibres);
  const activation = useAppStore((s) => s.activation);
  const material = useMemo(
    () =>
      new LineMaterial({
        vertexColors: true,
        linewidth: FIBRE_LINE_PX,
        transparent: true,
        depthTest: false,
        depthWrite: false,
        toneMapped: false,
      }),
    [],
  );
  useEffect(() => () => material.dispose(), [material]);
  const built = useMemo(() => {
    // Thresholds belong to one population: until both replies agree, draw nothing rather than mislabel fibres.
    if (!fibres || !activation || activation.fibresVersion !== fibres.version) return undefined;
    const segments = fibreSegmentsFor(fibres, activation.thresholdsMa);
    const geometry = new LineSegmentsGeometry();
    geometry.setPositions(segments.positions);
    geometry.setColors(segments.colours);
    const line = new LineSegments2(geometry, material);
    // Under the field (the fibres run out of its hot spot) and the leads (drawn see-through while this layer shows).
    line.renderOrder = 6;
    line.raycast = () => undefined;
    let last = '';
    const apply = (state: AppState) => {
      const count = recruitedCount(segments.sortedThresholdsMa, liveAmplitudeMa(state));
      const stale = state.physiology.status === 'computing';
      const key = `${count} ${stale}`;
      if (key === last) return;
      last = key;
      geometry.instanceCount = count * segments.segmentsPerFibre;
      line.visible = count > 0;
      material.opacity = stale ? STALE_OPACITY : 1;
    };
    return { geometry, line, apply };
  }, [fibres, activation, material]);
  useEffect(() => () => built?.geometry.dispose(), [built]);
  useLiveStore(built?.apply);
  return built ? <primitive object={built.line} /> : null;
}
