import { useEffect, useMemo, useRef } from 'react';
import { useThree } from '@react-three/fiber';
import { MeshBasicMaterial, Plane, Shape, ShapeGeometry, Vector3, type BufferGeometry, type Material } from 'three';
import type { OrbitControls as OrbitControlsImpl } from 'three-stdlib';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import {
  axialMmOf,
  canalSectionAt,
  levelPositionAt,
  mm,
  type PatientAnatomy,
  type Posture,
  type ResolvedImplant,
  type StimulationArea,
} from '../../src-core';
import {
  DORSAL_EPIDURAL_MM,
  DRAWN_LEVELS,
  buildCanalContents,
  buildDisc,
  buildDorsalRoots,
  buildVertebra,
  cordSectionAt,
  ellipseSlice,
  layInAxialPlane,
  sacSectionAt,
  vertebraDimensions,
} from './anatomy-geometry';
import { LevelLabel } from './LevelLabel';
import { buildContactGeometry, buildLeadBody, contactScenePosition } from './lead-geometry';
import { ANODE_COLOUR, CATHODE_COLOUR, type ScenePalette } from './materials';
import { sceneX, sceneY } from './scene-frame';

interface AnatomyProps {
  readonly posture: Posture;
  readonly patient: PatientAnatomy;
  readonly palette: ScenePalette;
  readonly showLabels: boolean;
  /** Where level labels go: to the patient's right (seen from behind) or in front of the bodies (seen from the side). */
  readonly labelPlacement: 'right' | 'anterior';
}

