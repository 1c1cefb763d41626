import { useEffect, useRef } from 'react';
import { useThree } from '@react-three/fiber';
import { Plane, Vector3 } from 'three';
import type { OrbitControls as OrbitControlsImpl } from 'three-stdlib';
import type { ViewName } from '../store/ui-slice';
import { tiltAboutTarget } from './c-arm';

export type { ViewName };

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
  /** C-arm tilt (degrees, + headward) of the posterior (AP) and lateral presets; 0 outside fluoroscopy. */
  readonly tiltDeg?: number;
}

/** Puts the camera at a preset when the view (or re-frame request) changes, then hands over to OrbitControls. */
export function CameraRig({ view, target, cutY, revision, tiltDeg = 0 }: CameraRigProps) {
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
      const distance = view === 'oblique' ? 190 : view === 'posterior' ? 140 : 200;
      if (view === 'posterior') camera.position.set(tx, ty, tz + distance);
      else if (view === 'lateral') {
        scratchTarget.z -= 12; // centre the canal between the bodies and the spinous processes
        camera.position.set(tx - distance, ty, tz - 12);
      } else camera.position.set(tx - 0.42 * distance, ty + 0.1 * distance, tz + 0.9 * distance);
      if (view === 'posterior' || view === 'lateral') tiltAboutTarget(camera.position, scratchTarget, tiltDeg, view);
    }
    camera.lookAt(scratchTarget);
    if (controls) {
      controls.target.copy(scratchTarget);
      controls.update();
    }
    invalidate();
  }, [view, axialCutY, revision, tiltDeg, camera, gl, controls, invalidate]);
  return null;
}
