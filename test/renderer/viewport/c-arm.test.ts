import { Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { tiltAboutTarget } from '../../../renderer/viewport/c-arm';

describe('the C-arm tilt', () => {
  const target = new Vector3(2, -150, -5);

  it('swings the AP camera headward about the patient’s left–right axis, keeping its distance', () => {
    const camera = new Vector3(2, -150, 135);
    tiltAboutTarget(camera, target, 20, 'posterior');
    expect(camera.distanceTo(target)).toBeCloseTo(140, 9);
    expect(camera.x).toBeCloseTo(2, 12); // still on the midline: the tilt is not a rotation to the side
    expect(camera.y - target.y).toBeCloseTo(140 * Math.sin((20 * Math.PI) / 180), 9); // + = toward the head (+y)
    expect(camera.z - target.z).toBeCloseTo(140 * Math.cos((20 * Math.PI) / 180), 9);
  });

  it('swings the lateral camera headward the same way, and −θ undoes +θ', () => {
    const camera = new Vector3(-198, -150, -17);
    const start = camera.clone();
    tiltAboutTarget(camera, new Vector3(2, -150, -17), -15, 'lateral');
    expect(camera.y).toBeLessThan(-150); // caudal tilt: the camera moves toward the feet
    expect(camera.z).toBeCloseTo(-17, 12);
    tiltAboutTarget(camera, new Vector3(2, -150, -17), 15, 'lateral');
    expect(camera.distanceTo(start)).toBeLessThan(1e-9);
  });

  it('leaves the camera alone at 0°', () => {
    const camera = new Vector3(1, 2, 3);
    expect(tiltAboutTarget(camera, target, 0, 'posterior').toArray()).toEqual([1, 2, 3]);
  });
});
