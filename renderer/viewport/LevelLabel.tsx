import { useEffect, useMemo } from 'react';
import { CanvasTexture, SRGBColorSpace } from 'three';

interface LevelLabelProps {
  readonly text: string;
  readonly position: readonly [number, number, number];
  /** Height of the label in scene units (mm). */
  readonly heightMm: number;
  readonly colour?: string;
  /** Width ÷ height of the label (2 for level names, 1 for a polarity sign). */
  readonly aspect?: number;
}

/**
 * A text label drawn into a canvas texture on a sprite, so it always faces the camera and needs no font download
 * (the app is offline and its CSP forbids remote fonts). Drawn over the anatomy (no depth test) so it stays readable.
 */
export function LevelLabel({ text, position, heightMm, colour = '#cfe0f0', aspect = 2 }: LevelLabelProps) {
  const texture = useMemo(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 64 * aspect;
    canvas.height = 64;
    const context = canvas.getContext('2d');
    if (context) {
      context.font = 'bold 44px system-ui, sans-serif';
      context.textAlign = 'center';
      context.textBaseline = 'middle';
      context.lineWidth = 6;
      context.strokeStyle = 'rgba(5, 10, 16, 0.85)';
      context.strokeText(text, 32 * aspect, 34);
      context.fillStyle = colour;
      context.fillText(text, 32 * aspect, 34);
    }
    const made = new CanvasTexture(canvas);
    made.colorSpace = SRGBColorSpace;
    return made;
  }, [text, colour, aspect]);
  useEffect(() => () => texture.dispose(), [texture]);
  return (
    <sprite position={[...position]} scale={[heightMm * aspect, heightMm, 1]} renderOrder={20}>
      <spriteMaterial map={texture} transparent depthWrite={false} depthTest={false} />
    </sprite>
  );
}
