import { useEffect, useMemo } from 'react';
import { MeshBasicMaterial, Shape, ShapeGeometry, type Material } from 'three';
import {
  axialMmOf,
  canalSectionAt,
  levelPositionAt,
  mm,
  type PatientAnatomy,
  type Posture,
  type ResolvedImplant,
} from '../../src-core';
import {
  DORSAL_EPIDURAL_MM,
  cordSectionAt,
  ellipseSlice,
  layInAxialPlane,
  sacSectionAt,
  vertebraDimensions,
} from './anatomy-geometry';
import type { Role } from './Leads';
import { ANODE_COLOUR, CATHODE_COLOUR, type ScenePalette } from './materials';
import { sceneX, sceneY } from './scene-frame';

const butterfly: readonly (readonly [number, number])[] = [
  [0, 0.12],
  [0.18, 0.3],
  [0.34, 0.78],
  [0.46, 0.72],
  [0.32, 0.12],
  [0.58, -0.3],
  [0.5, -0.62],
  [0.22, -0.34],
  [0, -0.28],
];

interface AxialSectionProps {
  readonly axialMm: number;
  readonly implant: ResolvedImplant;
  readonly posture: Posture;
  readonly patient: PatientAnatomy;
  readonly palette: ScenePalette;
  readonly roles: ReadonlyMap<number, Role>;
}

/**
 * The canal cross-section at `axialMm`, drawn to scale as flat fills in the axial plane (the 3D scene is clipped
 * there): vertebral body or disc, the bony ring of the arch with its spinous process, epidural fat, dura, CSF, the
 * cord with its grey matter, and the leads cut across.
 */
