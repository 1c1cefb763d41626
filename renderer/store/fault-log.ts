/**
 * The instructor faults of a visit as an event log: when each was injected, when the trainee first detected it (the
 * action that shows they noticed) and when the instructor undid it — the facts a score of detection time needs.
 * Pure data and functions; the teaching slice holds the log (`visitLog.faultEvents`).
 */
import type { HardwareFault, LeadPlacement, Posture } from '../../src-core';

/** The faults an instructor can switch on live. */
export type InstructorFaultKind =
  'open' | 'short' | 'impedanceRise' | 'lowBattery' | 'complianceLimit' | 'migration' | 'posture';

/** What the trainee did that can show they noticed a fault. */
export type TraineeSignal = 'impedanceCheck' | 'amplitudeDown' | 'amplitudeChange' | 'programChange' | 'energyShown';

/** The trainee's actions that count as detecting each fault. */
export const DETECTED_BY: Record<InstructorFaultKind, readonly TraineeSignal[]> = {
  open: ['impedanceCheck'],
  short: ['impedanceCheck'],
  impedanceRise: ['impedanceCheck'],
  lowBattery: ['energyShown'],
  // Bringing the output back within what the IPG can reach: less current, or a program change.
  complianceLimit: ['amplitudeDown', 'programChange'],
  // A slipped lead stimulates elsewhere, often too strongly: turning down or reprogramming shows it was noticed.
  migration: ['amplitudeDown', 'programChange'],
  // The same program feels stronger or weaker in another posture: any amplitude adjustment.
  posture: ['amplitudeChange'],
};

/** The words of each signal in the log. */
export const SIGNAL_WORDS: Record<TraineeSignal, string> = {
  impedanceCheck: 'impedance check',
  amplitudeDown: 'amplitude reduced',
  amplitudeChange: 'amplitude adjusted',
  programChange: 'program changed',
  energyShown: 'battery checked in safety and energy',
};

/** What undoing a fault takes away or puts back: the lead fault it added, the lead's placement, or the posture. */
export type FaultRestore =
  | { readonly fault: HardwareFault }
  | { readonly lead: number; readonly placement: LeadPlacement }
  | { readonly posture: Posture };

/** One injected fault. Times are seconds since the visit started (as the visit record's `atS`). */
export interface FaultEvent {
  readonly kind: InstructorFaultKind;
  /** What was injected, in words ("contact 3 open", "lead 1 slipped 6 mm caudally"). */
  readonly label: string;
  readonly injectedAtS: number;
  readonly detectedAtS: number | null;
  readonly detectedBy: TraineeSignal | null;
  readonly undoneAtS: number | null;
  readonly restore?: FaultRestore;
}

/**
 * The log with a new fault injected at `atS`. An active fault of the same kind is marked undone first (it was
 * replaced), so each kind has at most one active event.
 * @example injectFault([], 'open', 'contact 3 open', 42)[0]; // { kind: 'open', injectedAtS: 42, detectedAtS: null, … }
 */
export function injectFault(
  events: readonly FaultEvent[],
  kind: InstructorFaultKind,
  label: string,
  atS: number,
  restore?: FaultRestore,
): FaultEvent[] {
  return [
    ...undoFault(events, kind, atS),
    {
      kind,
      label,
      injectedAtS: atS,
      detectedAtS: null,
      detectedBy: null,
      undoneAtS: null,
      ...(restore ? { restore } : {}),
    },
  ];
}

/** The log with the active fault of `kind` (if any) marked undone at `atS`. */
export function undoFault(events: readonly FaultEvent[], kind: InstructorFaultKind, atS: number): FaultEvent[] {
  return events.map((e) => (e.kind === kind && e.undoneAtS === null ? { ...e, undoneAtS: atS } : e));
}

/**
 * The log after the trainee's `signal` at `atS`: every active, undetected fault that the signal detects
 * (`DETECTED_BY`) is detected now. The same log object when nothing changes.
 * @example detectFaults(injectFault([], 'open', 'contact 3 open', 10), 'impedanceCheck', 25)[0]?.detectedAtS; // 25
 */
export function detectFaults(events: readonly FaultEvent[], signal: TraineeSignal, atS: number): readonly FaultEvent[] {
  const detects = (e: FaultEvent) =>
    e.undoneAtS === null && e.detectedAtS === null && DETECTED_BY[e.kind].includes(signal);
  if (!events.some(detects)) return events;
  return events.map((e) => (detects(e) ? { ...e, detectedAtS: atS, detectedBy: signal } : e));
}

/** The active (not undone) event of `kind`, if any. */
export function activeFault(events: readonly FaultEvent[], kind: InstructorFaultKind): FaultEvent | undefined {
  return events.find((e) => e.kind === kind && e.undoneAtS === null);
}

/**
 * Seconds from injection to detection, for scoring; `null` while undetected.
 * @example detectionDelayS({ injectedAtS: 10, detectedAtS: 25 }); // 15
 */
export function detectionDelayS(event: Pick<FaultEvent, 'injectedAtS' | 'detectedAtS'>): number | null {
  return event.detectedAtS === null ? null : Math.max(0, event.detectedAtS - event.injectedAtS);
}
