import { useEffect, useMemo } from 'react';
import { CanvasTexture, SRGBColorSpace } from 'three';

interface LevelLabelProps {
  readonly text: string;
  readonly position: readonly [number, number, number];
  /** Height of the label in scene units (mm). */
  readonly heightMm: number;
}

/**
 * A vertebral level label drawn into a canvas texture on a sprite, so it always faces the camera and
 * needs no font download (the app is offline and its CSP forbids remote fonts).
 */
export function LevelLabel({ text, position, heightMm }: LevelLabelProps) {
  const texture = useMemo(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 128;
    canvas.height = 64;
    const context = canvas.getContext('2d');
    if (context) {
      context.font = 'bold 44px system-ui, sans-serif';
      context.fillStyle = '#cfe0f0';
      context.textAlign = 'center';
      context.textBaseline = 'middle';
      context.fillText(text, 64, 34);
    }
    const made = new CanvasTexture(canvas);
    made.colorSpace = SRGBColorSpace;
    return made;
  }, [text]);
  useEffect(() => () => texture.dispose(), [texture]);
  return (
    <sprite position={[...position]} scale={[heightMm * 2, heightMm, 1]}>
      <spriteMaterial map={texture} transparent depthWrite={false} />
    </sprite>
  );
}
