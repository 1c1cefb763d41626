/** Shared set-up for the closed-loop tests: the sample timelines and settings a clinician would choose. */
import { readFileSync } from 'node:fs';
import { restingCordState, type EcapAmplitudeAt } from '../../../src-core/closed-loop/cord-state';
import { growthSlopeUvPerMa } from '../../../src-core/closed-loop/controller';
import { currentForEcapMa } from '../../../src-core/closed-loop/growth-inverse';
import type { ReplaySettings, TherapeuticRange } from '../../../src-core/closed-loop/replay-settings';
import { parsePostureTimeline, type PostureTimeline } from '../../../src-core/closed-loop/timeline-file';

export function loadTimeline(name: string): PostureTimeline {
  const parsed = parsePostureTimeline(readFileSync(`resources/timelines/${name}`, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.timeline;
}

/** ECAP aimed at (µV): the EVOKE example target (Mekhail 2020; PMC11041592). */
export const TARGET_UV = 50;
/** Loop gain a trainee would choose sitting [U]: half-way to the fastest loop without overshoot (g = 1). */
export const SENSIBLE_LOOP_GAIN = 0.5;
/** Perception a little above the ECAP threshold (ET ≈ PT, Pilitsis 2021) [U]: 1.05 × ET. */
const PT_OVER_ET = 1.05;
/** Maximum comfortable current ÷ PT [R]: inside the usual usage range 1.3–2.0 (Holsheimer & Barolat 1998). */
const MAX_OVER_PT = 1.5;

const sitting = restingCordState('sitting');

/** The ECAP threshold sitting (mA): the lowest current with a measurable ECAP, found on the model's curve. */
export function sittingEtMa(ecapAt: EcapAmplitudeAt): number {
  return currentForEcapMa(ecapAt, sitting, 1e-6, 25);
}

/** The therapeutic range measured sitting, as EVOKE set it: ECAP at PT → ECAP at maximum comfort. */
export function sittingRange(ecapAt: EcapAmplitudeAt): TherapeuticRange {
  const ptMa = PT_OVER_ET * sittingEtMa(ecapAt);
  return { perceptionEcapUv: ecapAt(sitting, ptMa), maxComfortEcapUv: ecapAt(sitting, MAX_OVER_PT * ptMa) };
}

/** K (mA/µV) giving `loopGain` at the sitting operating point of the target. */
export function gainForLoopGain(ecapAt: EcapAmplitudeAt, loopGain: number): number {
  const operatingMa = currentForEcapMa(ecapAt, sitting, TARGET_UV, 25);
  return loopGain / growthSlopeUvPerMa(ecapAt, sitting, operatingMa);
}

/** Settings common to every mode: limits well clear of the operating point, the sitting range, the target. */
export function commonSettings(ecapAt: EcapAmplitudeAt): Omit<ReplaySettings, 'mode'> {
  return {
    limits: { patientMaxMa: 10, complianceLimitMa: 15 },
    range: sittingRange(ecapAt),
    referenceEcapUv: TARGET_UV,
    recordEverySteps: 50,
  };
}
