import type { SimulationResult } from '../../src-core';

/**
 * The alert a patient raises when stimulation turns too strong without the amplitude going up — the lead moved
 * (a migration, a drag), the posture changed — so a trainee cannot miss it among the words; undefined otherwise.
 * Raising the amplitude into discomfort is the trainee's own titration and the patient's words say so already.
 */
export function tooStrongAlert(previous: SimulationResult | undefined, next: SimulationResult): string | undefined {
  if (!next.uncomfortable || previous === undefined || previous.uncomfortable) return undefined;
  if (previous.programIndex !== next.programIndex || next.amplitudeMa > previous.amplitudeMa) return undefined;
  const cause = previous.posture !== next.posture ? 'the posture changed' : 'the stimulation moved';
  return `The patient flinches: “Ow — that’s too strong!” Nothing was turned up: ${cause}. Lower the amplitude or switch stimulation off.`;
}
