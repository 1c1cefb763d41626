import { mirrorRegions, occiput, trunkBands, type HalfRegion, type Region } from './geometry';

/*
 * Dermatome regions drawn after the usual charts (Foerster/Keegan as redrawn for the ASIA examination, e.g. key
 * points: C6 thumb, C7 middle finger, C8 little finger, T4 nipple, T10 navel, L2 mid-thigh, L3 medial knee,
 * L4 medial malleolus, L5 dorsum of the foot, S1 lateral heel). Approximate: a teaching picture whose regions are
 * what the model counts (dermatome × side), not a clinical atlas. Coordinates: see `geometry.ts`. The figure is in
 * the anatomical position (palms forward, thumbs out), so on both views the outer edge of a limb is its lateral side.
 */

/** Neck, shoulder and arm: the same on both views (palm forward on the front, back of the hand on the back). */
const NECK_AND_ARM: readonly HalfRegion[] = [
  {
    dermatome: 'C3',
    polygons: [
      [
        [90, 57],
        [100, 57],
        [100, 64],
        [90, 64],
      ],
    ],
  },
  {
    dermatome: 'C4',
    polygons: [
      [
        [90, 64],
        [100, 64],
        [100, 82],
        [72, 82],
        [64, 86],
        [56, 82],
        [62, 72],
      ],
    ],
  },
  {
    dermatome: 'C5',
    polygons: [
      [
        [56, 82],
        [64, 86],
        [60, 95],
        [53, 150],
        [46, 150],
        [50, 110],
      ],
    ],
  },
  {
    dermatome: 'C6',
    polygons: [
      [
        [46, 150],
        [53, 150],
        [47, 185],
        [43, 215],
        [36, 215],
        [40, 185],
      ],
      [
        [36, 215],
        [33, 228],
        [32, 243],
        [35, 254],
        [37.5, 257],
        [40.5, 215],
      ],
    ],
  },
  {
    dermatome: 'C7',
    polygons: [
      [
        [40.5, 215],
        [37.5, 257],
        [40, 260],
        [46, 259],
        [46, 215],
      ],
    ],
  },
  {
    dermatome: 'C8',
    polygons: [
      [
        [47, 185],
        [54, 185],
        [50, 215],
        [43, 215],
      ],
      [
        [46, 215],
        [46, 259],
        [51, 249],
        [52, 230],
        [50, 215],
      ],
    ],
  },
  {
    dermatome: 'T1',
    polygons: [
      [
        [53, 150],
        [60, 150],
        [54, 185],
        [47, 185],
      ],
    ],
  },
  {
    dermatome: 'T2',
    polygons: [
      [
        [64, 86],
        [72, 82],
        [100, 82],
        [100, 92],
        [70, 92],
        [69, 96],
        [62, 120],
        [60, 150],
        [53, 150],
        [60, 95],
      ],
    ],
  },
];

