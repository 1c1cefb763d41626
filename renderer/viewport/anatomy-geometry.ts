import {
  BoxGeometry,
  BufferGeometry,
  CatmullRomCurve3,
  CylinderGeometry,
  Float32BufferAttribute,
  Shape,
  ShapeGeometry,
  TubeGeometry,
  Vector3,
} from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import {
  CORD_SEGMENTS,
  axialMmOf,
  canalSectionAt,
  levelDimensions,
  rootExitMm,
  segmentSpan,
  upperEndplateMm,
  mm,
  type CanalSection,
  type CordSegment,
  type PatientAnatomy,
  type Posture,
  VERTEBRAL_LEVELS,
  type VertebralLevel,
  rootletPath,
} from '../../src-core';
import { sceneX, sceneY, tupleToScene } from './scene-frame';

/** How many vertebrae are drawn: enough to frame a lead pair with room to steer, few enough for software GL. */
const DRAWN_LEVEL_COUNT = 12;

/**
 * The vertebrae drawn for leads centred at `centreLevel`: twelve consecutive levels, the window moving in steps of
 * four so that a lead nudged by a level does not rebuild the spine, and a cervical lead gets a cervical spine.
 * @example drawnLevelsAround('C5')[0]; // 'C1'
 */
export function drawnLevelsAround(centreLevel: VertebralLevel): readonly VertebralLevel[] {
  const index = VERTEBRAL_LEVELS.indexOf(centreLevel);
  const start = Math.max(0, Math.min(VERTEBRAL_LEVELS.length - DRAWN_LEVEL_COUNT, Math.floor((index - 4) / 4) * 4));
  return VERTEBRAL_LEVELS.slice(start, start + DRAWN_LEVEL_COUNT);
}

/** The default levels (a lead pair over T8–T9): T4–L3. */
export const DRAWN_LEVELS: readonly VertebralLevel[] = VERTEBRAL_LEVELS.slice(
  VERTEBRAL_LEVELS.indexOf('T4'),
  VERTEBRAL_LEVELS.indexOf('T4') + DRAWN_LEVEL_COUNT,
);

/**
 * Tessellation of the canal's contents, chosen for software GL (SwiftShader in CI, weak laptops): every triangle is
 * shaded on the CPU there. At the closest preset (posterior, ≈5 px per mm at 1440×900) a 24-sided ellipse of the
 * cord's 4 mm half-width deviates from the true outline by 4 × (1 − cos(π/24)) ≈ 0.03 mm, a sixth of a pixel; the
 * cross-section changes slowly along the canal (level to level), so rings every 3 mm (cord) or 4 mm (sac) follow it.
 */
const CORD_RADIAL = 24;
const CORD_STEP_MM = 3;
/** The dorsal-column strip is a 90° arc of the cord: 12 sides keep its sag (≈0.01 mm) under its 0.05 mm lift. */
const DORSAL_COLUMN_RADIAL = 12;
const SAC_RADIAL = 24;
const SAC_STEP_MM = 4;
/**
 * A dorsal rootlet is 0.7 mm across, ≈3 px on screen: five sides look as round as more (a pentagon's width varies by
 * 5 % as it turns, less than a hexagon's 13 %), and a ring every 2.5 mm follows its smooth course to the foramen.
 */
const ROOT_RADIAL = 5;
const ROOT_SEGMENT_MM = 2.5;

/** Dorsal epidural space: the laminae's inner surface above the dura (mm) [U], room for a lead on the dura. */
export const DORSAL_EPIDURAL_MM = 3.5;
/** Ventral epidural space between the ventral dura and the back of the vertebral body (mm) [U]. */
export const VENTRAL_EPIDURAL_MM = 1;

/**
 * Where the dural sac lies in dorsalMm at an axial position: from its dorsal surface (0) to its ventral surface —
 * the core's sac (the same the field model uses), with the dura on both sides.
 */
export function sacDepthMm(section: CanalSection): number {
  return 2 * section.duraThicknessMm + section.sacDepthMm;
}