export function AxialSection({ axialMm, implant, posture, patient, palette, roles }: AxialSectionProps) {
  // Unlit fills for the cut leads: insulation, bare metal, and the polarity colours.
  const leadFills = useMemo(() => {
    const fill = (color: string) =>
      new MeshBasicMaterial({ color, depthTest: false, transparent: true, toneMapped: false });
    return {
      insulation: fill('#7d8a96'),
      metal: fill('#e4e9ee'),
      cathode: fill(CATHODE_COLOUR),
      anode: fill(ANODE_COLOUR),
    };
  }, []);
  useEffect(() => () => Object.values(leadFills).forEach((m) => m.dispose()), [leadFills]);
  const y = sceneY(axialMm) + 0.05;
  const built = useMemo(() => {
    const level = levelPositionAt(mm(axialMm)).level;
    const d = vertebraDimensions(level, posture, patient);
    const inBody = axialMm - d.upperEndplateMm <= d.bodyHeightMm;
    const canal = {
      lateral: 0,
      dorsal: (d.bodyDorsalMm + DORSAL_EPIDURAL_MM) / 2,
      halfWidth: d.canalHalfWidthMm,
      halfDepth: (DORSAL_EPIDURAL_MM - d.bodyDorsalMm) / 2,
    };
    const ring = { ...canal, halfWidth: canal.halfWidth + 6, halfDepth: canal.halfDepth + 4.5 };
    const body = ellipseSlice(
      0,
      d.bodyDorsalMm - d.bodyDepthMm / 2 + 0.5,
      d.bodyWidthMm / 2,
      d.bodyDepthMm / 2 + 0.5,
      y,
    );
    const arch = ellipseSlice(ring.lateral, ring.dorsal, ring.halfWidth, ring.halfDepth, y, canal);
    const spinous = new Shape();
    const top = canal.dorsal + canal.halfDepth + 3;
    spinous.moveTo(-2.5, top);
    spinous.lineTo(2.5, top);
    spinous.lineTo(2, top + 16);
    spinous.lineTo(-2, top + 16);
    const spinousGeometry = new ShapeGeometry(spinous);
    layInAxialPlane(spinousGeometry, y);
    const fat = ellipseSlice(canal.lateral, canal.dorsal, canal.halfWidth, canal.halfDepth, y);
    const sac = sacSectionAt(axialMm, posture, patient);
    const s = canalSectionAt(mm(axialMm), posture, patient);
    const dura = ellipseSlice(sac.lateral, sac.dorsal, sac.halfWidth, sac.halfDepth, y);
    const csf = ellipseSlice(
      sac.lateral,
      sac.dorsal,
      sac.halfWidth - s.duraThicknessMm,
      sac.halfDepth - s.duraThicknessMm,
      y,
    );
    const cord = cordSectionAt(axialMm, posture, patient);
    const cordGeometry = ellipseSlice(cord.lateral, cord.dorsal, cord.halfWidth, cord.halfDepth, y);
    const grey = new Shape();
    const cx = sceneX(cord.lateral);
    const points = [
      ...butterfly.map(([u, v]) => [u, v] as const),
      ...[...butterfly].reverse().map(([u, v]) => [-u, v] as const),
    ];
    points.forEach(([u, v], i) =>
      i === 0
        ? grey.moveTo(cx + u * cord.halfWidth, cord.dorsal + v * cord.halfDepth)
        : grey.lineTo(cx + u * cord.halfWidth, cord.dorsal + v * cord.halfDepth),
    );
    const greyGeometry = new ShapeGeometry(grey);
    layInAxialPlane(greyGeometry, y);
    const leads = implant.leads.flatMap((lead, index) => {
      const tip = axialMmOf(lead.placement.tip);
      const span = Math.max(...lead.model.contacts.map((c) => c.fromTipMm)) + 100;
      if (axialMm < tip || axialMm > tip + span) return [];
      const atContact = implant.contacts.find(
        (c) => c.leadIndex === index && Math.abs(c.centre.axialMm - axialMm) <= c.shape.lengthMm / 2,
      );
      const r = lead.model.thicknessMm / 2;
      const geometry =
        lead.model.kind === 'paddle'
          ? ellipseSlice(lead.placement.lateralMm, lead.placement.depthMm + r, lead.model.widthMm / 2, r, y + 0.01)
          : ellipseSlice(lead.placement.lateralMm, lead.placement.depthMm + r, r, r, y + 0.01);
      return [{ geometry, contact: atContact?.number }];
    });
    return {
      body,
      inBody,
      arch,
      spinous: spinousGeometry,
      fat,
      dura,
      csf,
      cord: cordGeometry,
      grey: greyGeometry,
      leads,
    };
  }, [axialMm, y, implant, posture, patient]);
  useEffect(
    () => () => {
      for (const g of [
        built.body,
        built.arch,
        built.spinous,
        built.fat,
        built.dura,
        built.csf,
        built.cord,
        built.grey,
        ...built.leads.map((l) => l.geometry),
      ])
        g.dispose();
    },
    [built],
  );
  const sectionLeadFill = (contact: number | undefined): Material => {
    if (contact === undefined) return leadFills.insulation;
    const role = roles.get(contact);
    return role === 'cathode' || role === 'cathodeDim'
      ? leadFills.cathode
      : role === 'anode' || role === 'anodeDim'
        ? leadFills.anode
        : leadFills.metal;
  };
  return (
    <group>
      <mesh
        geometry={built.body}
        material={built.inBody ? palette.sectionBone : palette.sectionDisc}
        renderOrder={30}
      />
      <mesh geometry={built.arch} material={palette.sectionBone} renderOrder={30} />
      <mesh geometry={built.spinous} material={palette.sectionBone} renderOrder={30} />
      <mesh geometry={built.fat} material={palette.sectionFat} renderOrder={31} />
      <mesh geometry={built.dura} material={palette.sectionDura} renderOrder={32} />
      <mesh geometry={built.csf} material={palette.sectionCsf} renderOrder={33} />
      <mesh geometry={built.cord} material={palette.sectionCord} renderOrder={34} />
      <mesh geometry={built.grey} material={palette.sectionGrey} renderOrder={35} />
      {built.leads.map((lead, i) => (
        <mesh key={i} geometry={lead.geometry} material={sectionLeadFill(lead.contact)} renderOrder={36} />
      ))}
    </group>
  );
}
