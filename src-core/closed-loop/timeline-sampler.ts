/**
 * The cord state at any moment of a posture day: the segment's posture, the change into it while it lasts, and the
 * displacement of coughs and steps. Reading forward in time (as the replay does) costs O(1) per call.
 */
import { postureOfActivity, type Activity, type CordState } from './cord-state';
import { COUGH_DURATION_S, coughShiftMm, gaitShiftMm, transitionFraction } from './movement';
import type { PostureTimeline } from './timeline-file';
import { mm } from '../units';

/** What the patient is doing at one moment, and where their cord is. */
export interface TimelineMoment {
  readonly state: CordState;
  readonly activity: Activity;
  /** Index of the segment in the timeline. */
  readonly segment: number;
  /** A cough is under way. */
  readonly coughing: boolean;
  /** A change of posture is under way. */
  readonly changingPosture: boolean;
}

/**
 * A reader of `timeline` by time (s from the start of the day; clamped into the day). Fastest when called with
 * non-decreasing times; going back restarts the search from the first segment.
 * @example
 * const at = timelineSampler(timeline);
 * at(125).state; // { posture: 'sitting', transition: null, dorsalShiftMm: 0.7 } during a cough at 124.9 s
 */
export function timelineSampler(timeline: PostureTimeline): (tS: number) => TimelineMoment {
  const { segments } = timeline;
  const coughStarts: number[] = [];
  for (const s of segments) for (const c of s.coughsAtS) coughStarts.push(s.startS + c);
  coughStarts.sort((a, b) => a - b);
  let seg = 0;
  let nextCough = 0; // first cough starting after the last time read
  let lastT = -Infinity;
  return (tIn: number) => {
    const t = Math.min(Math.max(tIn, 0), timeline.durationS);
    if (t < lastT) {
      seg = 0;
      nextCough = 0;
    }
    lastT = t;
    while (seg < segments.length - 1 && t >= segments[seg + 1]!.startS) seg++;
    while (nextCough < coughStarts.length && coughStarts[nextCough]! <= t) nextCough++;
    const s = segments[seg]!;
    const posture = postureOfActivity(s.activity);
    const previous = seg > 0 ? postureOfActivity(segments[seg - 1]!.activity) : posture;
    const since = t - s.startS;
    const changing = previous !== posture && since < s.transitionS;
    let shift = s.activity === 'walking' ? gaitShiftMm(since) : 0;
    let coughing = false;
    for (let k = nextCough - 1; k >= 0 && t - coughStarts[k]! < COUGH_DURATION_S; k--) {
      shift += coughShiftMm(t - coughStarts[k]!);
      coughing = true;
    }
    const state: CordState = changing
      ? {
          posture: previous,
          transition: { to: posture, fraction: transitionFraction(since, s.transitionS) },
          dorsalShiftMm: mm(shift),
        }
      : { posture, transition: null, dorsalShiftMm: mm(shift) };
    return { state, activity: s.activity, segment: seg, coughing, changingPosture: changing };
  };
}
