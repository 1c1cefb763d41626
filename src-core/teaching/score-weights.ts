/**
 * The scoring rubric's numbers. They are teaching choices, not physiology: each is marked [U] with why. The structure
 * follows the procedure-training literature — a procedure checklist plus a global rating from measured outcomes,
 * because global ratings discriminate training levels where checklists alone do not (OSATS: Martin 1997, Br J Surg
 * 84:273), and checklists alone miss safety problems, so safety is a gate rather than one item among many; the
 * proficiency level is set against an expert benchmark of the same case (proficiency-based progression: Gallagher
 * 2012, Ulster Med J 81:107; Mazzone 2021, Ann Surg 274:281 — proficiency = the experts' performance).
 */

/** Points of the 0–100 global score by component; components a case cannot assess are left out and the rest rescaled. */
export const SCORE_WEIGHTS = {
  /** The procedure checklist (impedance, thresholds, save, safety, faulty contacts) [U] a quarter: steps matter but do not discriminate skill alone (Martin 1997). */
  checklist: 25,
  /** Share of the case's success criteria met [U] the case author's own definition of success. */
  criteria: 15,
  /** Coverage (or relief) of the pain against the benchmark's [U] the primary outcome of paresthesia-based SCS. */
  coverage: 25,
  /** Paresthesia kept inside the pain (100 − extraneous %) [U] issue 13 asks to penalise paresthesia outside the pain. */
  focus: 15,
  /** Recorded perception/comfort/discomfort thresholds against the model's truth [U] issue 13 asks to penalise wrong thresholds. */
  thresholds: 10,
  /** The patient finds the delivered program comfortable [U] a small share: uncomfortable is also a failed criterion. */
  comfort: 5,
  /** Energy within the case's budget [U] a tie-breaker among good programs. */
  energy: 5,
} as const;
export type ScoreComponent = keyof typeof SCORE_WEIGHTS;

/** A recorded threshold within this relative error of the model's counts as right [U] ~ the 0.1–0.2 mA step clinicians titrate with at 1–3 mA. */
export const THRESHOLD_PASS_RELATIVE_ERROR = 0.2;
/** At this relative error a recorded threshold earns nothing; credit falls linearly to it [U] a threshold off by half is not a measurement. */
export const THRESHOLD_ZERO_CREDIT_RELATIVE_ERROR = 0.5;

/** Proficient: at least this share of the benchmark's score [U] PBP sets proficiency at the experts' level (Mazzone 2021); 90 % leaves room for a different good program. */
export const PROFICIENT_SHARE_OF_BENCHMARK = 0.9;
/** Competent: at least this share of the benchmark's score [U] between novice and the benchmark; OSATS "good" is 24/30 = 0.8 of full marks, one step lower here. */
export const COMPETENT_SHARE_OF_BENCHMARK = 0.7;
/** Without a benchmark the levels fall back to these absolute scores [U] the shares above of a full 100. */
export const PROFICIENT_SCORE_WITHOUT_BENCHMARK = 90;
export const COMPETENT_SCORE_WITHOUT_BENCHMARK = 70;

/** Points taken off the 0–100 score for each hint the trainee asked the programming assistant for [U] a hint is a step the trainee did not find alone; three hints cost about one proficiency band's margin. */
export const HINT_PENALTY_POINTS = 3;
/** Most points hints can cost in one visit [U] so asking is never worse than failing a whole component. */
export const MAX_HINT_PENALTY_POINTS = 15;
