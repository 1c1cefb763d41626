import type { Dermatome } from '../anatomy/dermatomes';

/** "left" from the owner "my left": for places said as "the left side of my neck". */
const sideWord = (owner: string) => owner.replace(/^my /, '');

/**
 * Where a patient feels each dermatome, in their own words (standard dermatome charts, e.g. Foerster's maps as drawn
 * in current anatomy texts) [R]. `one` takes the owner ("my left"), `both` is the two-sided form; `band` is the
 * wording for a strong segmental (dorsal-root) sensation around the trunk.
 */
export const BODY_REGION: Readonly<
  Record<Dermatome, { readonly one: (owner: string) => string; readonly both: string; readonly band?: string }>
> = {
  C2: { one: (o) => `the ${sideWord(o)} side of the back of my head`, both: 'the back of my head' },
  C3: { one: (o) => `the ${sideWord(o)} side of my neck`, both: 'my neck' },
  C4: { one: (o) => `the top of ${o} shoulder`, both: 'the tops of both shoulders' },
  C5: { one: (o) => `${o} outer upper arm`, both: 'both outer upper arms' },
  C6: { one: (o) => `${o} thumb and forearm`, both: 'both thumbs and forearms' },
  C7: { one: (o) => `${o} middle finger`, both: 'both middle fingers' },
  C8: { one: (o) => `the little-finger side of ${o} hand`, both: 'the little-finger side of both hands' },
  T1: { one: (o) => `${o} inner forearm`, both: 'both inner forearms' },
  T2: { one: (o) => `${o} armpit`, both: 'both armpits', band: 'a band around the top of my chest' },
  T3: { one: (o) => `${o} upper chest`, both: 'my upper chest', band: 'a band around my upper chest' },
  T4: { one: (o) => `${o} chest`, both: 'my chest', band: 'a band around my chest' },
  T5: { one: (o) => `${o} lower chest`, both: 'my lower chest', band: 'a band around my chest' },
  T6: { one: (o) => `${o} lower ribs`, both: 'my lower ribs', band: 'a band around my lower ribs' },
  T7: { one: (o) => `${o} lower ribs`, both: 'my lower ribs', band: 'a tight band around my ribs' },
  T8: { one: (o) => `${o} upper belly`, both: 'my upper belly', band: 'a tight band around my ribs' },
  T9: { one: (o) => `${o} upper belly`, both: 'my upper belly', band: 'a band around my upper belly' },
  T10: {
    one: (o) => `${o} side at the navel`,
    both: 'my belly at the navel',
    band: 'a band around my waist at the navel',
  },
  T11: { one: (o) => `${o} lower belly`, both: 'my lower belly', band: 'a band around my lower belly' },
  T12: {
    one: (o) => `${o} lower belly and hip`,
    both: 'my lower belly and hips',
    band: 'a band around my lower belly and hips',
  },
  L1: { one: (o) => `${o} groin`, both: 'my groin', band: 'a pulling in my groin' },
  L2: { one: (o) => `the front of ${o} thigh`, both: 'the front of both thighs' },
  L3: { one: (o) => `${o} inner thigh and knee`, both: 'both inner thighs and knees' },
  L4: { one: (o) => `${o} knee and shin`, both: 'both knees and shins' },
  L5: { one: (o) => `${o} outer calf and the top of the foot`, both: 'both outer calves and the tops of my feet' },
  S1: { one: (o) => `${o} sole and heel`, both: 'both soles and heels' },
  S2: { one: (o) => `the back of ${o} thigh`, both: 'the back of both thighs' },
  S3: { one: (o) => `${o} buttock`, both: 'both buttocks' },
  S4: { one: () => 'the saddle area', both: 'the saddle area' },
  S5: { one: () => 'the saddle area', both: 'the saddle area' },
};

/**
 * True when the words for `wider` on one side also name `narrower`'s place: T12's "my left lower belly and hip" holds
 * T11's "my left lower belly". Where both are felt on a side, the patient names only the wider.
 *
 * @example
 * isNamedWithin('T11', 'T12'); // true
 */
export function isNamedWithin(narrower: Dermatome, wider: Dermatome): boolean {
  const owner = 'my left';
  return BODY_REGION[wider].one(owner).startsWith(`${BODY_REGION[narrower].one(owner)} and `);
}

/** Dermatomes felt in the leg below the groin: when most of them tingle, the patient speaks of "the leg". */
export const LEG_DERMATOMES: readonly Dermatome[] = ['L2', 'L3', 'L4', 'L5', 'S1', 'S2'];
export const FOOT_DERMATOMES: readonly Dermatome[] = ['L5', 'S1'];
