import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { Vector2 } from 'three';
import { registerViewCapture } from '../snapshot/view-capture';

/**
 * Inside the canvas: lets a snapshot draw the scene at a higher pixel ratio for one frame. The canvas is redrawn at
 * that ratio, copied (`toBlob` takes the pixels when called, before the frame is shown), then put back as it was.
 */
export function SnapshotBridge() {
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const camera = useThree((s) => s.camera);
  const invalidate = useThree((s) => s.invalidate);
  useEffect(
    () =>
      registerViewCapture(async (scale) => {
        const size = gl.getSize(new Vector2());
        const ratio = gl.getPixelRatio();
        gl.setPixelRatio(scale);
        gl.setSize(size.x, size.y, false);
        gl.render(scene, camera);
        const widthPx = gl.domElement.width;
        const heightPx = gl.domElement.height;
        const blob = await new Promise<Blob | null>((resolve) => gl.domElement.toBlob(resolve, 'image/png'));
        gl.setPixelRatio(ratio);
        gl.setSize(size.x, size.y, false);
        invalidate();
        if (!blob) throw new Error('the 3D view could not be copied');
        return { blob, widthPx, heightPx };
      }),
    [gl, scene, camera, invalidate],
  );
  return null;
}
