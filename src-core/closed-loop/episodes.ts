/**
 * Stretches of the day when the ECAP stayed above or below the therapeutic range, gathered update by update:
 * crossings closer together than a merge gap are one episode (the bounce of walking, an unstable loop), and
 * each episode keeps what was happening so the patient's sentence can name it.
 */
import type { Posture } from '../anatomy/patient-anatomy';
import type { Activity } from './cord-state';
import { patientReport, type EpisodeCause, type EpisodeKind } from './patient-reports';
import type { TimelineMoment } from './timeline-sampler';

/** One stretch out of the therapeutic range, with the patient's words. */
export interface StimulationEpisode {
  readonly kind: EpisodeKind;
  readonly startS: number;
  readonly endS: number;
  /** Highest ECAP for over-stimulation, lowest for under-stimulation (µV). */
  readonly extremeEcapUv: number;
  readonly cause: EpisodeCause;
  readonly activity: Activity;
  /** The posture the sentence names (for a change of posture, the one being reached). */
  readonly posture: Posture;
  readonly report: string;
}

/** Excursions closer together than this are one episode (s) [U]: the patient does not tell them apart. */
export const EPISODE_MERGE_GAP_S = 0.5;
/** Under-stimulation shorter than this goes unnoticed and is not listed (s) [U]; every over-stimulation is felt. */
export const MIN_NOTICED_UNDER_S = 1;
/** An episode that leaves and re-enters the range this often (per second) is the loop throbbing [U]: walking gives ≈3.6. */
export const THROBBING_CROSSINGS_PER_S = 10;
/** Most episodes listed in a report; the counts include the rest. */
export const MAX_LISTED_EPISODES = 500;

interface Open {
  startS: number;
  lastS: number;
  extreme: number;
  steps: number;
  coughSteps: number;
  walkingSteps: number;
  startedChanging: boolean;
  changeTo: Posture;
  crossings: number;
  activity: Activity;
  posture: Posture;
}

/**
 * Collects episodes from a replay's updates, in time order (`stepS`: the time between updates).
 * @example
 * const episodes = new EpisodeCollector(0.02);
 * episodes.add('over', 12.3, 140, moment); // … for each update out of range
 * episodes.finish(); episodes.listed[0]?.report; // 'I felt a jolt when I coughed.'
 */
export class EpisodeCollector {
  private readonly open: Record<EpisodeKind, Open | null> = { over: null, under: null };
  readonly listed: StimulationEpisode[] = [];
  readonly counts: Record<EpisodeKind, number> = { over: 0, under: 0 };
  readonly totalS: Record<EpisodeKind, number> = { over: 0, under: 0 };

  constructor(private readonly stepS: number) {}

  /** Adds one update's ECAP (µV) out of the range, of `kind`, at `tS`. */
  add(kind: EpisodeKind, tS: number, ecapUv: number, moment: TimelineMoment): void {
    let e = this.open[kind];
    if (e && tS - e.lastS > EPISODE_MERGE_GAP_S) {
      this.close(kind);
      e = null;
    }
    const posture = moment.state.transition?.to ?? moment.state.posture;
    if (!e) {
      e = {
        startS: tS,
        lastS: tS,
        extreme: ecapUv,
        steps: 0,
        coughSteps: 0,
        walkingSteps: 0,
        startedChanging: moment.changingPosture,
        changeTo: posture,
        crossings: 0,
        activity: moment.activity,
        posture,
      };
      this.open[kind] = e;
    } else if (tS - e.lastS > 1.5 * this.stepS) e.crossings += 2;
    e.lastS = tS;
    e.steps++;
    if (moment.coughing) e.coughSteps++;
    if (moment.activity === 'walking') e.walkingSteps++;
    // The sentence names what the patient was doing at the worst moment of the episode.
    if (e.steps === 1 || (kind === 'over' ? ecapUv > e.extreme : ecapUv < e.extreme)) {
      e.extreme = ecapUv;
      e.activity = moment.activity;
      e.posture = posture;
    }
  }

  /** Closes every open episode (at the end of the day). */
  finish(): void {
    this.close('over');
    this.close('under');
  }

  private close(kind: EpisodeKind): void {
    const e = this.open[kind];
    this.open[kind] = null;
    if (!e) return;
    const endS = e.lastS + this.stepS;
    const durationS = endS - e.startS;
    if (kind === 'under' && durationS < MIN_NOTICED_UNDER_S) return;
    this.counts[kind]++;
    this.totalS[kind] += durationS;
    if (this.listed.length >= MAX_LISTED_EPISODES) return;
    const cause: EpisodeCause =
      e.crossings / durationS >= THROBBING_CROSSINGS_PER_S
        ? 'unstable-loop'
        : e.coughSteps * 2 >= e.steps
          ? 'cough'
          : e.startedChanging
            ? 'posture-change'
            : e.walkingSteps * 2 >= e.steps
              ? 'walking'
              : 'posture';
    const posture = cause === 'posture-change' ? e.changeTo : e.posture;
    this.listed.push({
      kind,
      startS: e.startS,
      endS,
      extremeEcapUv: e.extreme,
      cause,
      activity: e.activity,
      posture,
      report: patientReport(kind, cause, e.activity, posture),
    });
  }
}
