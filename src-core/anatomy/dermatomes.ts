/**
 * Dermatomes a patient can feel paresthesia in or draw pain over, rostral to caudal. C1 has no dermatome.
 * Used for pain maps and paresthesia reports (side is separate: `left` | `right`).
 */
export const DERMATOMES = [
  'C2',
  'C3',
  'C4',
  'C5',
  'C6',
  'C7',
  'C8',
  'T1',
  'T2',
  'T3',
  'T4',
  'T5',
  'T6',
  'T7',
  'T8',
  'T9',
  'T10',
  'T11',
  'T12',
  'L1',
  'L2',
  'L3',
  'L4',
  'L5',
  'S1',
  'S2',
  'S3',
  'S4',
  'S5',
] as const;
export type Dermatome = (typeof DERMATOMES)[number];

/** Body side, from the patient's point of view. */
export type Side = 'left' | 'right';
