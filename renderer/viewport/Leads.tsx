import { useEffect, useLayoutEffect, useMemo, useRef, type RefObject } from 'react';
import { MeshBasicMaterial, type Group, type Material } from 'three';
import type { ContactSetting, ResolvedImplant } from '../../src-core';
import { LevelLabel } from './LevelLabel';
import { buildContactGeometry, buildLeadBody, buildLeadGrip, contactScenePosition } from './lead-geometry';
import { ANODE_COLOUR, CATHODE_COLOUR, type ScenePalette } from './materials';
import { useLeadDrag } from './useLeadDrag';

export type Role = 'cathode' | 'anode' | 'cathodeDim' | 'anodeDim' | 'off';

/** How each electrode shows: the active area's polarity emphasised, the program's other areas dimmer, the rest off. */
export function contactRoles(
  activeContacts: readonly ContactSetting[],
  programContacts: readonly (readonly ContactSetting[])[],
): Map<number, Role> {
  const roles = new Map<number, Role>();
  for (const contacts of programContacts) {
    for (const c of contacts)
      if (c.electrode !== 'case') roles.set(c.electrode, c.polarity === 'cathode' ? 'cathodeDim' : 'anodeDim');
  }
  for (const c of activeContacts) if (c.electrode !== 'case') roles.set(c.electrode, c.polarity);
  return roles;
}

interface LeadsProps {
  readonly implant: ResolvedImplant;
  readonly roles: ReadonlyMap<number, Role>;
  readonly palette: ScenePalette;
  readonly showSigns: boolean;
  /** Draw the lead bodies see-through (the field and fibres under them are shown). */
  readonly seeThrough: boolean;
  /** Whether a lead can be dragged (the view shows the coronal plane). */
  readonly draggable: boolean;
  /** Overlay element for the live readout while dragging. */
  readonly dragHint: RefObject<HTMLElement | null>;
  /** A lead was taken by the pointer: it becomes the active lead. */
  onSelect(lead: number): void;
  /** The ECAP recording pair to mark ("R" and "ref"), or null when none is known. */
  readonly recording?: { readonly recording: number; readonly reference: number | null } | null;
}

/** Colour of the recording-contact marks [U]: the Okabe–Ito bluish green, apart from both polarity colours. */
const RECORDING_COLOUR = '#009e73';

/**
 * The leads at their placement: bodies, contacts true to size, polarity colours and − / + signs, one group per lead
 * (so a dragged lead moves as one) with an invisible grip that takes the pointer.
 */
export function Leads({
  implant,
  roles,
  palette,
  showSigns,
  seeThrough,
  draggable,
  dragHint,
  onSelect,
  recording = null,
}: LeadsProps) {
  const groups = useRef<(Group | null)[]>([]);
  const grip = useLeadDrag(draggable, groups, dragHint, onSelect);
  const leads = useMemo(
    () =>
      implant.leads.map((lead) => ({
        body: buildLeadBody(lead.model, lead.placement),
        grip: buildLeadGrip(lead.model, lead.placement),
        paddle: lead.model.kind === 'paddle',
      })),
    [implant.leads],
  );
  const contacts = useMemo(
    () =>
      implant.contacts.map((contact) => ({
        contact,
        geometry: buildContactGeometry(contact, implant.leads[contact.leadIndex]?.placement.rotationDeg ?? 0),
        position: contactScenePosition(contact),
      })),
    [implant.contacts, implant.leads],
  );
  const hidden = useMemo(() => new MeshBasicMaterial({ visible: false }), []);
  useEffect(() => () => hidden.dispose(), [hidden]);
  useEffect(() => () => leads.forEach((l) => [l.body, l.grip].forEach((g) => g.dispose())), [leads]);
  useEffect(() => () => contacts.forEach((c) => c.geometry.dispose()), [contacts]);
  // A dragged lead keeps its preview offset until it is rebuilt at the committed placement; then the offset goes.
  useLayoutEffect(() => {
    for (const group of groups.current) group?.position.set(0, 0, 0);
  }, [leads]);
  const materialOf = (role: Role | undefined): Material =>
    role === undefined || role === 'off' ? palette.contactOff : palette[role];
  return (
    <group>
      {leads.map((lead, index) => (
        <group
          key={index}
          ref={(group) => {
            groups.current[index] = group;
          }}
          {...grip(index)}
        >
          <mesh
            geometry={lead.body}
            material={lead.paddle ? palette.paddleBody : seeThrough ? palette.leadBodySeeThrough : palette.leadBody}
            renderOrder={10}
          />
          <mesh geometry={lead.grip} material={hidden} />
          {contacts
            .filter(({ contact }) => contact.leadIndex === index)
            .map(({ contact, geometry, position }) => {
              const role = roles.get(contact.number);
              const emphasised = role === 'cathode' || role === 'anode';
              const scale = emphasised ? 1.12 : 1;
              const shift = contact.facesVentrallyOnly ? -0.1 : 0;
              return (
                <group key={contact.number}>
                  <mesh
                    geometry={geometry}
                    material={materialOf(role)}
                    position={[position[0], position[1], position[2] + shift]}
                    scale={[scale, 1, scale]}
                    renderOrder={11}
                  />
                  {showSigns && emphasised && (
                    <LevelLabel
                      text={role === 'cathode' ? '−' : '+'}
                      colour={role === 'cathode' ? CATHODE_COLOUR : ANODE_COLOUR}
                      aspect={1}
                      heightMm={6}
                      position={[position[0] + (position[0] <= 0 ? -4.5 : 4.5), position[1], position[2] + 2]}
                    />
                  )}
                  {showSigns &&
                    recording &&
                    (contact.number === recording.recording || contact.number === recording.reference) && (
                      <LevelLabel
                        text={contact.number === recording.recording ? 'R' : 'ref'}
                        colour={RECORDING_COLOUR}
                        aspect={contact.number === recording.recording ? 1 : 2}
                        heightMm={5}
                        position={[position[0] + (position[0] <= 0 ? -5.5 : 5.5), position[1], position[2] + 2]}
                      />
                    )}
                </group>
              );
            })}
        </group>
      ))}
    </group>
  );
}
