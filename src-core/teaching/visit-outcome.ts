/**
 * What the device delivers at the end of a visit, through the one simulation path: each device program a case's
 * criteria name, in each posture they name, simulated with `simulateProgram` (after the relief goal's time when the
 * case has one), and every success criterion evaluated against those results, the session and the visit record.
 */
import type { Posture } from '../anatomy/patient-anatomy';
import { assessEnergy } from '../energy/assess';
import { impedanceInputsOf } from '../session/device-state';
import type { ProgramEnergy } from '../energy/program-energy';
import type { ResolvedImplant } from '../hardware/implant';
import type { Program } from '../program/types';
import type { Session } from '../session/session';
import { describeConfiguration, latestThresholds, type VisitRecord } from '../session/visit-record';
import type { PhysiologyEngine } from '../simulation/engine';
import { simulateProgram, type SimulationResult } from '../simulation/simulate';
import type { TeachingCase } from './case-schema';
import { describeCriterion, type SuccessCriterion } from './criteria';

/** One success criterion's verdict on the visit; `met` null when the visit cannot decide it (e.g. no log of it). */
export interface CriterionVisitVerdict {
  readonly criterion: SuccessCriterion;
  readonly description: string;
  readonly met: boolean | null;
  readonly measured: string;
}

/** The delivered program's results, keyed by device program and posture, with the energy of the active one. */
export interface VisitOutcome {
  /** The device program the visit leaves active (0-based), or null when nothing was saved to the device. */
  readonly activeDeviceProgram: number | null;
  /** `simulateProgram` results by `${deviceProgram}:${posture}`. */
  readonly results: ReadonlyMap<string, SimulationResult>;
  /** The active device program's result supine (the headline). */
  readonly headline: SimulationResult | null;
  readonly energy: ProgramEnergy | null;
  readonly verdicts: readonly CriterionVisitVerdict[];
}

/** Facts a visit's event log holds that the session file does not (yet): null = not known. */
export interface VisitLogFacts {
  readonly impedanceChecked: boolean | null;
  readonly editCount: number | null;
  /** Hints the trainee asked the programming assistant for (each costs points: `HINT_PENALTY_POINTS`). */
  readonly hintsUsed: number | null;
}

const postureOf = (c: SuccessCriterion): Posture => ('posture' in c && c.posture) || 'supine';
const key = (program: number, posture: Posture) => `${program}:${posture}`;

/** Contacts of the case's injected faults (device numbering). */
export function faultyContactsOf(session: Session): ReadonlySet<number> {
  return new Set(session.faults.flatMap((f) => (f.kind === 'open' ? [f.contact] : [...f.contacts])));
}

/** Faulty contacts a device program uses. */
export function faultyContactsUsed(programs: readonly Program[], faulty: ReadonlySet<number>): number[] {
  const used = new Set<number>();
  for (const p of programs)
    for (const a of p.areas)
      for (const c of a.contacts) if (c.electrode !== 'case' && faulty.has(c.electrode)) used.add(c.electrode);
  return [...used].sort((a, b) => a - b);
}

/** The simulated time the case's relief goal asks for (min), 0 without one. */
export const reliefAfterMinOf = (teachingCase: TeachingCase): number =>
  teachingCase.success.reduce((m, c) => (c.kind === 'relief' ? Math.max(m, c.afterMin) : m), 0);

/**
 * Simulates what the device delivers and evaluates the case's criteria.
 * @example visitOutcome(engine, teachingCase, session, implant, visitRecord, { impedanceChecked: true, editCount: null, hintsUsed: null }).verdicts;
 */
