import type { CurriculumLevel, ProficiencyLevel, TreatmentOption } from '../../src-core';

/** The NANS curriculum levels as the chooser and the brief name them. */
export const LEVEL_LABELS: Record<CurriculumLevel, string> = {
  earlyLearner: 'Early learner',
  advancedLearner: 'Advanced learner',
  practitioner: 'Practitioner',
};

/** The candidate-selection options in words. */
export const TREATMENT_LABELS: Record<TreatmentOption, string> = {
  scs: 'Spinal cord stimulation (trial first)',
  epiduralSteroidInjection: 'Epidural steroid injection',
  medialBranchBlockRfa: 'Medial branch blocks, then radiofrequency ablation',
  intrathecalPump: 'Intrathecal drug delivery (pump)',
  conservativeCare: 'Conservative care',
};

export const PROFICIENCY_LABELS: Record<ProficiencyLevel, string> = {
  novice: 'Novice',
  competent: 'Competent',
  proficient: 'Proficient',
};

/** "Difficulty 2 of 5". */
export const difficultyText = (difficulty: number) => `Difficulty ${difficulty} of 5`;

/** The first sentence of a story or brief, for a chooser card (the whole text is in the brief). */
export function firstSentence(text: string, maxChars = 180): string {
  const end = text.search(/[.!?](\s|$)/);
  const sentence = end < 0 ? text : text.slice(0, end + 1);
  return sentence.length <= maxChars ? sentence : `${sentence.slice(0, maxChars - 1).trimEnd()}…`;
}
