import { useEffect, useMemo } from 'react';
import { PointsMaterial } from 'three';
import { useAppStore } from '../store/context';
import { sectionFibresLayer } from './live-layers';
import { useLiveStore } from './use-live-store';

/** Points (px): every sampled fibre in the cut small and grey, the ones firing larger in their dermatome colour. */
const ALL_POINT_PX = 2.5;
const FIRING_POINT_PX = 5;

/**
 * The sampled fibres where they cross the axial cut: all of them faint, the ones the active area fires at the
 * amplitude now in their dermatome colour — which shows how superficial the recruited dorsal-column fibres are.
 * Updated in place on an amplitude change (a draw-range change), no React render.
 */
export function SectionFibres({ axialMm }: { readonly axialMm: number }) {
  const fibres = useAppStore((s) => s.fibres);
  const activation = useAppStore((s) => s.activation);
  const materials = useMemo(
    () => ({
      all: new PointsMaterial({
        color: '#9aa7b4',
        size: ALL_POINT_PX,
        sizeAttenuation: false,
        depthTest: false,
        transparent: true,
        opacity: 0.55,
      }),
      // Transparent like the section fills, so render order (not the opaque-first pass) puts it on top of them.
      firing: new PointsMaterial({
        vertexColors: true,
        size: FIRING_POINT_PX,
        sizeAttenuation: false,
        depthTest: false,
        transparent: true,
      }),
    }),
    [],
  );
  useEffect(
    () => () => {
      materials.all.dispose();
      materials.firing.dispose();
    },
    [materials],
  );
  const built = useMemo(
    () =>
      fibres && activation && activation.fibresVersion === fibres.version
        ? sectionFibresLayer(fibres, activation, axialMm, materials)
        : undefined,
    [fibres, activation, axialMm, materials],
  );
  useEffect(
    () => () => {
      built?.geometry.dispose();
      built?.firingGeometry.dispose();
    },
    [built],
  );
  useLiveStore(built?.apply);
  if (!built) return null;
  return (
    <>
      <primitive object={built.all} />
      <primitive object={built.firing} />
    </>
  );
}
