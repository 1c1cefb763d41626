import type { BufferGeometry } from 'three';
import { BoxGeometry, CylinderGeometry, SphereGeometry } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import { axialMmOf, type LeadModel, type LeadPlacement, type PlacedContact } from '../../src-core';
import { toScene, tupleToScene } from './scene-frame';

/** How far a percutaneous lead body runs caudally past its last contact in the drawing (mm) — towards its entry. */
export const LEAD_TAIL_MM = 90;

/** Scene position of a contact's centre: the core's PlacedContact centre through the one frame mapping. */
export function contactScenePosition(contact: PlacedContact): [number, number, number] {
  return toScene(contact.centre);
}

/**
 * A contact's own geometry in scene units, centred at the origin: a ring is a cylinder along the lead (scene y) of
 * the contact's length and diameter (2 % proud of the body so it shows); a paddle contact is a thin plate.
 */
export function buildContactGeometry(contact: PlacedContact, rotationDeg: number): BufferGeometry {
  if (contact.shape.kind === 'ring') {
    const r = contact.shape.diameterMm / 2 + 0.02;
    return new CylinderGeometry(r, r, contact.shape.lengthMm, 24);
  }
  const plate = new BoxGeometry(contact.shape.widthMm, contact.shape.lengthMm, 0.15);
  plate.rotateZ((rotationDeg * Math.PI) / 180);
  return plate;
}

/**
 * The lead body in scene coordinates: for a percutaneous lead a rounded-tip cylinder from the tip to
 * LEAD_TAIL_MM past the last contact; for a paddle a flat rounded plate spanning its contacts plus 4 mm margins,
 * rotated about the dorso-ventral axis. Its axis lies at depth + thickness/2 above the dura (as `placeLead` puts it).
 */
export function buildLeadBody(model: LeadModel, placement: LeadPlacement): BufferGeometry {
  const tip = axialMmOf(placement.tip);
  const axisDorsal = placement.depthMm + model.thicknessMm / 2;
  const lastFromTip = Math.max(0, ...model.contacts.map((c) => c.fromTipMm + c.shape.lengthMm / 2));
  if (model.kind === 'percutaneous') {
    const r = model.thicknessMm / 2;
    // The rounded tip's apex is the placement's tip; the cylinder starts one radius caudal to it.
    const length = lastFromTip + LEAD_TAIL_MM - r;
    const body = new CylinderGeometry(r, r, length, 20);
    const [x, y, z] = tupleToScene([tip + r + length / 2, placement.lateralMm, axisDorsal]);
    body.translate(x, y, z);
    const cap = new SphereGeometry(r, 20, 10, 0, 2 * Math.PI, 0, Math.PI / 2);
    const [cx, cy, cz] = tupleToScene([tip + r, placement.lateralMm, axisDorsal]);
    cap.translate(cx, cy, cz);
    const merged = mergeGeometries([body.toNonIndexed(), cap.toNonIndexed()]);
    body.dispose();
    cap.dispose();
    return merged;
  }
  const length = lastFromTip + 4;
  const plate = new BoxGeometry(model.widthMm, length, model.thicknessMm);
  plate.translate(0, -length / 2 + 2, 0); // tip end 2 mm above the tip position
  plate.rotateZ((placement.rotationDeg * Math.PI) / 180);
  const [x, y, z] = tupleToScene([tip, placement.lateralMm, axisDorsal]);
  plate.translate(x, y, z);
  // A short lead tail caudally from the paddle's end.
  const tail = new CylinderGeometry(0.7, 0.7, LEAD_TAIL_MM, 12);
  tail.translate(x, y - length - LEAD_TAIL_MM / 2 + 2, z);
  const merged = mergeGeometries([plate.toNonIndexed(), tail.toNonIndexed()]);
  plate.dispose();
  tail.dispose();
  return merged;
}

/**
 * An invisible grip around a lead's contact array for pointer dragging: a thin lead is a few pixels wide on screen,
 * so the grip is 3 mm across (a percutaneous lead) or the paddle plus 1 mm — narrow enough that two leads 3 mm apart
 * keep separate grips — from 2 mm above the tip to 4 mm past the last contact, 4 mm deep.
 */
export function buildLeadGrip(model: LeadModel, placement: LeadPlacement): BufferGeometry {
  const tip = axialMmOf(placement.tip);
  const lastFromTip = Math.max(0, ...model.contacts.map((c) => c.fromTipMm + c.shape.lengthMm / 2));
  const length = lastFromTip + 6;
  const width = model.kind === 'paddle' ? model.widthMm + 1 : 3;
  const grip = new BoxGeometry(width, length, 4);
  grip.translate(0, -length / 2 + 2, 0);
  if (model.kind === 'paddle') grip.rotateZ((placement.rotationDeg * Math.PI) / 180);
  const [x, y, z] = tupleToScene([tip, placement.lateralMm, placement.depthMm + model.thicknessMm / 2]);
  grip.translate(x, y, z);
  return grip;
}
