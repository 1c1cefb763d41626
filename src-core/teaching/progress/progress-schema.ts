/**
 * The learner's progress file (docs/visit-report.md § Progress): who the learner is and every finished attempt at a
 * case (score, proficiency level, when). Versioned like the session and case files; read only through
 * `parseProgress`, so a hand-edited or hostile file is refused with the field named.
 */
import { z } from 'zod';

/** The `format` tag of a progress file. */
export const PROGRESS_FORMAT = 'scs-sim-progress';
/** The newest progress format version this build reads and writes. */
export const PROGRESS_FORMAT_VERSION = 1;
/** Most attempts one file keeps: years of daily practice; past it the oldest that are no case's best go first. */
export const MAX_PROGRESS_ATTEMPTS = 2000;
/** Largest progress text accepted (UTF-16 code units): about 2000 attempts need ≈ 200 k. */
export const MAX_PROGRESS_TEXT_CHARS = 1_000_000;

/** An ISO 8601 UTC timestamp as `Date.prototype.toISOString` writes it. */
const isoUtc = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/, {
  error: 'must be an ISO 8601 UTC time, e.g. 2026-12-04T10:30:00.000Z',
});

/** One finished attempt at a case. */
export const progressAttemptSchema = z.strictObject({
  caseId: z
    .string()
    .min(1)
    .max(60)
    .regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'must be a case id: lower-case letters, digits and hyphens' }),
  score: z.number().finite().min(0).max(100),
  level: z.enum(['novice', 'competent', 'proficient']),
  finishedAtIso: isoUtc,
});
export type ProgressAttempt = z.infer<typeof progressAttemptSchema>;

/** Version 1 of the progress file. */
export const progressFileSchemaV1 = z.strictObject({
  format: z.literal(PROGRESS_FORMAT),
  version: z.literal(1),
  learner: z.string().trim().min(1).max(80),
  attempts: z.array(progressAttemptSchema).max(MAX_PROGRESS_ATTEMPTS),
});
export type LearnerProgress = z.infer<typeof progressFileSchemaV1>;
