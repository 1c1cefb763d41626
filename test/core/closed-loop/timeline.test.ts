// The posture-day file and the cord state it gives over time. Posture moves the cord in the sac (Holsheimer 1994:
// thinnest dorsal CSF supine, thickest prone), coughs and steps displace it briefly (Figley & Stroman 2007 for
// the scale of the cord's antero-posterior motion).
import { describe, expect, it } from 'vitest';
import { NOMINAL_ANATOMY } from '../../../src-core/anatomy/patient-anatomy';
import { dcsfMmOfCordState, restingCordState } from '../../../src-core/closed-loop/cord-state';
import { COUGH_PEAK_SHIFT_MM, COUGH_RISE_S, GAIT_BOUNCE_MM } from '../../../src-core/closed-loop/movement';
import {
  buildPostureTimeline,
  parsePostureTimeline,
  TIMELINE_FORMAT,
  type TimelineSegmentInput,
} from '../../../src-core/closed-loop/timeline-file';
import { timelineSampler } from '../../../src-core/closed-loop/timeline-sampler';
import { mm } from '../../../src-core/units';
import { loadTimeline } from './fixtures';
import { TEST_LEAD_AXIAL_MM } from './linear-test-growth';

const fileWith = (body: Record<string, unknown>) =>
  JSON.stringify({ format: TIMELINE_FORMAT, version: 1, name: 'test', ...body });
const segmentsFile = (segments: unknown) => fileWith({ segments });
const errorOf = (text: string) => {
  const parsed = parsePostureTimeline(text);
  if (parsed.ok) throw new Error('expected the timeline to be refused');
  return parsed;
};
const built = (segments: readonly TimelineSegmentInput[]) => {
  const parsed = buildPostureTimeline('test', segments);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.timeline;
};

describe('the sample timelines', () => {
  it('a working day holds every activity, coughs and more than ten hours', () => {
    const day = loadTimeline('posture-day.json');
    expect(day.durationS).toBeGreaterThan(10 * 3600);
    expect(new Set(day.segments.map((s) => s.activity))).toEqual(
      new Set(['supine', 'prone', 'sitting', 'standing', 'walking']),
    );
    expect(day.segments.reduce((n, s) => n + s.coughsAtS.length, 0)).toBeGreaterThan(10);
  });

  it('the clinic hour lasts one hour', () => {
    expect(loadTimeline('clinic-hour.json').durationS).toBe(3600);
  });
});

describe('bad timeline files', () => {
  it.each([
    ['not JSON', '{', /not valid JSON/],
    ['another format', JSON.stringify({ format: 'x', version: 1 }), /not a posture timeline/],
    ['a newer version', fileWith({ version: 9, segments: [] }), /newer version/],
    ['no segments', segmentsFile([]), /field "segments": must hold at least one segment/],
    [
      'an unknown activity',
      segmentsFile([{ activity: 'running', durationS: 10 }]),
      /field "segments.0.activity": must be one of supine, prone, sitting, standing, walking, not "running"/,
    ],
    [
      'a zero duration',
      segmentsFile([{ activity: 'sitting', durationS: 0 }]),
      /field "segments.0.durationS": must be a number from 1 to 43200 s, not 0/,
    ],
    [
      'a duration as text',
      segmentsFile([{ activity: 'sitting', durationS: '10' }]),
      /field "segments.0.durationS": must be a number .*not "10"/,
    ],
    [
      'a cough after its segment',
      segmentsFile([{ activity: 'sitting', durationS: 60, coughsAtS: [10, 61] }]),
      /"segments.0.coughsAtS.1": the cough at 61 s is not inside its 60 s segment/,
    ],
    [
      'a transition longer than its segment',
      segmentsFile([{ activity: 'sitting', durationS: 5, transitionS: 10 }]),
      /"segments.0.transitionS": the change of posture \(10 s\) is longer than its segment \(5 s\)/,
    ],
    [
      'an unknown key',
      segmentsFile([{ activity: 'sitting', durationS: 5, speed: 3 }]),
      /unknown key "speed" at segments.0/,
    ],
    [
      'a day longer than 24 h',
      segmentsFile(Array.from({ length: 3 }, () => ({ activity: 'sitting', durationS: 43_200 }))),
      /the day lasts 36.00 h; at most 24 h/,
    ],
    [
      'too many segments',
      segmentsFile(Array.from({ length: 2001 }, () => ({ activity: 'sitting', durationS: 1 }))),
      /field "segments": may hold at most 2000 segments/,
    ],
    ['a huge file', ' '.repeat(1_000_001), /too large/],
  ])('refuses %s with a message naming the problem', (_, text, message) => {
    expect(errorOf(text).error).toMatch(message);
  });

  it('escapes control characters from the file in its messages', () => {
    const { error } = errorOf(segmentsFile([{ activity: 'sit\u001b[2Kting', durationS: 5 }]));
    expect(error.includes('\u001b')).toBe(false);
    expect(error).toMatch(/\\u001b/);
  });
});

