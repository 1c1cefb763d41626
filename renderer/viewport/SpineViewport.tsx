import { Canvas } from '@react-three/fiber';
import { OrbitControls } from '@react-three/drei';
import { LevelLabel } from './LevelLabel';
import { useState } from 'react';
import { SCHEMATIC_SPINE, contactCentresY, vertebraCentreY } from './spine-geometry';

const S = SCHEMATIC_SPINE;
const canalOffsetZ = S.vertebralBodyDepthMm / 2 + S.canalDepthMm / 2;

function Vertebrae() {
  return (
    <group>
      {S.levels.map((level, i) => (
        <group key={level} position={[0, vertebraCentreY(i), 0]}>
          <mesh>
            <boxGeometry args={[S.vertebralBodyWidthMm, S.vertebralBodyHeightMm, S.vertebralBodyDepthMm]} />
            <meshStandardMaterial color="#d9cfbf" roughness={0.85} />
          </mesh>
          <LevelLabel text={level} position={[S.vertebralBodyWidthMm / 2 + 12, 0, 0]} heightMm={8} />
        </group>
      ))}
    </group>
  );
}

function CordAndLead() {
  const tipY = vertebraCentreY(1) + 6;
  const leadLength = S.contactCount * (S.contactLengthMm + S.contactGapMm) + 20;
  return (
    <group position={[0, 0, canalOffsetZ]}>
      <mesh>
        <cylinderGeometry args={[S.duraRadiusMm, S.duraRadiusMm, 150, 32, 1, true]} />
        <meshStandardMaterial color="#6fa8dc" transparent opacity={0.18} />
      </mesh>
      <mesh>
        <cylinderGeometry args={[S.cordRadiusMm, S.cordRadiusMm, 150, 32]} />
        <meshStandardMaterial color="#f2c6a0" roughness={0.6} />
      </mesh>
      <group position={[0, 0, S.duraRadiusMm + S.leadDiameterMm / 2]}>
        <mesh position={[0, tipY - leadLength / 2, 0]}>
          <cylinderGeometry args={[S.leadDiameterMm / 2, S.leadDiameterMm / 2, leadLength, 16]} />
          <meshStandardMaterial color="#3b4a5a" />
        </mesh>
        {contactCentresY(tipY).map((y, i) => (
          <mesh key={i} position={[0, y, 0]}>
            <cylinderGeometry args={[S.leadDiameterMm / 2 + 0.05, S.leadDiameterMm / 2 + 0.05, S.contactLengthMm, 16]} />
            <meshStandardMaterial color="#e8eef4" emissive="#5b8db8" emissiveIntensity={0.35} metalness={0.6} roughness={0.3} />
          </mesh>
        ))}
      </group>
    </group>
  );
}

/**
 * The 3D view: camera, lights and orbit controls around a schematic lower-thoracic spine with one
 * percutaneous lead. It renders on demand (nothing animates), and marks itself once a frame is drawn so
 * tests wait on the app, never on a timer.
 */
export function SpineViewport() {
  const [drawn, setDrawn] = useState(false);
  return (
    <section className="viewport" aria-label="3D spine view" data-frame-drawn={drawn}>
      <Canvas
        frameloop="demand"
        camera={{ position: [80, 30, 270], fov: 40, near: 1, far: 3000 }}
        onCreated={({ gl, scene, camera }) => {
          gl.render(scene, camera);
          setDrawn(true);
        }}
        aria-label="3D view of the spine and lead"
      >
        <color attach="background" args={['#0d1620']} />
        <ambientLight intensity={0.55} />
        <directionalLight position={[80, 120, 160]} intensity={1.6} />
        <directionalLight position={[-100, -40, -80]} intensity={0.4} />
        <Vertebrae />
        <CordAndLead />
        <OrbitControls makeDefault enableDamping={false} target={[0, 0, canalOffsetZ / 2]} />
      </Canvas>
      <p className="viewport__caption">Schematic T7–T12, posterior-oblique · teaching model, not patient anatomy</p>
    </section>
  );
}
