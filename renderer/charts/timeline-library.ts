import { parsePostureTimeline, type PostureTimeline } from '../../src-core';

/** The sample posture timelines, bundled at build time (resources/timelines/*.json). */
const TIMELINE_TEXTS = import.meta.glob<string>('../../resources/timelines/*.json', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** One bundled timeline by file name, parsed with the core's `parsePostureTimeline` (broken files left out). */
export interface TimelineEntry {
  readonly file: string;
  readonly timeline: PostureTimeline;
}

/** Every bundled timeline that parses, the shortest first (the clinic hour before the working day). */
export const TIMELINE_LIBRARY: readonly TimelineEntry[] = Object.entries(TIMELINE_TEXTS)
  .flatMap(([path, text]) => {
    const parsed = parsePostureTimeline(text);
    return parsed.ok ? [{ file: path.split('/').at(-1) ?? path, timeline: parsed.timeline }] : [];
  })
  .sort((a, b) => a.timeline.durationS - b.timeline.durationS);