/** Shape of one procedurally drawn vertebra, all in mm, derived from the core's body height. */
export interface VertebraDimensions {
  readonly level: VertebralLevel;
  /** Upper endplate and body height along the canal, straight from `levelDimensions` / `upperEndplateMm`. */
  readonly upperEndplateMm: number;
  readonly bodyHeightMm: number;
  readonly discBelowMm: number;
  /** Body width (left–right) and depth (ventro-dorsal): typical proportions of the body height [U]. */
  readonly bodyWidthMm: number;
  readonly bodyDepthMm: number;
  /** dorsalMm of the body's dorsal surface (the canal's ventral wall). */
  readonly bodyDorsalMm: number;
  /** Half-width of the bony canal between the pedicles. */
  readonly canalHalfWidthMm: number;
  readonly isLumbar: boolean;
}

/**
 * A vertebra's dimensions. Body width ≈1.75 × height − 2 mm and depth ≈1.2 × height + 4 mm give T8 ≈33 × 28 mm and
 * L2 ≈44 × 35 mm, in the range of adult morphometry (Panjabi 1991/1992) [U]. The canal wall sits behind the sac.
 */
export function vertebraDimensions(
  level: VertebralLevel,
  posture: Posture,
  patient: PatientAnatomy,
): VertebraDimensions {
  const { bodyHeightMm, discBelowMm } = levelDimensions(level);
  const top = upperEndplateMm(level);
  const section = canalSectionAt(mm(top + bodyHeightMm / 2), posture, patient);
  return {
    level,
    upperEndplateMm: top,
    bodyHeightMm,
    discBelowMm,
    bodyWidthMm: 1.75 * bodyHeightMm - 2,
    bodyDepthMm: 1.2 * bodyHeightMm + 4,
    bodyDorsalMm: -(sacDepthMm(section) + VENTRAL_EPIDURAL_MM),
    canalHalfWidthMm: section.sacHalfWidthMm + 1.5,
    isLumbar: level.startsWith('L'),
  };
}

function placed<T extends BufferGeometry>(geometry: T, x: number, y: number, z: number, rx = 0, ry = 0, rz = 0): T {
  if (rx) geometry.rotateX(rx);
  if (ry) geometry.rotateY(ry);
  if (rz) geometry.rotateZ(rz);
  geometry.translate(x, y, z);
  return geometry;
}

/** A rounded body: an elliptic cylinder along the axis, `width` × `depth`, with slightly concave-looking rims. */
function bodyGeometry(d: VertebraDimensions): BufferGeometry {
  const body = new CylinderGeometry(0.5, 0.5, d.bodyHeightMm, 40, 3);
  const position = body.getAttribute('position');
  for (let i = 0; i < position.count; i++) {
    const y = position.getY(i);
    // A waist: the mid-body is ≈6 % narrower than the endplate rims, as real bodies are.
    const waist = 1 - 0.06 * (1 - Math.abs((2 * y) / d.bodyHeightMm));
    position.setX(i, position.getX(i) * d.bodyWidthMm * waist);
    position.setZ(i, position.getZ(i) * d.bodyDepthMm * waist);
  }
  body.computeVertexNormals();
  return body;
}

/**
 * One vertebra as one geometry in scene coordinates, split in the body (opaque in the 3D view) and the posterior
 * arch (pedicles, laminae, spinous and transverse processes).
 */
