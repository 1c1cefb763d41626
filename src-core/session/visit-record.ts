import type { Posture } from '../anatomy/patient-anatomy';
import type { SessionFileV2 } from './schema';

/** The visit record as the session file holds it (schema.ts). */
type VisitRecordFile = NonNullable<SessionFileV2['visitRecord']>;

/** The three thresholds a programming visit records. */
export type ThresholdKind = 'perception' | 'comfort' | 'discomfort';

/** A threshold the clinician found: the amplitude at which the patient said so, with the settings it was found at. */
export interface RecordedThreshold {
  readonly kind: ThresholdKind;
  readonly amplitudeMa: number;
  /** The program and configuration, in words ("Tonic bipole · 3− 4+ · 300 µs · 50 Hz"). */
  readonly configuration: string;
  readonly posture: Posture;
  /** Seconds since the visit started. */
  readonly atS: number;
}

/** What the patient said at one setting, as a visit's sensation history keeps it. */
export interface SensationNote {
  readonly amplitudeMa: number;
  readonly configuration: string;
  readonly posture: Posture;
  readonly patientSaid: string;
  /** Share of the pain map covered (%), or null without a pain map. */
  readonly painCoveredPct: number | null;
  readonly atS: number;
}

/**
 * A save to the device that went ahead despite blocking safety findings, because a clinician said so: who, when,
 * what was overridden and why. Never removed from the record (undo does not unsave a program the patient received).
 *
 * @example
 * { at: '2026-12-03T09:30:00.000Z', atS: 310, clinician: 'Dr Lee', reason: 'Trial of 8 mA burst …', findings: [{ code: 'charge-density', message: 'Program 1 “Burst”, area 1: contact 3 carries 65.3 µC/cm² …' }] }
 */
export interface SafetyOverrideEntry {
  /** When, as an ISO 8601 timestamp from the renderer's wall clock (the core reads no clock). */
  readonly at: string;
  /** Seconds since the visit started, like the other entries. */
  readonly atS: number;
  readonly clinician: string;
  readonly reason: string;
  /** The blocking findings overridden, each naming its program, area and limit. */
  readonly findings: readonly { readonly code: string; readonly message: string }[];
}

/**
 * The record of a programming visit: thresholds found, the sensation history and any safety overrides. Kept beside
 * the programs, not in their undo history (undoing an amplitude change does not unsay what the patient said), and
 * saved in the session file.
 */
export interface VisitRecord {
  readonly thresholds: readonly RecordedThreshold[];
  readonly sensations: readonly SensationNote[];
  readonly safetyOverrides: readonly SafetyOverrideEntry[];
}

export const EMPTY_VISIT_RECORD: VisitRecord = { thresholds: [], sensations: [], safetyOverrides: [] };

/** At most this many notes are kept (the oldest go first); a visit rarely has more than a few dozen. */
export const MAX_SENSATION_NOTES = 200;
export const MAX_RECORDED_THRESHOLDS = 100;
/** A file holds at most this many overrides: a visit with more is not a visit to keep going. */
export const MAX_SAFETY_OVERRIDES = 50;

/**
 * Adds a safety override to the record. It is not trimmed silently: past the limit the oldest would be lost, so the
 * caller refuses further overrides instead (`canRecordSafetyOverride`).
 * @example recordSafetyOverride(record, { at: '2026-12-03T09:30:00.000Z', atS: 310, clinician: 'Dr Lee', reason: 'trial', findings });
 */
export function recordSafetyOverride(record: VisitRecord, entry: SafetyOverrideEntry): VisitRecord {
  return { ...record, safetyOverrides: [...record.safetyOverrides, entry] };
}

/** True while the record has room for another safety override (see MAX_SAFETY_OVERRIDES). */
export function canRecordSafetyOverride(record: VisitRecord): boolean {
  return record.safetyOverrides.length < MAX_SAFETY_OVERRIDES;
}

/**
 * Adds a threshold to the record (the latest of a kind for a configuration is the one that counts).
 * @example recordThreshold(EMPTY_VISIT_RECORD, { kind: 'perception', amplitudeMa: 2.7, configuration: '3− 4+', posture: 'supine', atS: 40 });
 */
