/**
 * What success means in a case, as data a scorer can check: each criterion names the field of a simulation result
 * (`SimulationResult`), of the energy report (`ProgramEnergy`), of the session or of the visit record
 * (`VisitRecord`) it is read from, so the goal is evaluated from what the simulator already produces.
 */
import { z } from 'zod';
import { postureSchema as posture } from '../session/schema';

const pct = z.number().finite().min(0).max(100);
/**
 * Which device program a result criterion reads (0-based); absent = the active one. Where thresholds move with posture,
 * patients keep a program per posture or the device adapts it (Schultz 2012, position-adaptive SCS).
 */
const deviceProgram = z.number().int().min(0).max(31).optional();
/** Longest simulated time a relief goal may ask for: 14 days (min), past every wash-in of the relief model. */
export const MAX_RELIEF_AFTER_MIN = 14 * 24 * 60;

/** One success criterion; `kind` says which result field it reads (docs/case-format.md, "Success criteria"). */
export const successCriterionSchema = z.discriminatedUnion('kind', [
  /** `SimulationResult.coverage.painCoveredPct ≥ minPct` in `posture` (default supine). */
  z.strictObject({ kind: z.literal('painCovered'), minPct: pct, posture: posture.optional(), deviceProgram }),
  /** `SimulationResult.coverage.extraneousPct ≤ maxPct` in `posture` (default supine). */
  z.strictObject({
    kind: z.literal('paresthesiaOutsidePain'),
    maxPct: pct,
    posture: posture.optional(),
    deviceProgram,
  }),
  /** `SimulationResult.uncomfortable === false` in `posture` (default supine). */
  z.strictObject({ kind: z.literal('comfortable'), posture: posture.optional(), deviceProgram }),
  /** `SimulationResult.paresthesia.length === 0`: nothing felt (10 kHz, sub-perception). */
  z.strictObject({ kind: z.literal('paresthesiaFree') }),
  /** `SimulationResult.relief.overallPct ≥ minPct` with `elapsedMin = afterMin`. */
  z.strictObject({
    kind: z.literal('relief'),
    minPct: pct,
    afterMin: z.number().finite().min(0).max(MAX_RELIEF_AFTER_MIN),
  }),
  /** An impedance check was run at the visit (the visit's event log; scoring reads it). */
  z.strictObject({ kind: z.literal('impedanceChecked') }),
  /** `VisitRecord.thresholds` holds each of `kinds` for the saved configuration. */
  z.strictObject({
    kind: z.literal('thresholdsRecorded'),
    kinds: z
      .array(z.enum(['perception', 'comfort', 'discomfort']))
      .min(1)
      .max(3),
  }),
  /** `Session.devicePrograms` holds the working program (saved to the device). */
  z.strictObject({ kind: z.literal('savedToDevice') }),
  /** No area of `Session.devicePrograms` uses a contact of the case's injected faults (hidden until the debrief). */
  z.strictObject({ kind: z.literal('avoidsFaultyContacts') }),
  /** `ProgramEnergy.rechargeMinutesPerDay ≤ maxRechargeMinPerDay` (rechargeable IPG) of the active device program. */
  z.strictObject({ kind: z.literal('energy'), maxRechargeMinPerDay: z.number().finite().min(0).max(1440) }),
  /** `ProgramEnergy.longevityYears ≥ minLongevityYears` (primary-cell IPG) of the active device program. */
  z.strictObject({ kind: z.literal('longevity'), minLongevityYears: z.number().finite().min(0).max(30) }),
]);
export type SuccessCriterion = z.infer<typeof successCriterionSchema>;

/** " sitting, with device program 2" — the posture when not supine, the program when one is named. */
const where = (c: { posture?: string | undefined; deviceProgram?: number | undefined }) =>
  `${c.posture && c.posture !== 'supine' ? ` ${c.posture}` : ''}${c.deviceProgram !== undefined ? `${c.posture && c.posture !== 'supine' ? ',' : ''} with device program ${c.deviceProgram + 1}` : ''}`;

/**
 * A criterion in the words a case brief shows the trainee.
 * @example describeCriterion({ kind: 'painCovered', minPct: 80 }); // "paresthesia covers ≥ 80 % of the pain"
 */
export function describeCriterion(criterion: SuccessCriterion): string {
  switch (criterion.kind) {
    case 'painCovered':
      return `paresthesia covers ≥ ${criterion.minPct} % of the pain${where(criterion)}`;
    case 'paresthesiaOutsidePain':
      return `≤ ${criterion.maxPct} % of the paresthesia lies outside the pain${where(criterion)}`;
    case 'comfortable':
      return `the patient finds it comfortable${where(criterion)}`;
    case 'paresthesiaFree':
      return 'the patient feels no paresthesia';
    case 'relief':
      return `pain relief ≥ ${criterion.minPct} % after ${criterion.afterMin} simulated min`;
    case 'impedanceChecked':
      return 'an impedance check was done';
    case 'thresholdsRecorded':
      return `thresholds recorded: ${criterion.kinds.join(', ')}`;
    case 'savedToDevice':
      return 'the program is saved to the device';
    case 'avoidsFaultyContacts':
      return 'the device programs use no faulty contact';
    case 'energy':
      return `recharging ≤ ${criterion.maxRechargeMinPerDay} min/day`;
    case 'longevity':
      return `battery longevity ≥ ${criterion.minLongevityYears} years`;
  }
}