/** Front: bands sloping down towards the midline (T4 at the nipples, T10 at the navel), L1 at the groin. */
const FRONT_TRUNK = trunkBands(
  ['T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'T10', 'T11', 'T12'],
  [
    [92, 92],
    [102, 102],
    [112, 113],
    [122, 124],
    [132, 135],
    [142, 146],
    [152, 157],
    [162, 168],
    [176, 182],
    [188, 194],
    [198, 206],
  ],
);

const FRONT_LEG: readonly HalfRegion[] = [
  // L1: the groin and the top of the inner thigh, below the inguinal fold.
  {
    dermatome: 'L1',
    polygons: [
      [
        [68, 198],
        [100, 206],
        [100, 232],
        [98, 236],
        [97, 250],
        [65, 226],
        [66, 215],
        [68, 195],
      ],
    ],
  },
  // L2, L3: oblique bands across the front of the thigh, L3 reaching the inner knee.
  {
    dermatome: 'L2',
    polygons: [
      [
        [65, 226],
        [97, 250],
        [95, 260],
        [93, 282],
        [65, 258],
        [64, 240],
      ],
    ],
  },
  {
    dermatome: 'L3',
    polygons: [
      [
        [65, 258],
        [93, 282],
        [91, 300],
        [90, 318],
        [67, 285],
        [66, 270],
      ],
    ],
  },
  // L4: the knee, the inner shin and the inner edge of the foot.
  {
    dermatome: 'L4',
    polygons: [
      [
        [67, 285],
        [90, 318],
        [92, 340],
        [90, 370],
        [88, 395],
        [88, 400],
        [92, 410],
        [93, 423],
        [88, 424.5],
        [87, 412],
        [86, 400],
        [84, 370],
        [80, 340],
        [70, 305],
        [68, 300],
      ],
    ],
  },
  // L5: the outer shin and the top of the foot.
  {
    dermatome: 'L5',
    polygons: [
      [
        [70, 305],
        [80, 340],
        [84, 370],
        [86, 400],
        [87, 412],
        [88, 424.5],
        [77, 424],
        [78, 412],
        [79, 400],
        [76, 400],
        [75, 395],
        [72, 370],
        [68, 340],
      ],
    ],
  },
  // S1: the outer edge of the foot.
  {
    dermatome: 'S1',
    polygons: [
      [
        [76, 400],
        [72, 412],
        [70, 420],
        [74, 424],
        [77, 424],
        [78, 412],
        [79, 400],
      ],
    ],
  },
];

/** Front view: C2 under the jaw; the face (trigeminal) is left plain. Viewer's left = the patient's right. */
export const FRONT_REGIONS: readonly Region[] = mirrorRegions(
  'front',
  [
    {
      dermatome: 'C2',
      polygons: [
        [
          [90, 48.4],
          [100, 52],
          [100, 57],
          [90, 57],
        ],
      ],
    },
    ...NECK_AND_ARM,
    ...FRONT_TRUNK,
    ...FRONT_LEG,
  ],
  'right',
);

/** Back: bands nearly level, the lumbar ones over the lower back; the sacral ones on the buttock and the saddle. */
const BACK_TRUNK = trunkBands(
  ['T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'T10', 'T11', 'T12', 'L1', 'L2', 'L3'],
  [
    [92, 92],
    [101, 100],
    [109, 108],
    [117, 116],
    [126, 124],
    [134, 132],
    [143, 140],
    [151, 148],
    [160, 156],
    [168, 164],
    [178, 173],
    [190, 184],
    [201, 195],
    [212, 206],
  ],
);

const BACK_LEG: readonly HalfRegion[] = [
  // S3: the buttock; S4 and S5 in rings round the anus (the saddle).
  {
    dermatome: 'S3',
    polygons: [
      [
        [66.4, 212],
        [100, 206],
        [100, 214],
        [92, 222],
        [91, 234],
        [97.5, 241],
        [97, 250],
        [80, 248],
        [64, 240],
        [65, 226],
        [66, 215],
      ],
    ],
  },
  {
    dermatome: 'S4',
    polygons: [
      [
        [100, 214],
        [92, 222],
        [91, 234],
        [97.5, 241],
        [98, 236],
        [96.5, 233],
        [95.5, 227],
        [100, 222],
      ],
    ],
  },
  {
    dermatome: 'S5',
    polygons: [
      [
        [100, 222],
        [95.5, 227],
        [96.5, 233],
        [98, 236],
        [100, 232],
      ],
    ],
  },
  // S2: the back of the thigh and the hollow of the knee, tapering into the calf.
  {
    dermatome: 'S2',
    polygons: [
      [
        [64, 240],
        [80, 248],
        [97, 250],
        [95, 260],
        [93, 282],
        [91, 300],
        [90, 318],
        [88, 316],
        [84, 345],
        [81, 350],
        [78, 345],
        [74, 308],
        [70, 305],
        [68, 300],
        [67, 285],
        [66, 270],
        [65, 258],
      ],
    ],
  },
  // L5: the outer calf; L4: the inner calf.
  {
    dermatome: 'L5',
    polygons: [
      [
        [70, 305],
        [74, 308],
        [76, 340],
        [78, 370],
        [79, 400],
        [76, 400],
        [75, 395],
        [72, 370],
        [68, 340],
      ],
    ],
  },
  {
    dermatome: 'L4',
    polygons: [
      [
        [88, 316],
        [90, 318],
        [92, 340],
        [90, 370],
        [88, 395],
        [88, 400],
        [86, 400],
        [85, 370],
        [87, 340],
      ],
    ],
  },
  // S1: the middle of the calf, the heel and the sole.
  {
    dermatome: 'S1',
    polygons: [
      [
        [74, 308],
        [78, 345],
        [81, 350],
        [84, 345],
        [88, 316],
        [87, 340],
        [85, 370],
        [86, 400],
        [79, 400],
        [78, 370],
        [76, 340],
      ],
      [
        [76, 400],
        [72, 412],
        [70, 420],
        [74, 424],
        [86, 425],
        [93, 423],
        [92, 410],
        [88, 400],
      ],
    ],
  },
];

/** Back view: C2 over the back of the head. Viewer's left = the patient's left. */
export const BACK_REGIONS: readonly Region[] = mirrorRegions(
  'back',
  [{ dermatome: 'C2', polygons: [occiput(14, 90)] }, ...NECK_AND_ARM, ...BACK_TRUNK, ...BACK_LEG],
  'left',
);
