/**
 * The numbers the simulator chooses rather than measures — the device fallback and the patient's rating scale —
 * named once here; the amplitude step and ceiling, the patient's words and the recorded thresholds derive from them.
 * Physiological constants with a source stay beside their model (perception/perception.ts).
 */
import type { IpgModel } from './hardware/types';
import type { Program } from './program/types';
import { mA, type Milliamps } from './units';

/**
 * Amplitude step (mA) used to round sub-perception doses when the IPG lacks the program's paradigm: 0.1 mA, the step
 * of generic IPGs. Such a program cannot be delivered anyway; the step only keeps the arithmetic defined.
 * @example amplitudeStepMaOf(ipg, program); // the paradigm's step, else FALLBACK_AMPLITUDE_STEP_MA
 */
export const FALLBACK_AMPLITUDE_STEP_MA = mA(0.1); // generic IPG amplitude step (Intellis, Spectra/WaveWriter, Proclaim specifications) [R]

// The patient's rating scale over felt intensity (0 just felt … 1 too strong), lowest word first; each bound is where
// the next word starts. The bounds are teaching choices [U]; what matters is that one scale serves both the words and
// the thresholds a visit records: the comfort threshold is where the patient first says "comfortable", the
// discomfort threshold where they first say "too strong".

/** From here the patient says "mild" rather than "very faint" [U]. */
export const MILD_INTENSITY = 0.15;
/** From here the patient says "comfortable"; the comfort threshold is where the strongest place reaches it [U]. */
export const COMFORT_INTENSITY = 0.5;
/** From here "strong, but I can bear it"; a dorsal root this strong feels like a tight band [U]. */
export const STRONG_INTENSITY = 0.75;
/**
 * "Too strong": the sensation is uncomfortable and this is the discomfort threshold (the top of the scale). It is
 * also the normalisation of felt intensity: perception's `intensityOf` reaches it at the discomfort fibre count.
 */
export const DISCOMFORT_INTENSITY = 1;

/**
 * The paradigm's amplitude step on `ipg` (mA), or FALLBACK_AMPLITUDE_STEP_MA when the IPG lacks the paradigm.
 * @example amplitudeStepMaOf(ipg, burstProgram); // 0.05 on ipg-rechargeable-32
 */
export function amplitudeStepMaOf(ipg: IpgModel, program: Pick<Program, 'paradigm'>): Milliamps {
  return ipg.paradigms[program.paradigm.kind]?.amplitudeMa.step ?? FALLBACK_AMPLITUDE_STEP_MA;
}

/** The highest amplitude one area of a program may have, and which limit sets it. */
export interface AmplitudeCeiling {
  /** The lower of the device and patient maxima (mA). */
  readonly maxMa: number;
  /** The device's: the paradigm's amplitude range capped by the IPG's per-area current (mA). */
  readonly deviceMaxMa: number;
  /** The program's patient maximum (mA). */
  readonly patientMaxMa: number;
  readonly limitedBy: 'device' | 'patient';
}

/**
 * The amplitude ceiling `validateProgram` holds an area to — the paradigm's range, the IPG's per-area current and
 * the program's patient maximum — so the CLI and the app refuse the same amplitudes. Without the paradigm the IPG's
 * per-area current is the device's limit.
 * @example amplitudeCeilingOf(ipg, program); // { maxMa: 8, deviceMaxMa: 25.5, patientMaxMa: 8, limitedBy: 'patient' }
 */
export function amplitudeCeilingOf(
  ipg: IpgModel,
  program: Pick<Program, 'paradigm' | 'patientMaxMa'>,
): AmplitudeCeiling {
  const paradigmMaxMa = ipg.paradigms[program.paradigm.kind]?.amplitudeMa.max ?? ipg.maxAreaCurrentMa;
  const deviceMaxMa = Math.min(paradigmMaxMa, ipg.maxAreaCurrentMa);
  const patientMaxMa = program.patientMaxMa;
  return patientMaxMa < deviceMaxMa
    ? { maxMa: patientMaxMa, deviceMaxMa, patientMaxMa, limitedBy: 'patient' }
    : { maxMa: deviceMaxMa, deviceMaxMa, patientMaxMa, limitedBy: 'device' };
}
/**
 * Why `amplitudeMa` may not be given to an area under `ceiling`, naming the limit; undefined when it may.
 * @example amplitudeAboveCeiling(ceiling, 9); // "9 mA is above the program's patient maximum of 8 mA."
 */
export function amplitudeAboveCeiling(ceiling: AmplitudeCeiling, amplitudeMa: number): string | undefined {
  if (amplitudeMa <= ceiling.maxMa) return undefined;
  const limit =
    ceiling.limitedBy === 'patient' ? "the program's patient maximum" : "the device's maximum for this paradigm";
  return `${amplitudeMa} mA is above ${limit} of ${ceiling.maxMa} mA.`;
}
