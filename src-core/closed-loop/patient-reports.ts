/**
 * What the patient says about a stretch of the day when the ECAP left the therapeutic range: a jolt in a cough, a
 * surge on lying down, fading on standing up, throbbing when the loop is unstable. Short sentences, as a patient
 * would put them at the next visit.
 */
import type { Posture } from '../anatomy/patient-anatomy';
import type { Activity } from './cord-state';

/** Above the range (over-stimulation) or below it (under-stimulation). */
export type EpisodeKind = 'over' | 'under';

/** What was happening when the ECAP left the range. */
export type EpisodeCause = 'cough' | 'posture-change' | 'walking' | 'posture' | 'unstable-loop';

const POSTURE_WORDS: Readonly<Record<Posture, string>> = {
  supine: 'lying on my back',
  prone: 'lying on my front',
  sitting: 'sitting',
  standing: 'standing',
};

const CHANGE_WORDS: Readonly<Record<Posture, string>> = {
  supine: 'lay down',
  prone: 'rolled onto my front',
  sitting: 'sat down',
  standing: 'stood up',
};

/**
 * The patient's sentence for an episode.
 * @example patientReport('over', 'cough', 'sitting', 'sitting'); // 'I felt a jolt when I coughed.'
 */
export function patientReport(kind: EpisodeKind, cause: EpisodeCause, activity: Activity, posture: Posture): string {
  if (cause === 'unstable-loop') return 'It keeps throbbing on and off, even when I keep still.';
  if (kind === 'over') {
    if (cause === 'cough') return 'I felt a jolt when I coughed.';
    if (cause === 'posture-change') return `It got too strong when I ${CHANGE_WORDS[posture]}.`;
    if (cause === 'walking') return 'It surges with my steps when I walk.';
    return `It is too strong ${POSTURE_WORDS[posture]}.`;
  }
  if (cause === 'cough') return 'It cut out for a moment when I coughed.';
  if (cause === 'posture-change') return `It faded when I ${CHANGE_WORDS[posture]}.`;
  if (cause === 'walking' || activity === 'walking') return 'It fades in and out when I walk.';
  return `I can hardly feel it ${POSTURE_WORDS[posture]}.`;
}