export function visitOutcome(
  engine: PhysiologyEngine,
  teachingCase: TeachingCase,
  session: Session,
  implant: ResolvedImplant,
  visitRecord: VisitRecord,
  log: VisitLogFacts,
): VisitOutcome {
  const device = session.devicePrograms;
  const active = device.length === 0 ? null : session.activeProgram < device.length ? session.activeProgram : 0;
  const delivered: Session = { ...session, programs: device, activeProgram: active ?? 0 };
  const elapsedMin = reliefAfterMinOf(teachingCase);
  const results = new Map<string, SimulationResult>();
  const resultFor = (program: number, posture: Posture): SimulationResult | null => {
    if (program >= device.length || device[program]!.areas.length === 0) return null;
    const k = key(program, posture);
    if (!results.has(k))
      results.set(
        k,
        simulateProgram(engine, delivered, implant, { programIndex: program, areaIndex: 0, posture, elapsedMin }),
      );
    return results.get(k)!;
  };
  const headline = active === null ? null : resultFor(active, 'supine');
  const energy =
    active === null
      ? null
      : assessEnergy(implant, device, { ...impedanceInputsOf(session, implant), activeProgramIndex: active }).active;
  const verdicts = teachingCase.success.map((criterion): CriterionVisitVerdict => {
    const r =
      active === null
        ? null
        : resultFor(
            'deviceProgram' in criterion && criterion.deviceProgram !== undefined ? criterion.deviceProgram : active,
            postureOf(criterion),
          );
    const v = (met: boolean | null, measured: string): CriterionVisitVerdict => ({
      criterion,
      description: describeCriterion(criterion),
      met,
      measured,
    });
    const none = 'nothing delivered';
    switch (criterion.kind) {
      case 'painCovered': {
        const pct = r?.coverage?.painCoveredPct ?? 0;
        return v(r !== null && pct >= criterion.minPct, r ? `${Math.round(pct)} % of the pain covered` : none);
      }
      case 'paresthesiaOutsidePain': {
        const pct = r?.coverage?.extraneousPct ?? 0;
        return v(
          r !== null && r.paresthesia.length > 0 && pct <= criterion.maxPct,
          !r
            ? none
            : r.paresthesia.length === 0
              ? 'nothing felt'
              : `${Math.round(pct)} % of the paresthesia outside the pain`,
        );
      }
      case 'comfortable':
        return v(r !== null && !r.uncomfortable, r ? (r.uncomfortable ? 'uncomfortable' : 'comfortable') : none);
      case 'paresthesiaFree':
        return v(r !== null && r.paresthesia.length === 0, r ? `${r.paresthesia.length} places felt` : none);
      case 'relief': {
        const pct = r?.relief?.overallPct ?? 0;
        return v(
          r !== null && pct >= criterion.minPct,
          r ? `${Math.round(pct)} % relief after ${criterion.afterMin} min` : none,
        );
      }
      case 'impedanceChecked':
        return v(
          log.impedanceChecked,
          log.impedanceChecked === null ? 'not in the visit log' : log.impedanceChecked ? 'checked' : 'not checked',
        );
      case 'thresholdsRecorded': {
        const program = active === null ? undefined : device[active];
        const area = program?.areas[0];
        const found =
          program && area ? latestThresholds(visitRecord, describeConfiguration(program, area), 'supine') : {};
        const missing = criterion.kinds.filter((k) => !found[k]);
        return v(missing.length === 0, missing.length === 0 ? 'all recorded' : `missing: ${missing.join(', ')}`);
      }
      case 'savedToDevice':
        return v(
          device.length > 0 && JSON.stringify(session.programs) === JSON.stringify(device),
          device.length === 0
            ? 'nothing on the device'
            : JSON.stringify(session.programs) === JSON.stringify(device)
              ? 'saved'
              : 'the working programs differ from the device',
        );
      case 'avoidsFaultyContacts': {
        const used = faultyContactsUsed(device, faultyContactsOf(session));
        return v(
          device.length > 0 && used.length === 0,
          used.length === 0 ? 'no faulty contact used' : `uses faulty contact ${used.join(', ')}`,
        );
      }
      case 'energy': {
        const m = energy?.rechargeMinutesPerDay ?? null;
        return v(
          m !== null && m <= criterion.maxRechargeMinPerDay,
          m === null ? 'no recharge figure' : `${m.toFixed(0)} min/day recharging`,
        );
      }
      case 'longevity': {
        const y = energy?.longevityYears ?? null;
        return v(
          y !== null && y >= criterion.minLongevityYears,
          y === null ? 'no longevity figure' : `${y.toFixed(1)} years`,
        );
      }
    }
  });
  return { activeDeviceProgram: active, results, headline, energy, verdicts };
}
