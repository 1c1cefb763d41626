/**
 * The posture-day file: a day as a list of activities (supine, prone, sitting, standing, walking), each held for a
 * time, with the coughs in it and how long the change into it takes. Parsed once at the edge (zod) into a
 * `PostureTimeline`; every size and duration is bounded so a file cannot make the replay run for hours.
 */
import { z } from 'zod';
import { describeSchemaIssue } from '../session/issue-text';
import { safeFileText } from '../session/safe-text';
import { ACTIVITIES, type Activity } from './cord-state';
import { DEFAULT_TRANSITION_S } from './movement';

/** The `format` tag of a posture-day file. */
export const TIMELINE_FORMAT = 'scs-sim-posture-timeline';
/** The newest timeline file version this build reads. */
export const TIMELINE_FORMAT_VERSION = 1;

/** Bounds of a timeline file, named once: the messages quote them. */
export const TIMELINE_BOUNDS = {
  /** Largest file read (characters): a day of 2000 segments with their coughs fits in well under this. */
  maxFileChars: 1_000_000,
  maxSegments: 2000,
  /** Shortest and longest segment (s): one second to twelve hours. */
  minSegmentS: 1,
  maxSegmentS: 12 * 3600,
  /** Longest day (s): 24 hours. */
  maxTotalS: 24 * 3600,
  /** Longest change of posture (s). */
  maxTransitionS: 60,
  maxCoughsPerSegment: 500,
  maxNameChars: 200,
} as const;

/** One activity held for a time. Times in seconds from the start of the segment. */
export interface TimelineSegment {
  readonly activity: Activity;
  /** When the segment starts in the day (s). */
  readonly startS: number;
  readonly durationS: number;
  /** How long the change into this segment's posture takes (s); only used when the posture changes. */
  readonly transitionS: number;
  /** When coughs begin, from the segment's start (s), ascending. */
  readonly coughsAtS: readonly number[];
}

/** A validated posture day. */
export interface PostureTimeline {
  readonly name: string;
  readonly segments: readonly TimelineSegment[];
  /** The whole day (s). */
  readonly durationS: number;
}

export type TimelineParseResult =
  | { readonly ok: true; readonly timeline: PostureTimeline }
  | { readonly ok: false; readonly path: string; readonly error: string };

const shown = (input: unknown) =>
  typeof input === 'number' ? String(input) : safeFileText(JSON.stringify(input) ?? typeof input);

function bounded(min: number, max: number, unit: string) {
  const error = (issue: { input?: unknown }) =>
    `must be a number from ${min} to ${max} ${unit}, not ${shown(issue.input)}`;
  return z.number({ error }).min(min, { error }).max(max, { error });
}

const B = TIMELINE_BOUNDS;

const segmentSchema = z.strictObject({
  activity: z.enum(ACTIVITIES, {
    error: (issue) => `must be one of ${ACTIVITIES.join(', ')}, not ${shown(issue.input)}`,
  }),
  durationS: bounded(B.minSegmentS, B.maxSegmentS, 's'),
  transitionS: bounded(0, B.maxTransitionS, 's').optional(),
  coughsAtS: z
    .array(bounded(0, B.maxSegmentS, 's'), {
      error: (issue) => `must be a list of times in seconds, not ${shown(issue.input)}`,
    })
    .max(B.maxCoughsPerSegment, { error: `may hold at most ${B.maxCoughsPerSegment} coughs` })
    .optional(),
});

const timelineSchema = z.strictObject({
  format: z.literal(TIMELINE_FORMAT),
  version: z.number(),
  name: z.string().max(B.maxNameChars, { error: `must be at most ${B.maxNameChars} characters` }),
  description: z.string().max(2000).optional(),
  segments: z
    .array(segmentSchema, { error: 'must be a list of segments' })
    .min(1, { error: 'must hold at least one segment' })
    .max(B.maxSegments, { error: `may hold at most ${B.maxSegments} segments` }),
});

