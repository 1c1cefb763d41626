import { z } from 'zod';
import { VERTEBRAL_LEVELS } from '../anatomy/vertebral-column';
import { DERMATOMES } from '../anatomy/dermatomes';
import { MAX_RECORDED_THRESHOLDS, MAX_SAFETY_OVERRIDES, MAX_SENSATION_NOTES } from './visit-record';
import { MAX_PROGRAM_NAME_CHARS, PROGRAM_FILE_BOUNDS as BOUNDS, type FileBound } from './bounds';
import { safeFileText } from './safe-text';

/** The `format` tag every session file carries, so a stray JSON file is recognised as not ours. */
export const SESSION_FORMAT = 'scs-sim-session';
/** The newest file version this build writes. Older versions are migrated on load (session/migrate.ts). */
export const SESSION_FORMAT_VERSION = 2;

const finite = z.number().finite();

/** How a refused value is shown: numbers as JavaScript prints them, anything else as (safe) JSON. */
function shownValue(input: unknown): string {
  if (typeof input === 'number') return String(input);
  const json = JSON.stringify(input) as string | undefined;
  return safeFileText(json ?? typeof input);
}

/**
 * A number the file must hold within `bound` (a whole number when `integer`); the message gives the allowed
 * range and the value found, and the JSON Schema keeps `minimum`/`maximum`.
 */
function bounded(bound: FileBound, integer = false) {
  const what = integer ? 'a whole number' : 'a number';
  const error = (issue: { input?: unknown }) =>
    `must be ${what} from ${bound.min} to ${bound.max} ${bound.unit}, not ${shownValue(issue.input)}`;
  const number = integer ? z.number({ error }).int({ error }) : z.number({ error });
  return number.min(bound.min, { error }).max(bound.max, { error });
}

export const levelPositionSchema = z.strictObject({
  level: z.enum(VERTEBRAL_LEVELS),
  offsetMm: finite.min(-40).max(60).describe('mm below the level’s upper endplate (negative = above)'),
});

export const leadPlacementSchema = z.strictObject({
  tip: levelPositionSchema,
  lateralMm: finite.min(-12).max(12).describe('lead axis from the vertebral midline, + = patient’s left'),
  depthMm: finite.min(0).max(3).describe('gap between the dura and the lead'),
  rotationDeg: finite.min(-45).max(45).describe('paddle rotation, + turns the tip to the patient’s left'),
});

export const hardwareSchema = z.strictObject({
  ipgId: z.string().min(1),
  leads: z
    .array(z.strictObject({ modelId: z.string().min(1), placement: leadPlacementSchema }))
    .min(1)
    .max(4),
});

export const contactSettingSchema = z.strictObject({
  electrode: z.union([bounded(BOUNDS.electrode, true), z.literal('case')], {
    error: (issue) =>
      `must be a contact number from ${BOUNDS.electrode.min} to ${BOUNDS.electrode.max} or "case", not ${shownValue(issue.input)}`,
  }),
  polarity: z.enum(['cathode', 'anode']),
  fractionPct: bounded(BOUNDS.fractionPct),
});

export const paradigmSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('tonic'),
    recharge: z.enum(['active', 'passive']),
    interphaseGapUs: bounded(BOUNDS.interphaseGapUs),
  }),
  z.strictObject({
    kind: z.literal('burst'),
    pulsesPerBurst: bounded(BOUNDS.pulsesPerBurst, true),
    intraBurstRateHz: bounded(BOUNDS.intraBurstRateHz),
  }),
  z.strictObject({ kind: z.literal('highFrequency') }),
]);

export const dosingSchema = z.discriminatedUnion('mode', [
  z.strictObject({ mode: z.literal('absolute') }),
  z.strictObject({
    mode: z.literal('subPerception'),
    percentOfPerception: bounded(BOUNDS.percentOfPerception),
    perceptionThresholdMa: bounded(BOUNDS.perceptionThresholdMa),
  }),
]);

export const areaSchema = z.strictObject({
  contacts: z.array(contactSettingSchema).max(33),
  amplitudeMa: bounded(BOUNDS.amplitudeMa),
  pulseWidthUs: bounded(BOUNDS.pulseWidthUs),
  dosing: dosingSchema,
});

export const programSchema = z.strictObject({
  name: z.string().min(1).max(MAX_PROGRAM_NAME_CHARS),
  paradigm: paradigmSchema,
  rateHz: bounded(BOUNDS.rateHz),
  areas: z.array(areaSchema).min(1).max(8),
  cycling: z.strictObject({ onS: bounded(BOUNDS.cyclingS), offS: bounded(BOUNDS.cyclingS) }).optional(),
  softStartS: bounded(BOUNDS.softStartS),
  patientMaxMa: bounded(BOUNDS.patientMaxMa),
});

export const painRegionSchema = z.strictObject({ dermatome: z.enum(DERMATOMES), side: z.enum(['left', 'right']) });