export function buildVertebra(d: VertebraDimensions): { body: BufferGeometry; arch: BufferGeometry } {
  const h = d.bodyHeightMm;
  const yMid = sceneY(d.upperEndplateMm + h / 2);
  const body = placed(bodyGeometry(d), 0, yMid, d.bodyDorsalMm - d.bodyDepthMm / 2);

  const parts: BufferGeometry[] = [];
  const pedicleH = 0.45 * h;
  const pedicleYMid = sceneY(d.upperEndplateMm + 0.35 * h); // pedicles arise from the upper half of the body
  const pedicleLength = -d.bodyDorsalMm + DORSAL_EPIDURAL_MM * 0.5; // from the body to the laminae
  const pedicleWidth = d.isLumbar ? 8 : 6;
  const archX = d.canalHalfWidthMm + pedicleWidth / 2;
  for (const side of [-1, 1]) {
    const pedicle = new CylinderGeometry(pedicleWidth / 2, pedicleWidth / 2, pedicleLength, 14);
    pedicle.scale(1, 1, pedicleH / pedicleWidth);
    parts.push(placed(pedicle, side * archX, pedicleYMid, d.bodyDorsalMm + pedicleLength / 2, Math.PI / 2));
    // Lamina: a plate from the pedicle up and inwards over the canal, roofing it; it slopes caudally.
    const laminaLength = Math.hypot(archX, 6);
    const lamina = new BoxGeometry(laminaLength, 0.75 * h, 4.5);
    const angle = Math.atan2(6, archX);
    parts.push(
      placed(
        lamina,
        (side * archX) / 2,
        sceneY(d.upperEndplateMm + 0.55 * h),
        DORSAL_EPIDURAL_MM + 2.25 + 3,
        0.15,
        0,
        -side * angle,
      ),
    );
    // Transverse process: laterally and dorsally from the pedicle–lamina junction (longer in the thorax).
    const tpLength = d.isLumbar ? 20 : 15;
    const tp = new CylinderGeometry(2.8, 3.5, tpLength, 10);
    parts.push(
      placed(
        tp,
        side * (archX + tpLength / 2 - 1),
        pedicleYMid - 2,
        DORSAL_EPIDURAL_MM + 1 + (d.isLumbar ? 0 : tpLength * 0.25),
        0,
        0,
        Math.PI / 2 + side * (d.isLumbar ? 0 : -0.3),
      ),
    );
    // Articular processes: short pillars above and below the pedicle–lamina junction.
    parts.push(
      placed(
        new CylinderGeometry(3, 3, 0.6 * h, 10),
        side * (archX - 0.5),
        sceneY(d.upperEndplateMm + 0.15 * h),
        DORSAL_EPIDURAL_MM + 1,
      ),
    );
    parts.push(
      placed(
        new CylinderGeometry(2.8, 2.8, 0.45 * h, 10),
        side * (archX - 1.5),
        sceneY(d.upperEndplateMm + 0.95 * h),
        DORSAL_EPIDURAL_MM + 2.5,
      ),
    );
  }
  // Spinous process: dorsal from the laminae' junction; thoracic ones point steeply caudally, lumbar ones straight back.
  const spineLength = d.isLumbar ? 26 : 32;
  const slope = d.isLumbar ? 0.15 : 0.95;
  const spinous = new BoxGeometry(4.5, 0.5 * h, spineLength);
  parts.push(
    placed(
      spinous,
      0,
      sceneY(d.upperEndplateMm + 0.6 * h) - Math.sin(slope) * spineLength * 0.5,
      DORSAL_EPIDURAL_MM + 8 + Math.cos(slope) * spineLength * 0.5,
      slope,
    ),
  );
  const arch = mergeGeometries(parts.map((p) => p.toNonIndexed()));
  for (const p of parts) p.dispose();
  return { body, arch };
}

/** The disc below a level, an elliptic cylinder filling the gap to the next body. */
export function buildDisc(d: VertebraDimensions): BufferGeometry | undefined {
  if (d.discBelowMm <= 0) return undefined;
  const disc = new CylinderGeometry(0.5, 0.5, d.discBelowMm, 40);
  disc.scale(d.bodyWidthMm * 0.96, 1, d.bodyDepthMm * 0.96);
  return placed(
    disc,
    0,
    sceneY(d.upperEndplateMm + d.bodyHeightMm + d.discBelowMm / 2),
    d.bodyDorsalMm - d.bodyDepthMm / 2,
  );
}

/**
 * A tube along the canal whose elliptic cross-section follows `sectionAt(axialMm)` → centre (lateral, dorsal) and
 * half-axes (lateral, dorsal), from `startMm` to `endMm` every `stepMm`. Optionally only an arc (`arc` = [from, to]
 * angles, 0 = patient's right, π/2 = dorsal) to draw a strip such as the dorsal columns.
 */