export function recordThreshold(record: VisitRecord, threshold: RecordedThreshold): VisitRecord {
  return { ...record, thresholds: [...record.thresholds, threshold].slice(-MAX_RECORDED_THRESHOLDS) };
}

/**
 * Adds what the patient said, unless it repeats the last note word for word at the same configuration and posture
 * (a drag back and forth is not news).
 * @example noteSensation(record, { amplitudeMa: 3, configuration: '3− 4+', posture: 'supine', patientSaid: 'I feel…', painCoveredPct: 50, atS: 62 });
 */
export function noteSensation(record: VisitRecord, note: SensationNote): VisitRecord {
  const last = record.sensations.at(-1);
  if (
    last &&
    last.patientSaid === note.patientSaid &&
    last.configuration === note.configuration &&
    last.posture === note.posture
  )
    return record;
  return { ...record, sensations: [...record.sensations, note].slice(-MAX_SENSATION_NOTES) };
}

/**
 * The latest recorded threshold of each kind for a configuration in a posture (undefined where none was recorded):
 * thresholds change with posture (dCSF, Holsheimer 1994), so a value found lying down does not stand for sitting.
 */
export function latestThresholds(
  record: VisitRecord,
  configuration: string,
  posture: Posture,
): Partial<Record<ThresholdKind, RecordedThreshold>> {
  const out: Partial<Record<ThresholdKind, RecordedThreshold>> = {};
  for (const t of record.thresholds) if (t.configuration === configuration && t.posture === posture) out[t.kind] = t;
  return out;
}

/** Paradigm names as a visit record and the report write them. */
export const PARADIGM_NAMES = { tonic: 'Tonic', burst: 'Burst', highFrequency: '10 kHz' } as const;

/**
 * A configuration in the words a visit record uses: paradigm, contacts with polarity (fractions when split), pulse
 * width and rate. Amplitude is left out: it is what a threshold measures.
 * @example describeConfiguration(program, program.areas[0]); // "Tonic · 3− 4+ · 300 µs · 50 Hz"
 */
export function describeConfiguration(
  program: { readonly paradigm: { readonly kind: keyof typeof PARADIGM_NAMES }; readonly rateHz: number },
  area: {
    readonly contacts: readonly {
      readonly electrode: number | 'case';
      readonly polarity: 'cathode' | 'anode';
      readonly fractionPct: number;
    }[];
    readonly pulseWidthUs: number;
  },
): string {
  const contacts = area.contacts
    .map(
      (c) =>
        `${c.electrode === 'case' ? 'case' : c.electrode}${c.polarity === 'cathode' ? '−' : '+'}${c.fractionPct < 100 ? ` ${Math.round(c.fractionPct)} %` : ''}`,
    )
    .join(' ');
  return `${PARADIGM_NAMES[program.paradigm.kind]} · ${contacts || 'no contacts'} · ${area.pulseWidthUs} µs · ${program.rateHz} Hz`;
}

/** The visit record as the session file holds it; undefined when there is nothing to keep (the field is optional). */
export function visitRecordForFile(record: VisitRecord): VisitRecordFile | undefined {
  const { thresholds, sensations, safetyOverrides } = record;
  if (thresholds.length === 0 && sensations.length === 0 && safetyOverrides.length === 0) return undefined;
  return {
    thresholds: [...thresholds],
    sensations: [...sensations],
    // Written only when there is one, so files without overrides stay as older builds wrote them.
    ...(safetyOverrides.length > 0
      ? { safetyOverrides: safetyOverrides.map((o) => ({ ...o, findings: o.findings.map((f) => ({ ...f })) })) }
      : {}),
  };
}

/** The visit record read from a (schema-checked) file; a file without one, or without overrides, has none. */
export function visitRecordFromFile(raw: VisitRecordFile | undefined): VisitRecord {
  if (!raw) return EMPTY_VISIT_RECORD;
  return {
    thresholds: raw.thresholds.map((t) => ({ ...t })),
    sensations: raw.sensations.map((n) => ({ ...n })),
    safetyOverrides: (raw.safetyOverrides ?? []).map((o) => ({ ...o, findings: o.findings.map((f) => ({ ...f })) })),
  };
}
