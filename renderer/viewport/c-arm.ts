import type { Vector3 } from 'three';

/**
 * C-arm tilt of the simulated fluoroscopy: the beam swung toward the head (+) or the feet (−) about the patient's
 * left–right axis, as a radiographer does to line up ("square") a vertebra's endplates for counting levels.
 */
export const C_ARM_TILT_RANGE_DEG = { min: -30, max: 30, step: 1 } as const;

/**
 * Swings a preset camera position about `target` by `tiltDeg`, keeping its distance: about the scene's x axis (the
 * patient's left–right) for the AP (posterior) view, about the scene's z axis (dorsal) — still the patient's
 * left–right as seen from the side — for the lateral view. Scene y points to the head (scene-frame.ts), so + tilts the
 * camera headward. Mutates and returns `position`.
 * @example tiltAboutTarget(camera.position, target, 15, 'posterior');
 */
export function tiltAboutTarget(
  position: Vector3,
  target: Vector3,
  tiltDeg: number,
  view: 'posterior' | 'lateral',
): Vector3 {
  if (tiltDeg === 0) return position;
  const angle = (tiltDeg * Math.PI) / 180;
  const dx = position.x - target.x;
  const dy = position.y - target.y;
  const dz = position.z - target.z;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  if (view === 'posterior') {
    // (dy, dz) rotated: the camera, behind the patient (+z), swings toward +y.
    position.set(target.x + dx, target.y + dy * cos + dz * sin, target.z + dz * cos - dy * sin);
  } else {
    // (dx, dy) rotated: the camera, on the patient's left (−x), swings toward +y.
    position.set(target.x + dx * cos + dy * sin, target.y + dy * cos - dx * sin, target.z + dz);
  }
  return position;
}
