import { hasUnsavedDeviceChanges, type ThresholdKind } from '../../src-core';
import type { AppState } from '../store/app-store';
import { selectActiveArea } from '../store/selectors';

/** One step of the guided first visit: what to do, the control it points at, and when it is done. */
export interface GuideStep {
  readonly id: string;
  readonly title: string;
  readonly text: string;
  /** CSS selector of the control the hint sits beside and "Show me" focuses. */
  readonly anchor: string;
  done(state: AppState): boolean;
}

const recorded = (kind: ThresholdKind) => (s: AppState) => s.visitRecord.thresholds.some((t) => t.kind === kind);

/** The guided first visit's steps, in the order a clinician works (impedances, bipole, thresholds, save, debrief). */
export const GUIDE_STEPS: readonly GuideStep[] = [
  {
    id: 'impedance',
    title: 'Run the impedance check',
    text: 'Before programming, check every contact: an open or shorted contact cannot be used.',
    anchor: '.impedance__open',
    done: (s) => s.visitLog.impedanceChecked,
  },
  {
    id: 'bipole',
    title: 'Set up a bipole',
    text: 'Click a contact once for − (cathode) and a neighbour twice for + (anode). Leg pain: try a cathode low on the leads.',
    anchor: '.contact-grid',
    done: (s) => {
      const contacts = selectActiveArea(s).contacts;
      return contacts.some((c) => c.polarity === 'cathode') && contacts.some((c) => c.polarity === 'anode');
    },
  },
  {
    id: 'perception',
    title: 'Find the perception threshold',
    text: 'Raise the amplitude until the patient first feels it, then press Record perception.',
    anchor: '.thresholds',
    done: recorded('perception'),
  },
  {
    id: 'comfort',
    title: 'Find a comfortable level',
    text: 'Raise it until the patient says it is comfortable and covers the pain, then press Record comfort.',
    anchor: '.thresholds',
    done: recorded('comfort'),
  },
  {
    id: 'discomfort',
    title: 'Find the discomfort threshold',
    text: 'Raise it a little more until it becomes uncomfortable, press Record discomfort, then bring it back down to comfortable.',
    anchor: '.thresholds',
    done: recorded('discomfort'),
  },
  {
    id: 'save',
    title: 'Save to the device',
    text: 'The patient only receives what the device holds: press Save to device.',
    anchor: '.device-bar',
    done: (s) => s.visit.session.devicePrograms.length > 0 && !hasUnsavedDeviceChanges(s.visit),
  },
  {
    id: 'finish',
    title: 'Finish the visit',
    text: 'Press Finish visit in the case brief for your score and debrief.',
    anchor: '.case-brief__actions',
    done: (s) => s.screen === 'debrief',
  },
];

/** The index of the first step not yet done (GUIDE_STEPS.length when all are). */
export const currentGuideStep = (state: AppState, steps: readonly GuideStep[] = GUIDE_STEPS): number => {
  const index = steps.findIndex((step) => !step.done(state));
  return index < 0 ? steps.length : index;
};