export function buildCanalTube(
  startMm: number,
  endMm: number,
  stepMm: number,
  sectionAt: (axialMm: number) => { lateral: number; dorsal: number; halfWidth: number; halfDepth: number },
  radial = 36,
  arc: readonly [number, number] = [0, 2 * Math.PI],
): BufferGeometry {
  const rings = Math.max(2, Math.ceil((endMm - startMm) / stepMm) + 1);
  const positions: number[] = [];
  const indices: number[] = [];
  const closed = arc[1] - arc[0] >= 2 * Math.PI - 1e-9;
  const columns = closed ? radial : radial + 1;
  for (let r = 0; r < rings; r++) {
    const axial = startMm + ((endMm - startMm) * r) / (rings - 1);
    const s = sectionAt(axial);
    for (let k = 0; k < columns; k++) {
      const t = arc[0] + ((arc[1] - arc[0]) * k) / radial;
      // angle 0 → patient's right (+x), π/2 → dorsal (+z)
      positions.push(
        sceneX(s.lateral) + s.halfWidth * Math.cos(t),
        sceneY(axial),
        s.dorsal + s.halfDepth * Math.sin(t),
      );
    }
  }
  for (let r = 0; r < rings - 1; r++) {
    for (let k = 0; k < (closed ? columns : columns - 1); k++) {
      const a = r * columns + k;
      const b = r * columns + ((k + 1) % columns);
      const c = a + columns;
      const e = b + columns;
      indices.push(a, b, c, b, e, c);
    }
  }
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new Float32BufferAttribute(positions, 3));
  geometry.setIndex(indices);
  geometry.computeVertexNormals();
  return geometry;
}

/** The cord's centre and half-axes at an axial position (spine frame, mm). */
export function cordSectionAt(axialMm: number, posture: Posture, patient: PatientAnatomy) {
  const s = canalSectionAt(mm(axialMm), posture, patient);
  const top = -(s.duraThicknessMm + s.dcsfMm);
  return {
    lateral: s.cordLateralOffsetMm,
    dorsal: top - s.cordApMm / 2,
    halfWidth: s.cordTransverseMm / 2,
    halfDepth: s.cordApMm / 2,
  };
}

/** The dural sac's outer surface at an axial position: dorsal surface at dorsalMm 0. */
export function sacSectionAt(axialMm: number, posture: Posture, patient: PatientAnatomy) {
  const s = canalSectionAt(mm(axialMm), posture, patient);
  const depth = sacDepthMm(s);
  return { lateral: 0, dorsal: -depth / 2, halfWidth: s.sacHalfWidthMm, halfDepth: depth / 2 };
}

/** Axial extent of the drawn region (mm): the top of the first drawn body to the bottom of the last. */
export function drawnSpanMm(levels: readonly VertebralLevel[] = DRAWN_LEVELS): [number, number] {
  const last = levels[levels.length - 1]!;
  return [upperEndplateMm(levels[0]!), upperEndplateMm(last) + levelDimensions(last).bodyHeightMm];
}

/** The cord (to the conus, tapering over its last 12 mm), the dorsal-column strip, the sac and its CSF. */
export function buildCanalContents(
  posture: Posture,
  patient: PatientAnatomy,
  levels: readonly VertebralLevel[] = DRAWN_LEVELS,
) {
  const [start, end] = drawnSpanMm(levels);
  const conus = axialMmOf(patient.conus);
  const cordEnd = Math.min(end, conus);
  const taper = (axial: number) => Math.max(0.08, Math.min(1, (cordEnd - axial) / 12));
  const cordAt = (axial: number) => {
    const c = cordSectionAt(axial, posture, patient);
    const k = taper(axial);
    return { ...c, halfWidth: c.halfWidth * k, halfDepth: c.halfDepth * k, dorsal: c.dorsal + c.halfDepth * (1 - k) };
  };
  const cord = buildCanalTube(start, cordEnd, CORD_STEP_MM, cordAt, CORD_RADIAL);
  // Dorsal columns: the dorsal arc within 0.35 × cord width of the midline (cord-surface.ts), raised 0.05 mm.
  const columnsAt = (axial: number) => {
    const c = cordAt(axial);
    return { ...c, halfWidth: c.halfWidth + 0.05, halfDepth: c.halfDepth + 0.05 };
  };
  const columnHalfAngle = Math.asin(0.7);
  const dorsalColumns = buildCanalTube(start, cordEnd - 4, CORD_STEP_MM, columnsAt, DORSAL_COLUMN_RADIAL, [
    Math.PI / 2 - columnHalfAngle,
    Math.PI / 2 + columnHalfAngle,
  ]);
  const sac = buildCanalTube(start, end, SAC_STEP_MM, (a) => sacSectionAt(a, posture, patient), SAC_RADIAL);
  const csf = buildCanalTube(
    start,
    end,
    SAC_STEP_MM,
    (a) => {
      const s = sacSectionAt(a, posture, patient);
      return { ...s, halfWidth: s.halfWidth - 0.3, halfDepth: s.halfDepth - 0.3 };
    },
    SAC_RADIAL,
  );
  return { cord, dorsalColumns, sac, csf };
}

