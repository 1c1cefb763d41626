import type { SessionFileV1, SessionFileV2 } from './schema';
import { SESSION_FORMAT, sessionFileSchemaV1 } from './schema';
import { DEFAULT_HARDWARE, DEFAULT_PATIENT } from './defaults';
import { describeSchemaIssue } from './issue-text';

/** A migration step's outcome: the next version's raw object, or what was wrong with this one. */
export type MigrationResult =
  { readonly ok: true; readonly file: unknown } | { readonly ok: false; readonly error: string; readonly path: string };

/**
 * Version 1 held one tonic program and no electrode configuration. It becomes a version-2 session on the default
 * hardware (one 8-contact lead at T8, midline) with a bipole on contacts 3 (−) and 4 (+), so the pulse
 * parameters survive and the trainee can see what was assumed.
 */
function v1ToV2(file: SessionFileV1): SessionFileV2 {
  const p = file.program;
  return {
    format: SESSION_FORMAT,
    version: 2,
    patient: {
      ...DEFAULT_PATIENT,
      summary: 'Migrated from a version-1 file, which had no patient or electrode configuration.',
    },
    hardware: DEFAULT_HARDWARE,
    programs: [
      {
        name: 'Program 1',
        paradigm: { kind: 'tonic', recharge: p.recharge, interphaseGapUs: p.interphaseGapUs },
        rateHz: p.rateHz,
        areas: [
          {
            contacts: [
              { electrode: 3, polarity: 'cathode', fractionPct: 100 },
              { electrode: 4, polarity: 'anode', fractionPct: 100 },
            ],
            amplitudeMa: p.amplitudeMa,
            pulseWidthUs: p.pulseWidthUs,
            dosing: { mode: 'absolute' },
          },
        ],
        softStartS: 0,
        patientMaxMa: 25.5,
      },
    ],
    activeProgram: 0,
  };
}

/**
 * Where each field of the migrated (version-2) program came from in a version-1 file, most specific first.
 * Everything else in the migrated session was supplied by the migration (defaults), so it maps to the one
 * program the file has.
 */
const V1_ORIGINS: readonly (readonly [string, string])[] = [
  ['programs.0.areas.0.amplitudeMa', 'program.amplitudeMa'],
  ['programs.0.areas.0.pulseWidthUs', 'program.pulseWidthUs'],
  ['programs.0.rateHz', 'program.rateHz'],
  ['programs.0.paradigm.interphaseGapUs', 'program.interphaseGapUs'],
  ['programs.0.paradigm.recharge', 'program.recharge'],
];

/**
 * The path in a file of `version` that a path into the current format came from, so a message about a migrated
 * file names a field the reader can find in it. Current-version paths are returned unchanged.
 *
 * @example
 * pathInFileVersion('programs.0.rateHz', 1); // 'program.rateHz'
 */
export function pathInFileVersion(path: string, version: number): string {
  if (version !== 1) return path;
  const origin = V1_ORIGINS.find(([current]) => path === current || path.startsWith(`${current}.`));
  return origin ? origin[1] : 'program';
}

/**
 * Brings a parsed file of any known version up to the current one, one step at a time. Each step validates
 * the version it reads, so errors name fields of the file as written.
 */
export function migrateToCurrent(raw: unknown, version: number): MigrationResult {
  let current = raw;
  if (version === 1) {
    const parsed = sessionFileSchemaV1.safeParse(current);
    if (!parsed.success) {
      const { path, message } = describeSchemaIssue(parsed.error.issues[0]);
      return { ok: false, path, error: message };
    }
    current = v1ToV2(parsed.data);
  }
  return { ok: true, file: current };
}
