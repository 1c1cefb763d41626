import type { SpinePoint } from '../../src-core';

/**
 * The one mapping from the core's spine frame (docs/physics.md §1) to three.js scene coordinates. Scene units are
 * millimetres.
 *
 * - y = −axialMm: up on screen is rostral (axialMm grows caudally from the top of C1);
 * - x = −lateralMm: lateralMm is + to the patient's LEFT, so the patient's left lies at −x. A camera behind the
 *   patient (at +z, looking ventrally, up = +y) has −x on its left: the posterior view shows the patient's left on
 *   the viewer's left, as seen from behind (and as an AP fluoroscopy image of a prone patient shows it);
 * - z = dorsalMm: + towards the back, 0 at the dorsal dura surface on the midline.
 */
export function toScene(point: SpinePoint): [x: number, y: number, z: number] {
  return [-point.lateralMm, -point.axialMm, point.dorsalMm];
}

/** Same mapping from the core's tuple form `[axial, lateral, dorsal]` (as `rootletPath` returns). */
export function tupleToScene(point: readonly [number, number, number]): [x: number, y: number, z: number] {
  return [-point[1], -point[0], point[2]];
}

/** Scene y of an axial position (mm caudal from C1). */
export const sceneY = (axialMm: number): number => -axialMm;
/** Scene x of a lateral position (mm, + = patient's left). */
export const sceneX = (lateralMm: number): number => -lateralMm;
/** Inverse of `sceneY`. */
export const axialMmOfSceneY = (y: number): number => -y;