/** Cord segments whose roots enter within the drawn region. */
export function drawnSegments(
  patient: PatientAnatomy,
  levels: readonly VertebralLevel[] = DRAWN_LEVELS,
): CordSegment[] {
  const [start, end] = drawnSpanMm(levels);
  return CORD_SEGMENTS.filter((segment) => {
    if (segment === 'C1') return false;
    const span = segmentSpan(segment, patient);
    const mid = (span.startMm + span.endMm) / 2;
    return mid > start && mid < end && rootExitMm(segment) < end + 40;
  });
}

/**
 * Dorsal roots as thin tubes: per segment and side, two rootlets (a quarter and three quarters down the entry zone)
 * along the core's `rootletPath`, continued laterally through the dura to the foramen.
 */
export function buildDorsalRoots(
  posture: Posture,
  patient: PatientAnatomy,
  levels: readonly VertebralLevel[] = DRAWN_LEVELS,
): BufferGeometry {
  const tubes: BufferGeometry[] = [];
  for (const segment of drawnSegments(patient, levels)) {
    const span = segmentSpan(segment, patient);
    const exit = rootExitMm(segment);
    for (const side of [1, -1] as const) {
      for (const fraction of [0.25, 0.75]) {
        const entry = span.startMm + (span.endMm - span.startMm) * fraction;
        const section = canalSectionAt(mm(entry), posture, patient);
        const path = rootletPath(entry, side, exit, section);
        const points = path
          .filter((_, i) => i % 20 === 0 || i === path.length - 1)
          .map((p) => new Vector3(...tupleToScene(p)));
        const last = path[path.length - 1]!;
        // Out through the dura and the foramen, beside the pedicle.
        points.push(new Vector3(...tupleToScene([last[0] + 2, last[1] + side * 5, last[2] - 1])));
        points.push(new Vector3(...tupleToScene([last[0] + 4, last[1] + side * 12, last[2] - 3])));
        const curve = new CatmullRomCurve3(points);
        tubes.push(
          new TubeGeometry(
            curve,
            Math.max(8, Math.ceil(curve.getLength() / ROOT_SEGMENT_MM)),
            0.35,
            ROOT_RADIAL,
            false,
          ),
        );
      }
    }
  }
  const merged = mergeGeometries(tubes);
  for (const t of tubes) t.dispose();
  return merged;
}

/** Lays a shape drawn in x–y (x = scene x, y = dorsalMm) into the axial plane at scene `y`: rotateX(π/2) maps (x, y, 0) → (x, 0, y). */
export function layInAxialPlane(geometry: BufferGeometry, y: number): BufferGeometry {
  geometry.rotateX(Math.PI / 2);
  geometry.translate(0, y, 0);
  return geometry;
}

/** A filled ellipse in the axial plane at scene y, for the axial section drawing (slightly lifted by `lift`). */
export function ellipseSlice(
  lateral: number,
  dorsal: number,
  halfWidth: number,
  halfDepth: number,
  y: number,
  hole?: { lateral: number; dorsal: number; halfWidth: number; halfDepth: number },
): BufferGeometry {
  const shape = new Shape();
  shape.absellipse(sceneX(lateral), dorsal, halfWidth, halfDepth, 0, 2 * Math.PI, false, 0);
  if (hole) {
    const path = new Shape();
    path.absellipse(sceneX(hole.lateral), hole.dorsal, hole.halfWidth, hole.halfDepth, 0, 2 * Math.PI, true, 0);
    shape.holes.push(path);
  }
  const geometry = new ShapeGeometry(shape, 48);
  layInAxialPlane(geometry, y);
  return geometry;
}