export const patientAnatomySchema = z.strictObject({
  dcsfScale: finite
    .min(0.4)
    .max(2.5)
    .describe('multiplies the nominal dorsal CSF thickness (Holsheimer 1994: > 2× between subjects)'),
  cordLateralOffsetMm: finite.min(-3).max(3).describe('cord midline from the vertebral midline, + = left'),
  conus: levelPositionSchema.describe('where the cord ends (Saifuddin 1998: mid-T12 to upper L3)'),
});

export const patientSchema = z.strictObject({
  id: z.string().min(1).max(60),
  name: z.string().min(1).max(120),
  summary: z.string().max(2000).optional(),
  painMap: z.array(painRegionSchema).optional(),
  anatomy: patientAnatomySchema.optional().describe('absent = the nominal anatomy'),
});

export const faultSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('open'), contact: z.number().int().min(0) }),
  z.strictObject({ kind: z.literal('short'), contacts: z.tuple([z.number().int().min(0), z.number().int().min(0)]) }),
]);

export const conditionsSchema = z.strictObject({
  encapsulationWeeks: finite
    .min(0)
    .max(520)
    .optional()
    .describe('weeks a fibrous capsule has been forming (impedance rise)'),
  batteryPct: finite.min(0).max(100).optional().describe('charge left in the IPG battery, %; absent = full'),
  complianceLimitV: finite
    .min(0.5)
    .max(30)
    .optional()
    .describe('output voltage the IPG can reach now, V, when below its rated compliance'),
});

export const settingsSchema = z.strictObject({
  resetAmplitudeOnChange: z.boolean(),
  chargeDensityLimitUcPerCm2: finite.positive().max(100),
});

export const postureSchema = z.enum(['supine', 'prone', 'sitting', 'standing']);
const visitEntry = {
  amplitudeMa: finite.min(0).max(100),
  configuration: z.string().max(300),
  posture: postureSchema,
  atS: finite.min(0),
};
export const visitRecordSchema = z.strictObject({
  thresholds: z
    .array(z.strictObject({ kind: z.enum(['perception', 'comfort', 'discomfort']), ...visitEntry }))
    .max(MAX_RECORDED_THRESHOLDS),
  sensations: z
    .array(
      z.strictObject({
        ...visitEntry,
        patientSaid: z.string().max(2000),
        painCoveredPct: finite.min(0).max(100).nullable(),
      }),
    )
    .max(MAX_SENSATION_NOTES),
  safetyOverrides: z
    .array(
      z.strictObject({
        at: z.iso.datetime().describe('when, ISO 8601 (UTC)'),
        atS: finite.min(0),
        clinician: z.string().min(1).max(120),
        reason: z.string().min(1).max(2000),
        findings: z.array(z.strictObject({ code: z.string().min(1).max(60), message: z.string().max(2000) })).min(1),
      }),
    )
    .max(MAX_SAFETY_OVERRIDES)
    .optional()
    .describe('saves to the device that went ahead despite blocking safety findings; absent = none'),
});

/** Version 2 of the session file: patient, hardware and placement, programs, settings, and the visit record. */
export const sessionFileSchemaV2 = z.strictObject({
  format: z.literal(SESSION_FORMAT),
  version: z.literal(2),
  patient: patientSchema,
  hardware: hardwareSchema,
  programs: z.array(programSchema).min(1).max(32),
  activeProgram: z.number().int().min(0),
  devicePrograms: z
    .array(programSchema)
    .max(32)
    .optional()
    .describe('what was last saved to the device; absent = same as programs'),
  faults: z.array(faultSchema).optional(),
  conditions: conditionsSchema
    .optional()
    .describe('instructor-set conditions: impedance rise, low battery, compliance limit; absent = none'),
  settings: settingsSchema.optional(),
  visitRecord: visitRecordSchema
    .optional()
    .describe('thresholds found and what the patient said at this visit; absent = none yet'),
});
export type SessionFileV2 = z.infer<typeof sessionFileSchemaV2>;

/** Version 1 (the foundation's single tonic program), read only to migrate it; same bounds as version 2, so errors name v1 fields. */
export const sessionFileSchemaV1 = z.strictObject({
  format: z.literal(SESSION_FORMAT),
  version: z.literal(1),
  program: z.strictObject({
    amplitudeMa: bounded(BOUNDS.amplitudeMa),
    pulseWidthUs: bounded(BOUNDS.pulseWidthUs),
    rateHz: bounded(BOUNDS.rateHz),
    interphaseGapUs: bounded(BOUNDS.interphaseGapUs),
    recharge: z.enum(['active', 'passive']),
  }),
});
export type SessionFileV1 = z.infer<typeof sessionFileSchemaV1>;

/**
 * The current file format as JSON Schema (draft 2020-12), for other tools and for `scs-sim schema`.
 * @example JSON.stringify(sessionJsonSchema()).includes('"version"'); // true
 */
export function sessionJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(sessionFileSchemaV2, { target: 'draft-2020-12' }),
    $id: 'https://scs-sim.invalid/schema/session-v2.json',
    title: 'SCS Programming Simulator session file, version 2',
  };
}
