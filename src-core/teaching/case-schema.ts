/**
 * The case file (docs/case-format.md): a teaching case as data — the story a trainee reads, the pain drawing, the
 * hidden truth (anatomy, where the leads really lie, injected faults) a debrief reveals, the starting programs and
 * what success means. Built from the session file's own schema pieces, so a case holds nothing a session cannot.
 */
import { z } from 'zod';
import {
  faultSchema,
  hardwareSchema,
  leadPlacementSchema,
  painRegionSchema,
  patientAnatomySchema,
  programSchema,
  settingsSchema,
} from '../session/schema';
import { successCriterionSchema } from './criteria';

/** The `format` tag every case file carries. */
export const CASE_FORMAT = 'scs-sim-case';
/** The newest case format version this build reads and writes. */
export const CASE_FORMAT_VERSION = 1;

/** The three levels of the NANS SCS curriculum (Abd-Elsayed 2020, Neuromodulation 23:555). */
export const CURRICULUM_LEVELS = ['earlyLearner', 'advancedLearner', 'practitioner'] as const;
export type CurriculumLevel = (typeof CURRICULUM_LEVELS)[number];

/** The options a candidate-selection case offers. */
export const TREATMENT_OPTIONS = [
  'scs',
  'epiduralSteroidInjection',
  'medialBranchBlockRfa',
  'intrathecalPump',
  'conservativeCare',
] as const;
export type TreatmentOption = (typeof TREATMENT_OPTIONS)[number];

const text = (max: number) => z.string().min(1).max(max);

/** A lead as implanted: where it truly lies (`placement`, what the simulation uses) and where it was meant to go. */
const caseLeadSchema = z.strictObject({
  modelId: z.string().min(1).max(60),
  placement: leadPlacementSchema.describe('the true placement (hidden truth; the simulation uses it)'),
  intendedPlacement: leadPlacementSchema
    .optional()
    .describe('where the lead was placed or last seen, when it has since moved (migration); absent = placement'),
});

export const caseImplantSchema = z.strictObject({
  ipgId: hardwareSchema.shape.ipgId,
  leads: z.array(caseLeadSchema).min(1).max(4),
  faults: z.array(faultSchema).max(8).optional().describe('injected open or short contacts (hidden truth)'),
});

/** The candidate-selection part: a decision before any programming, then the trial rule. */
export const candidateSelectionSchema = z.strictObject({
  question: text(500),
  options: z
    .array(z.strictObject({ option: z.enum(TREATMENT_OPTIONS), rationale: text(1000) }))
    .min(2)
    .max(TREATMENT_OPTIONS.length)
    .describe('each option offered with why it fits or not (shown in the debrief)'),
  correct: z.enum(TREATMENT_OPTIONS),
  trial: z
    .strictObject({
      minReliefPct: z.number().finite().min(0).max(100).describe('trial success: ≥ 50 % relief (Deer 2014, NACC)'),
      days: z.number().int().min(1).max(30),
    })
    .optional()
    .describe('the SCS trial that must succeed before a permanent implant; absent when SCS is not the answer'),
});

/** Version 1 of the case file. */
export const caseFileSchemaV1 = z.strictObject({
  format: z.literal(CASE_FORMAT),
  version: z.literal(1),
  id: z
    .string()
    .min(1)
    .max(60)
    .regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'must be lower-case letters, digits and hyphens' }),
  title: text(120),
  difficulty: z.number().int().min(1).max(5),
  level: z.enum(CURRICULUM_LEVELS),
  objectives: z.array(text(300)).min(1).max(8),
  patient: z.strictObject({
    name: text(120),
    story: text(2000).describe('the history a clinician would read (also the session’s patient summary)'),
    painMap: z.array(painRegionSchema).min(1).max(60),
  }),
  brief: text(1000).describe('what the trainee is asked to do'),
  candidateSelection: candidateSelectionSchema.optional(),
  hidden: z.strictObject({
    anatomy: patientAnatomySchema.optional().describe('absent = the nominal anatomy'),
    teachingPoints: z.array(text(500)).max(10).describe('what the debrief reveals and explains'),
  }),
  implant: caseImplantSchema
    .optional()
    .describe('absent only for a decision-only case (candidate selection where SCS is not the answer)'),
  startingPrograms: z
    .array(programSchema)
    .max(16)
    .optional()
    .describe('what the device holds when the visit opens; absent or empty = nothing programmed yet'),
  settings: settingsSchema.optional(),
  success: z.array(successCriterionSchema).max(16),
});
export type TeachingCase = z.infer<typeof caseFileSchemaV1>;

/**
 * The case format as JSON Schema (draft 2020-12), for case authors' editors and for `scs-sim schema --case`.
 * @example caseJsonSchema().title; // 'SCS Programming Simulator teaching case, version 1'
 */
export function caseJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(caseFileSchemaV1, { target: 'draft-2020-12' }),
    $id: 'https://scs-sim.invalid/schema/case-v1.json',
    title: 'SCS Programming Simulator teaching case, version 1',
  };
}
