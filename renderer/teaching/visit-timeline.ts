import type { VisitRecord } from '../../src-core';
import { formatNumber } from '../format/number-format';

/** One moment of the visit as the debrief's timeline lists it. */
export interface TimelineEvent {
  readonly atS: number;
  readonly kind: 'threshold' | 'sensation' | 'override';
  readonly text: string;
}

const THRESHOLD_WORDS = { perception: 'Perception', comfort: 'Comfort', discomfort: 'Discomfort' } as const;

/** The visit record's thresholds, the patient's words and the safety overrides, in the order they happened. */
export function visitTimeline(record: VisitRecord): TimelineEvent[] {
  const mA = (x: number) => `${formatNumber(x, { decimals: 1 })} mA`;
  const events: TimelineEvent[] = [
    ...record.thresholds.map((t) => ({
      atS: t.atS,
      kind: 'threshold' as const,
      text: `${THRESHOLD_WORDS[t.kind]} threshold recorded at ${mA(t.amplitudeMa)} (${t.configuration}, ${t.posture})`,
    })),
    ...record.sensations.map((s) => ({
      atS: s.atS,
      kind: 'sensation' as const,
      text: `At ${mA(s.amplitudeMa)}: “${s.patientSaid}”${s.painCoveredPct === null ? '' : ` — ${formatNumber(s.painCoveredPct, { decimals: 0 })} % of the pain covered`}`,
    })),
    ...record.safetyOverrides.map((o) => ({
      atS: o.atS,
      kind: 'override' as const,
      text: `Safety override by ${o.clinician}: ${o.reason} (${o.findings.map((f) => f.message).join('; ')})`,
    })),
  ];
  // Stable: at the same second, thresholds before sensations before overrides (as listed above).
  return events.sort((a, b) => a.atS - b.atS);
}

/** Seconds into the visit as m:ss ("12:05"). */
export function visitTimeText(atS: number): string {
  const whole = Math.max(0, Math.floor(atS));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}
