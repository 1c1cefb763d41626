/**
 * "Same contacts, other paradigms": the active program as tonic, burst and 10 kHz at its own contacts, built with
 * the core's edits (`setParadigm` with the paradigm's preset, `setDosing`, `setAmplitude` — what the programmer does)
 * and kept only when the core would deliver it (`validateProgram`, `blockingFindings`).
 *
 * The amplitude of a switched paradigm: the program's own delivered amplitude (within the paradigm's ceiling, on its
 * step) — the same current at the same contacts — lowered to the paradigm's comfort threshold where the patient would
 * call it too strong (at or above discomfort), as a clinician would turn it down. The thresholds come from the
 * physiology worker (`thresholdsOf`), the same answer the workstation's titration chart shows.
 */
import {
  PARADIGM_PRESETS,
  amplitudeCeilingOf,
  amplitudeStepMaOf,
  applyEdit,
  blockingFindings,
  deliveredAmplitudeMa,
  mA,
  validateProgram,
  type ParadigmKindName,
  type Program,
  type ResolvedImplant,
  type Session,
} from '../../src-core';
import type { TitrationChartData } from '../physiology/protocol';

/** The paradigms the variants cover, in column order. */
export const VARIANT_KINDS: readonly ParadigmKindName[] = ['tonic', 'burst', 'highFrequency'];

/** A paradigm in a label's words. */
export const PARADIGM_WORD: Record<ParadigmKindName, string> = {
  tonic: 'Tonic',
  burst: 'Burst',
  highFrequency: '10 kHz',
};

/** The worker's thresholds of one area of `session`'s active program at `amplitudeMa` (mA). */
export type ThresholdsOf = (session: Session, areaIndex: number, amplitudeMa: number) => Promise<TitrationChartData>;

/** A variant ready to pin, or why it was left out. */
export type VariantOutcome =
  | { readonly ok: true; readonly kind: ParadigmKindName; readonly label: string; readonly program: Program }
  | { readonly ok: false; readonly kind: ParadigmKindName; readonly message: string };

const floorToStep = (valueMa: number, stepMa: number) => Math.floor(valueMa / stepMa + 1e-9) * stepMa;
const roundMa = (valueMa: number) => Math.round(valueMa * 1000) / 1000;

/**
 * The amplitude a switched paradigm runs at: `startMa`, unless the patient would call it too strong there
 * (`startMa` ≥ discomfort), then the comfort threshold — both on the device's step (rounded down).
 * @example variantAmplitudeMa(5, { comfortMa: 1.27, discomfortMa: 1.4 }, 0.05); // 1.25
 */
export function variantAmplitudeMa(
  startMa: number,
  thresholds: Pick<TitrationChartData, 'comfortMa' | 'discomfortMa'>,
  stepMa: number,
): number {
  const { comfortMa, discomfortMa } = thresholds;
  if (discomfortMa === null || startMa < discomfortMa || comfortMa === null) return startMa;
  return roundMa(floorToStep(comfortMa, stepMa));
}

/** A one-program session of `program` (its contacts, the patient, the implant), for the worker and the checks. */
export const sessionWith = (session: Session, program: Program): Session => ({
  ...session,
  programs: [program],
  activeProgram: 0,
});

/** Why the core would not deliver `program`, or undefined when it would. */
function notDeliverable(session: Session, program: Program, implant: ResolvedImplant): string | undefined {
  const issue = validateProgram(program, implant, 0)[0];
  if (issue) return issue.message;
  return blockingFindings(sessionWith(session, program), implant)[0]?.message;
}

/** One variant: the program itself for its own paradigm, else switched to `kind`'s preset at a fitting amplitude. */
async function variantOf(
  session: Session,
  implant: ResolvedImplant,
  program: Program,
  kind: ParadigmKindName,
  thresholdsOf: ThresholdsOf,
): Promise<VariantOutcome> {
  const word = PARADIGM_WORD[kind];
  if (program.paradigm.kind === kind) {
    const problem = notDeliverable(session, program, implant);
    return problem
      ? { ok: false, kind, message: `${word}: ${problem}` }
      : { ok: true, kind, label: `${word} · “${program.name}” as programmed`, program };
  }
  if (!implant.ipg.paradigms[kind])
    return { ok: false, kind, message: `${word}: the ${implant.ipg.name} cannot deliver it.` };
  const preset = PARADIGM_PRESETS[kind];
  let variant = applyEdit(sessionWith(session, program), {
    kind: 'setParadigm',
    program: 0,
    paradigm: preset.paradigm,
    rateHz: preset.rateHz,
    pulseWidthUs: preset.pulseWidthUs,
  });
  const switched = variant.programs[0]!;
  const stepMa = amplitudeStepMaOf(implant.ipg, switched);
  const ceilingMa = amplitudeCeilingOf(implant.ipg, switched).maxMa;
  const originalStep = amplitudeStepMaOf(implant.ipg, program);
  for (let areaIndex = 0; areaIndex < program.areas.length; areaIndex++) {
    const area = program.areas[areaIndex]!;
    const startMa = roundMa(floorToStep(Math.min(deliveredAmplitudeMa(area, mA(originalStep)), ceilingMa), stepMa));
    const at = { program: 0, area: areaIndex };
    variant = applyEdit(variant, { kind: 'setDosing', ...at, dosing: { mode: 'absolute' } });
    variant = applyEdit(variant, { kind: 'setAmplitude', ...at, amplitudeMa: mA(startMa) });
    const thresholds = await thresholdsOf(variant, areaIndex, startMa);
    const amplitudeMa = variantAmplitudeMa(startMa, thresholds, stepMa);
    if (amplitudeMa !== startMa)
      variant = applyEdit(variant, { kind: 'setAmplitude', ...at, amplitudeMa: mA(amplitudeMa) });
  }
  const built = variant.programs[0]!;
  const problem = notDeliverable(session, built, implant);
  if (problem) return { ok: false, kind, message: `${word}: ${problem}` };
  return { ok: true, kind, label: `${word} · contacts of “${program.name}”`, program: built };
}

/**
 * The tonic, burst and 10 kHz variants of `program`, in that order; each either ready to pin or left out with the
 * core's reason (an IPG without the paradigm, a charge density over the limit).
 */
export async function paradigmVariants(
  session: Session,
  implant: ResolvedImplant,
  program: Program,
  thresholdsOf: ThresholdsOf,
): Promise<readonly VariantOutcome[]> {
  const outcomes: VariantOutcome[] = [];
  for (const kind of VARIANT_KINDS) outcomes.push(await variantOf(session, implant, program, kind, thresholdsOf));
  return outcomes;
}
