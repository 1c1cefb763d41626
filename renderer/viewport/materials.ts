import {
  AdditiveBlending,
  Color,
  DoubleSide,
  MeshBasicMaterial,
  MeshLambertMaterial,
  MeshStandardMaterial,
  type Material,
} from 'three';

/** Polarity colours shared with the programmer panel: colour-blind-safe blue/orange pair. */
export const CATHODE_COLOUR = '#4fa3e8';
export const ANODE_COLOUR = '#f0a04b';
export const CONTACT_OFF_COLOUR = '#a9b1b8';

/** Background of the 3D view and of the fluoroscopy image. */
export const BACKGROUND = '#0d1620';
export const FLUORO_BACKGROUND = '#050505';

/** Every material of the scene, for one rendering mode. */
export interface ScenePalette {
  readonly body: Material;
  readonly arch: Material;
  readonly disc: Material;
  readonly sac: Material;
  readonly csf: Material;
  readonly cord: Material;
  readonly dorsalColumns: Material;
  readonly roots: Material;
  readonly leadBody: Material;
  /** The lead body while the field and fibres show: see-through, so what lies under the lead is not hidden. */
  readonly leadBodySeeThrough: Material;
  readonly paddleBody: Material;
  readonly contactOff: Material;
  readonly cathode: Material;
  readonly anode: Material;
  /** Contacts of the active program's other areas: polarity colour, not emphasised. */
  readonly cathodeDim: Material;
  readonly anodeDim: Material;
  /** Axial section fills. */
  readonly sectionBone: Material;
  readonly sectionFat: Material;
  readonly sectionDura: Material;
  readonly sectionCsf: Material;
  readonly sectionCord: Material;
  readonly sectionGrey: Material;
  readonly sectionDisc: Material;
}

/**
 * The anatomical (lit, coloured) palette. The posterior arch is partly transparent so the lead and cord show.
 * Tissue is matte (Lambert): at the roughness it had as a standard material (0.6–0.8, no environment map) the
 * specular term changed screenshots by under 10 of 255 levels, while the physically based shader made software GL
 * (SwiftShader: CI, machines without GPU acceleration) spend about a third more per frame on the large bone and sac
 * areas. The leads and contacts, small and the subject, keep the standard material's metallic sheen.
 */
export function anatomicalPalette(): ScenePalette {
  const tissue = (color: string, extra: ConstructorParameters<typeof MeshLambertMaterial>[0] = {}) =>
    new MeshLambertMaterial({ color, ...extra });
  const standard = (color: string, extra: ConstructorParameters<typeof MeshStandardMaterial>[0] = {}) =>
    new MeshStandardMaterial({ color, roughness: 0.8, ...extra });
  // The leads are the subject: drawn after the translucent bone and sac, never hidden by the posterior arch.
  const overBone = { transparent: true, depthTest: false } as const;
  const flat = (color: string) =>
    new MeshBasicMaterial({ color, side: DoubleSide, depthTest: false, transparent: true, toneMapped: false });
  return {
    body: tissue('#d9cfbf'),
    arch: tissue('#e0d6c6', { transparent: true, opacity: 0.5, depthWrite: false }),
    disc: tissue('#8fa7b8'),
    sac: tissue('#6fa8dc', { transparent: true, opacity: 0.16, depthWrite: false, side: DoubleSide }),
    csf: tissue('#9fd0f0', { transparent: true, opacity: 0.08, depthWrite: false }),
    cord: tissue('#e9c3a0'),
    dorsalColumns: tissue('#f6e1c8'),
    roots: tissue('#e8d59a'),
    leadBody: standard('#5a6a7a', { roughness: 0.45, ...overBone }),
    leadBodySeeThrough: standard('#5a6a7a', { roughness: 0.45, ...overBone, opacity: 0.5 }),
    paddleBody: standard('#4a5866', { roughness: 0.45, transparent: true, opacity: 0.55, depthWrite: false }),
    contactOff: standard(CONTACT_OFF_COLOUR, { metalness: 0.6, roughness: 0.3, ...overBone }),
    cathode: standard(CATHODE_COLOUR, {
      emissive: new Color(CATHODE_COLOUR),
      emissiveIntensity: 0.8,
      metalness: 0.2,
      roughness: 0.35,
      ...overBone,
    }),
    anode: standard(ANODE_COLOUR, {
      emissive: new Color(ANODE_COLOUR),
      emissiveIntensity: 0.8,
      metalness: 0.2,
      roughness: 0.35,
      ...overBone,
    }),
    cathodeDim: standard(CATHODE_COLOUR, { metalness: 0.4, roughness: 0.4, ...overBone }),
    anodeDim: standard(ANODE_COLOUR, { metalness: 0.4, roughness: 0.4, ...overBone }),
    sectionBone: flat('#e3d8c6'),
    sectionFat: flat('#d8c27a'),
    sectionDura: flat('#3f7fb8'),
    sectionCsf: flat('#1d3f5e'),
    sectionCord: flat('#f2e6d8'),
    sectionGrey: flat('#b98f7c'),
    sectionDisc: flat('#8fa7b8'),
  };
}

/**
 * The fluoroscopy palette: an X-ray-like projection. Bone adds up where it overlaps (additive, no depth test), so
 * pedicles, endplates and spinous processes stand out like on an AP film; soft tissue is almost invisible; metal
 * (contacts) is radio-opaque white and the lead body nearly so.
 */
export function fluoroscopyPalette(): ScenePalette {
  const density = (grey: number) =>
    new MeshBasicMaterial({
      color: new Color(grey, grey, grey),
      transparent: true,
      blending: AdditiveBlending,
      depthWrite: false,
      depthTest: false,
      side: DoubleSide,
      toneMapped: false,
    });
  const opaque = (color: string) =>
    new MeshBasicMaterial({ color, depthTest: false, transparent: true, toneMapped: false });
  const bone = density(0.022);
  // CSF, dorsal columns and roots add nothing to an X-ray: not drawn at all (an additive black pass still costs a
  // full rasterisation in software GL).
  const unseen = new MeshBasicMaterial({ visible: false });
  return {
    body: bone,
    arch: density(0.02),
    disc: density(0.002),
    sac: density(0.001),
    csf: unseen,
    cord: density(0.001),
    dorsalColumns: unseen,
    roots: unseen,
    leadBody: opaque('#d9d9d9'),
    leadBodySeeThrough: opaque('#d9d9d9'),
    paddleBody: opaque('#bdbdbd'),
    contactOff: opaque('#ffffff'),
    cathode: opaque('#ffffff'),
    anode: opaque('#ffffff'),
    cathodeDim: opaque('#ffffff'),
    anodeDim: opaque('#ffffff'),
    sectionBone: density(0.12),
    sectionFat: density(0.02),
    sectionDura: density(0.02),
    sectionCsf: density(0.01),
    sectionCord: density(0.02),
    sectionGrey: density(0.02),
    sectionDisc: density(0.05),
  };
}

/** Disposes every material of a palette (shared instances once). */
export function disposePalette(palette: ScenePalette): void {
  for (const material of new Set(Object.values(palette) as Material[])) material.dispose();
}
