import { useEffect, useMemo } from 'react';
import type { BufferGeometry } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import type { PatientAnatomy, Posture, VertebralLevel } from '../../src-core';
import { buildCanalContents, buildDisc, buildDorsalRoots, buildVertebra, vertebraDimensions } from './anatomy-geometry';
import { LevelLabel } from './LevelLabel';
import type { ScenePalette } from './materials';
import { sceneX, sceneY } from './scene-frame';

interface AnatomyProps {
  readonly posture: Posture;
  readonly patient: PatientAnatomy;
  readonly palette: ScenePalette;
  readonly showLabels: boolean;
  /** Where level labels go: to the patient's right (seen from behind) or in front of the bodies (seen from the side). */
  readonly labelPlacement: 'right' | 'anterior';
  /** The vertebrae to draw (`drawnLevelsAround` the leads). */
  readonly levels: readonly VertebralLevel[];
}

/** Vertebrae, discs, dural sac with CSF, cord with its dorsal columns, dorsal roots and level labels. */
export function Anatomy({ posture, patient, palette, showLabels, labelPlacement, levels }: AnatomyProps) {
  const built = useMemo(() => {
    const dims = levels.map((level) => vertebraDimensions(level, posture, patient));
    const vertebrae = dims.map(buildVertebra);
    const discs = dims.map(buildDisc).filter((d): d is BufferGeometry => d !== undefined);
    const bodies = mergeGeometries(vertebrae.map((v) => v.body));
    const arches = mergeGeometries(vertebrae.map((v) => v.arch));
    const discsMerged = mergeGeometries(discs);
    for (const g of [...vertebrae.flatMap((v) => [v.body, v.arch]), ...discs]) g.dispose();
    const labels = dims.map((d) => ({
      text: d.level,
      right: [sceneX(-(d.bodyWidthMm / 2 + 24)), sceneY(d.upperEndplateMm + d.bodyHeightMm / 2), 0] as const,
      anterior: [0, sceneY(d.upperEndplateMm + d.bodyHeightMm / 2), d.bodyDorsalMm - d.bodyDepthMm - 12] as const,
    }));
    return {
      bodies,
      arches,
      discs: discsMerged,
      ...buildCanalContents(posture, patient, levels),
      roots: buildDorsalRoots(posture, patient, levels),
      labels,
    };
  }, [posture, patient, levels]);
  useEffect(
    () => () => {
      for (const g of [
        built.bodies,
        built.arches,
        built.discs,
        built.cord,
        built.dorsalColumns,
        built.sac,
        built.csf,
        built.roots,
      ])
        g.dispose();
    },
    [built],
  );
  return (
    <group>
      <mesh geometry={built.bodies} material={palette.body} renderOrder={1} />
      <mesh geometry={built.discs} material={palette.disc} renderOrder={1} />
      <mesh geometry={built.cord} material={palette.cord} renderOrder={2} />
      <mesh geometry={built.dorsalColumns} material={palette.dorsalColumns} renderOrder={2} />
      <mesh geometry={built.roots} material={palette.roots} renderOrder={2} />
      <mesh geometry={built.csf} material={palette.csf} renderOrder={3} />
      <mesh geometry={built.sac} material={palette.sac} renderOrder={4} />
      <mesh geometry={built.arches} material={palette.arch} renderOrder={5} />
      {showLabels &&
        built.labels.map((label) => (
          <LevelLabel key={label.text} text={label.text} position={label[labelPlacement]} heightMm={8} />
        ))}
    </group>
  );
}
