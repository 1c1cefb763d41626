import type { Dermatome } from '../anatomy/dermatomes';

/**
 * Where a patient feels each dermatome, in their own words (standard dermatome charts, e.g. Foerster's maps as drawn
 * in current anatomy texts) [R]. `band` is the wording for a segmental (dorsal-root) sensation on the trunk.
 */
export const BODY_REGION: Readonly<Record<Dermatome, { readonly place: string; readonly band?: string }>> = {
  C2: { place: 'back of the head' },
  C3: { place: 'neck' },
  C4: { place: 'top of the shoulder' },
  C5: { place: 'outer upper arm' },
  C6: { place: 'thumb side of the forearm and the thumb' },
  C7: { place: 'middle finger' },
  C8: { place: 'little-finger side of the hand' },
  T1: { place: 'inner forearm' },
  T2: { place: 'inner upper arm and armpit', band: 'a band around the top of my chest' },
  T3: { place: 'upper chest', band: 'a band around my upper chest' },
  T4: { place: 'chest at the nipple line', band: 'a band around my chest' },
  T5: { place: 'lower chest', band: 'a band around my chest' },
  T6: { place: 'lower chest', band: 'a band around my lower ribs' },
  T7: { place: 'bottom of the ribs', band: 'a tight band around my ribs' },
  T8: { place: 'upper belly', band: 'a tight band around my ribs' },
  T9: { place: 'upper belly', band: 'a band around my upper belly' },
  T10: { place: 'belly at the navel', band: 'a band around my waist at the navel' },
  T11: { place: 'lower belly', band: 'a band around my lower belly' },
  T12: { place: 'lower belly and the top of the hip', band: 'a band around my lower belly and hip' },
  L1: { place: 'groin', band: 'a pulling in my groin' },
  L2: { place: 'front of the thigh' },
  L3: { place: 'front of the thigh and inside of the knee' },
  L4: { place: 'knee and inner shin' },
  L5: { place: 'outer calf and top of the foot' },
  S1: { place: 'sole and outer edge of the foot and back of the calf' },
  S2: { place: 'back of the thigh' },
  S3: { place: 'buttock' },
  S4: { place: 'saddle area' },
  S5: { place: 'saddle area' },
};
