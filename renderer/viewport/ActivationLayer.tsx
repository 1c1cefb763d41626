import { useEffect, useMemo } from 'react';
import { DoubleSide, MeshBasicMaterial } from 'three';
import { LineMaterial } from 'three/examples/jsm/lines/LineMaterial.js';
import { useAppStore } from '../store/context';
import { fieldSurfaceLayer, recruitedFibresLayer } from './live-layers';
import { useLiveStore } from './use-live-store';

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
  const built = useMemo(() => activation && fieldSurfaceLayer(activation, material), [activation, material]);
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
  const built = useMemo(
    () =>
      // Thresholds belong to one population: until both replies agree, draw nothing rather than mislabel fibres.
      fibres && activation && activation.fibresVersion === fibres.version
        ? recruitedFibresLayer(fibres, activation, material)
        : undefined,
    [fibres, activation, material],
  );
  useEffect(() => () => built?.geometry.dispose(), [built]);
  useLiveStore(built?.apply);
  return built ? <primitive object={built.line} /> : null;
}