const fail = (path: string, error: string): TimelineParseResult => ({ ok: false, path, error });

/**
 * Parses a posture-day file. Never throws; the message names the field (`segments.3.durationS`), the allowed range
 * and the value found, with file text made safe to print. Checks beyond each field: a cough inside its segment, a
 * change of posture no longer than its segment, the whole day at most 24 h.
 *
 * @example
 * const parsed = parsePostureTimeline(text);
 * if (!parsed.ok) console.error(parsed.error); // 'The timeline is invalid: field "segments.2.durationS": must be a number from 1 to 43200 s, not 0'
 */
export function parsePostureTimeline(text: string): TimelineParseResult {
  if (text.length > B.maxFileChars)
    return fail('', `The timeline file is too large (${text.length} characters; at most ${B.maxFileChars}).`);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (cause) {
    return fail(
      '',
      `The timeline file is not valid JSON (${safeFileText(cause instanceof Error ? cause.message : String(cause), 160)}).`,
    );
  }
  if (
    typeof raw !== 'object' ||
    raw === null ||
    Array.isArray(raw) ||
    (raw as { format?: unknown }).format !== TIMELINE_FORMAT
  )
    return fail('format', `This is not a posture timeline (missing "format": "${TIMELINE_FORMAT}").`);
  const version = (raw as { version?: unknown }).version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return fail('version', 'The timeline has no valid "version" number.');
  if (version > TIMELINE_FORMAT_VERSION)
    return fail(
      'version',
      `This timeline was written for a newer version of the simulator (format version ${version}; this build reads up to ${TIMELINE_FORMAT_VERSION}).`,
    );
  const parsed = timelineSchema.safeParse(raw);
  if (!parsed.success) {
    const { path, message } = describeSchemaIssue(parsed.error.issues[0]);
    return fail(path, `The timeline is invalid: ${message}.`);
  }
  const segments: TimelineSegment[] = [];
  let startS = 0;
  for (const [i, s] of parsed.data.segments.entries()) {
    const transitionS = s.transitionS ?? Math.min(DEFAULT_TRANSITION_S, s.durationS);
    if (transitionS > s.durationS)
      return fail(
        `segments.${i}.transitionS`,
        `The timeline is invalid: field "segments.${i}.transitionS": the change of posture (${transitionS} s) is longer than its segment (${s.durationS} s).`,
      );
    const coughsAtS = [...(s.coughsAtS ?? [])].sort((a, b) => a - b);
    const late = (s.coughsAtS ?? []).findIndex((t) => t >= s.durationS);
    if (late >= 0)
      return fail(
        `segments.${i}.coughsAtS.${late}`,
        `The timeline is invalid: field "segments.${i}.coughsAtS.${late}": the cough at ${s.coughsAtS![late]} s is not inside its ${s.durationS} s segment.`,
      );
    segments.push({ activity: s.activity, startS, durationS: s.durationS, transitionS, coughsAtS });
    startS += s.durationS;
  }
  if (startS > B.maxTotalS)
    return fail(
      'segments',
      `The timeline is invalid: the day lasts ${(startS / 3600).toFixed(2)} h; at most ${B.maxTotalS / 3600} h are replayed.`,
    );
  return { ok: true, timeline: { name: parsed.data.name, segments, durationS: startS } };
}

/** A segment as written in a file (or built in code): times in seconds. */
export interface TimelineSegmentInput {
  readonly activity: Activity;
  readonly durationS: number;
  readonly transitionS?: number;
  readonly coughsAtS?: readonly number[];
}

/**
 * A timeline built in code, checked by the same rules as a file.
 * @example buildPostureTimeline('clinic', [{ activity: 'sitting', durationS: 600, coughsAtS: [30] }]);
 */
export function buildPostureTimeline(name: string, segments: readonly TimelineSegmentInput[]): TimelineParseResult {
  return parsePostureTimeline(
    JSON.stringify({ format: TIMELINE_FORMAT, version: TIMELINE_FORMAT_VERSION, name, segments }),
  );
}
