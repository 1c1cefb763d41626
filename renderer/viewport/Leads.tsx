import { useEffect, useMemo } from 'react';
import type { Material } from 'three';
import type { ResolvedImplant, StimulationArea } from '../../src-core';
import { LevelLabel } from './LevelLabel';
import { buildContactGeometry, buildLeadBody, contactScenePosition } from './lead-geometry';
import { ANODE_COLOUR, CATHODE_COLOUR, type ScenePalette } from './materials';

export type Role = 'cathode' | 'anode' | 'cathodeDim' | 'anodeDim' | 'off';

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