/** Vertebrae, discs, dural sac with CSF, cord with its dorsal columns, dorsal roots and level labels. */
export function Anatomy({ posture, patient, palette, showLabels, labelPlacement }: AnatomyProps) {
  const built = useMemo(() => {
    const dims = DRAWN_LEVELS.map((level) => vertebraDimensions(level, posture, patient));
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
    return { bodies, arches, discs: discsMerged, ...buildCanalContents(posture, patient), roots: buildDorsalRoots(posture, patient), labels };
  }, [posture, patient]);
  useEffect(
    () => () => {
      for (const g of [built.bodies, built.arches, built.discs, built.cord, built.dorsalColumns, built.sac, built.csf, built.roots]) g.dispose();
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
      {showLabels && built.labels.map((label) => <LevelLabel key={label.text} text={label.text} position={label[labelPlacement]} heightMm={8} />)}
    </group>
  );
}

type Role = 'cathode' | 'anode' | 'cathodeDim' | 'anodeDim' | 'off';

/** How each electrode shows: the active area's polarity emphasised, the program's other areas dimmer, the rest off. */
export function contactRoles(activeArea: StimulationArea, programAreas: readonly StimulationArea[]): Map<number, Role> {
  const roles = new Map<number, Role>();
  for (const area of programAreas) {
    for (const c of area.contacts) if (c.electrode !== 'case') roles.set(c.electrode, c.polarity === 'cathode' ? 'cathodeDim' : 'anodeDim');
  }
  for (const c of activeArea.contacts) if (c.electrode !== 'case') roles.set(c.electrode, c.polarity);
  return roles;
}

interface LeadsProps {
  readonly implant: ResolvedImplant;
  readonly roles: ReadonlyMap<number, Role>;
  readonly palette: ScenePalette;
  readonly showSigns: boolean;
}

/** The leads at their placement: bodies, contacts true to size, polarity colours and − / + signs. */
export function Leads({ implant, roles, palette, showSigns }: LeadsProps) {
  const bodies = useMemo(() => implant.leads.map((lead) => ({ geometry: buildLeadBody(lead.model, lead.placement), paddle: lead.model.kind === 'paddle' })), [implant.leads]);
  const contacts = useMemo(
    () => implant.contacts.map((contact) => ({ contact, geometry: buildContactGeometry(contact, implant.leads[contact.leadIndex]?.placement.rotationDeg ?? 0), position: contactScenePosition(contact) })),
    [implant.contacts, implant.leads],
  );
  useEffect(() => () => bodies.forEach((b) => b.geometry.dispose()), [bodies]);
  useEffect(() => () => contacts.forEach((c) => c.geometry.dispose()), [contacts]);
  const materialOf = (role: Role | undefined): Material => (role === undefined || role === 'off' ? palette.contactOff : palette[role]);
  return (
    <group>
      {bodies.map((b, i) => (
        <mesh key={i} geometry={b.geometry} material={b.paddle ? palette.paddleBody : palette.leadBody} renderOrder={10} />
      ))}
      {contacts.map(({ contact, geometry, position }) => {
        const role = roles.get(contact.number);
        const emphasised = role === 'cathode' || role === 'anode';
        const scale = emphasised ? 1.12 : 1;
        const shift = contact.facesVentrallyOnly ? -0.1 : 0;
        return (
          <group key={contact.number}>
            <mesh geometry={geometry} material={materialOf(role)} position={[position[0], position[1], position[2] + shift]} scale={[scale, 1, scale]} renderOrder={11} />
            {showSigns && (role === 'cathode' || role === 'anode') && (
              <LevelLabel
                text={role === 'cathode' ? '−' : '+'}
                colour={role === 'cathode' ? CATHODE_COLOUR : ANODE_COLOUR}
                aspect={1}
                heightMm={6}
                position={[position[0] + (position[0] <= 0 ? -4.5 : 4.5), position[1], position[2] + 2]}
              />
            )}
          </group>
        );
      })}
    </group>
  );
}

const butterfly: readonly (readonly [number, number])[] = [
  [0, 0.12], [0.18, 0.3], [0.34, 0.78], [0.46, 0.72], [0.32, 0.12], [0.58, -0.3], [0.5, -0.62], [0.22, -0.34], [0, -0.28],
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
    const fill = (color: string) => new MeshBasicMaterial({ color, depthTest: false, transparent: true, toneMapped: false });
    return { insulation: fill('#7d8a96'), metal: fill('#e4e9ee'), cathode: fill(CATHODE_COLOUR), anode: fill(ANODE_COLOUR) };
  }, []);
  useEffect(() => () => Object.values(leadFills).forEach((m) => m.dispose()), [leadFills]);
  const y = sceneY(axialMm) + 0.05;
  const built = useMemo(() => {
    const level = levelPositionAt(mm(axialMm)).level;
    const d = vertebraDimensions(level, posture, patient);
    const inBody = axialMm - d.upperEndplateMm <= d.bodyHeightMm;
    const canal = { lateral: 0, dorsal: (d.bodyDorsalMm + DORSAL_EPIDURAL_MM) / 2, halfWidth: d.canalHalfWidthMm, halfDepth: (DORSAL_EPIDURAL_MM - d.bodyDorsalMm) / 2 };
    const ring = { ...canal, halfWidth: canal.halfWidth + 6, halfDepth: canal.halfDepth + 4.5 };
    const body = ellipseSlice(0, d.bodyDorsalMm - d.bodyDepthMm / 2 + 0.5, d.bodyWidthMm / 2, d.bodyDepthMm / 2 + 0.5, y);
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
    const csf = ellipseSlice(sac.lateral, sac.dorsal, sac.halfWidth - s.duraThicknessMm, sac.halfDepth - s.duraThicknessMm, y);
    const cord = cordSectionAt(axialMm, posture, patient);
    const cordGeometry = ellipseSlice(cord.lateral, cord.dorsal, cord.halfWidth, cord.halfDepth, y);
    const grey = new Shape();
    const cx = sceneX(cord.lateral);
    const points = [...butterfly.map(([u, v]) => [u, v] as const), ...[...butterfly].reverse().map(([u, v]) => [-u, v] as const)];
    points.forEach(([u, v], i) => (i === 0 ? grey.moveTo(cx + u * cord.halfWidth, cord.dorsal + v * cord.halfDepth) : grey.lineTo(cx + u * cord.halfWidth, cord.dorsal + v * cord.halfDepth)));
    const greyGeometry = new ShapeGeometry(grey);
    layInAxialPlane(greyGeometry, y);
    const leads = implant.leads.flatMap((lead, index) => {
      const tip = axialMmOf(lead.placement.tip);
      const span = Math.max(...lead.model.contacts.map((c) => c.fromTipMm)) + 100;
      if (axialMm < tip || axialMm > tip + span) return [];
      const atContact = implant.contacts.find((c) => c.leadIndex === index && Math.abs(c.centre.axialMm - axialMm) <= c.shape.lengthMm / 2);
      const r = lead.model.thicknessMm / 2;
      const geometry =
        lead.model.kind === 'paddle'
          ? ellipseSlice(lead.placement.lateralMm, lead.placement.depthMm + r, lead.model.widthMm / 2, r, y + 0.01)
          : ellipseSlice(lead.placement.lateralMm, lead.placement.depthMm + r, r, r, y + 0.01);
      return [{ geometry, contact: atContact?.number }];
    });
    return { body, inBody, arch, spinous: spinousGeometry, fat, dura, csf, cord: cordGeometry, grey: greyGeometry, leads };
  }, [axialMm, y, implant, posture, patient]);
  useEffect(
    () => () => {
      for (const g of [built.body, built.arch, built.spinous, built.fat, built.dura, built.csf, built.cord, built.grey, ...built.leads.map((l) => l.geometry)]) g.dispose();
    },
    [built],
  );
  const sectionLeadFill = (contact: number | undefined): Material => {
    if (contact === undefined) return leadFills.insulation;
    const role = roles.get(contact);
    return role === 'cathode' || role === 'cathodeDim' ? leadFills.cathode : role === 'anode' || role === 'anodeDim' ? leadFills.anode : leadFills.metal;
  };
  return (
    <group>
      <mesh geometry={built.body} material={built.inBody ? palette.sectionBone : palette.sectionDisc} renderOrder={30} />
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

export type ViewName = 'posterior' | 'lateral' | 'oblique' | 'axial';

const scratchTarget = new Vector3();
const clipPlane = new Plane(new Vector3(0, 1, 0), 0);

interface CameraRigProps {
  readonly view: ViewName;
  /** Scene point the camera looks at (the active lead). */
  readonly target: readonly [number, number, number];
  /** Scene y of the axial section. */
  readonly cutY: number;
  /** A counter bumped by the preset buttons, so pressing the same preset again re-frames. */
  readonly revision: number;
}

/** Puts the camera at a preset when the view (or re-frame request) changes, then hands over to OrbitControls. */
export function CameraRig({ view, target, cutY, revision }: CameraRigProps) {
  const camera = useThree((s) => s.camera);
  const gl = useThree((s) => s.gl);
  const invalidate = useThree((s) => s.invalidate);
  const controls = useThree((s) => s.controls) as OrbitControlsImpl | null;
  // The lead's position is read when a preset is applied, so nudging the lead does not undo the user's orbit
  // (except in the axial section, which follows the lead).
  const targetRef = useRef(target);
  useEffect(() => {
    targetRef.current = target;
  });
  const axialCutY = view === 'axial' ? cutY : undefined;
  useEffect(() => {
    const [tx, ty, tz] = targetRef.current;
    scratchTarget.set(tx, ty, tz);
    if (axialCutY !== undefined) {
      const cutY = axialCutY;
      // Viewed from the feet, anterior up, patient's left on the viewer's right (radiological convention).
      clipPlane.set(new Vector3(0, 1, 0), -cutY);
      gl.clippingPlanes = [clipPlane];
      scratchTarget.set(0, cutY, -8);
      camera.up.set(0, 0, -1);
      camera.position.set(0, cutY - 95, -8);
    } else {
      gl.clippingPlanes = [];
      camera.up.set(0, 1, 0);
      const distance = view === 'oblique' ? 230 : view === 'posterior' ? 170 : 200;
      if (view === 'posterior') camera.position.set(tx, ty, tz + distance);
      else if (view === 'lateral') {
        scratchTarget.z -= 12; // centre the canal between the bodies and the spinous processes
        camera.position.set(tx - distance, ty, tz - 12);
      }
      else camera.position.set(tx - 0.42 * distance, ty + 0.1 * distance, tz + 0.9 * distance);
    }
    camera.lookAt(scratchTarget);
    if (controls) {
      controls.target.copy(scratchTarget);
      controls.update();
    }
    invalidate();
  }, [view, axialCutY, revision, camera, gl, controls, invalidate]);
  return null;
}