describe('the cord state over the day', () => {
  it('follows the physics: thinnest dorsal CSF supine, thickest prone', () => {
    const d = (p: 'supine' | 'sitting' | 'prone') =>
      dcsfMmOfCordState(restingCordState(p), TEST_LEAD_AXIAL_MM, NOMINAL_ANATOMY);
    expect(d('supine')).toBeLessThan(d('sitting'));
    expect(d('sitting')).toBeLessThan(d('prone'));
  });

  it('moves smoothly from one posture to the next over the transition', () => {
    const at = timelineSampler(
      built([
        { activity: 'sitting', durationS: 10 },
        { activity: 'supine', durationS: 10, transitionS: 4 },
      ]),
    );
    const dAt = (t: number) => dcsfMmOfCordState(at(t).state, TEST_LEAD_AXIAL_MM, NOMINAL_ANATOMY);
    expect(at(9).changingPosture).toBe(false);
    expect(at(12)).toMatchObject({
      changingPosture: true,
      state: { posture: 'sitting', transition: { to: 'supine' } },
    });
    expect(at(12).state.transition!.fraction).toBeCloseTo(0.5, 12);
    expect(dAt(10)).toBeGreaterThan(dAt(12));
    expect(dAt(12)).toBeGreaterThan(dAt(14));
    expect(at(14.5).state).toEqual(restingCordState('supine'));
  });

  it('a cough pushes the cord towards the lead for about a second', () => {
    const at = timelineSampler(built([{ activity: 'standing', durationS: 30, coughsAtS: [10] }]));
    expect(at(10 + COUGH_RISE_S).state.dorsalShiftMm).toBeCloseTo(COUGH_PEAK_SHIFT_MM, 12);
    expect(at(10 + COUGH_RISE_S).coughing).toBe(true);
    expect(at(12).state.dorsalShiftMm).toBe(0);
    expect(at(9.9).coughing).toBe(false);
  });

  it('walking bounces the cord with each step, standing still does not', () => {
    const at = timelineSampler(
      built([
        { activity: 'standing', durationS: 10 },
        { activity: 'walking', durationS: 10 },
      ]),
    );
    const shifts = Array.from({ length: 100 }, (_, i) => at(10 + i * 0.02).state.dorsalShiftMm);
    expect(Math.max(...shifts)).toBeCloseTo(GAIT_BOUNCE_MM, 2);
    expect(Math.min(...shifts)).toBeCloseTo(-GAIT_BOUNCE_MM, 2);
    expect(at(5).state.dorsalShiftMm).toBe(0);
    expect(at(15).state.transition).toBeNull(); // walking is upright: no change of posture from standing
  });

  it('never leaves the dorsal CSF thinner than its floor', () => {
    const state = { ...restingCordState('supine'), dorsalShiftMm: mm(50) };
    expect(dcsfMmOfCordState(state, TEST_LEAD_AXIAL_MM, NOMINAL_ANATOMY)).toBeGreaterThan(0);
  });
});
