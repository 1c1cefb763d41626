import type { Dermatome, Side } from '../anatomy/dermatomes';
import { COMFORT_INTENSITY } from '../policy';
import type { FeltPlace } from '../perception/coverage';
import { amplitudeForCount, type RecruitmentIndex } from '../perception/recruitment-index';
import type { Program } from '../program/types';
import type { PainRegion } from '../session/session';
import {
  PARESTHESIA_HALF_TIME_MIN,
  PARESTHESIA_RELIEF_MAX,
  doseEffect,
  paresthesiaFreeActionOf,
  washInFraction,
  type ParesthesiaFreeAction,
} from './relief-model';

/** Which mechanism gives a painful place its relief (relief-model.ts). */
export type ReliefMechanism = 'paresthesia' | 'paresthesiaFree' | 'none';

/** Relief of one painful place. */
export interface PlaceRelief {
  readonly dermatome: Dermatome;
  readonly side: Side;
  /** Pain reduction (%), 0–100, rounded to 0.1. */
  readonly reliefPct: number;
  readonly mechanism: ReliefMechanism;
  /** Amplitude over this place's rheobase (the paresthesia-free dose): how strong the field is there. */
  readonly doseRatio: number;
}

/** Pain relief over the pain drawing after `elapsedMin` of the program: a teaching model (relief-model.ts). */
export interface Relief {
  readonly elapsedMin: number;
  /** Mean relief over the painful places (%), 0–100, rounded to 0.1. */
  readonly overallPct: number;
  readonly places: readonly PlaceRelief[];
  /** The program's paresthesia-free action, or null when it relies on paresthesia alone. */
  readonly paresthesiaFree: ParesthesiaFreeAction | null;
  /** Share (0–1) of the paresthesia-free relief already built up; 1 when there is none to wait for. */
  readonly washedInFraction: number;
}

/** What relief is computed from: one query on a configured simulation. */
export interface ReliefInput {
  readonly program: Pick<Program, 'paradigm' | 'rateHz'>;
  /** Whether the queried area doses below perception (Dosing 'subPerception'). */
  readonly subPerceptionDosing: boolean;
  /**
   * The place's fibres under the long reference pulse (relief-model.ts `FIELD_REACH_PULSE`), counting only their nodes
   * over the place's dorsal horn (dorsal-horn-reach.ts): their thresholds measure the field there whatever the
   * program's own pulse, so a 10 kHz dose is comparable with a tonic one.
   */
  readonly fieldReach: RecruitmentIndex | null;
  readonly amplitudeMa: number;
  /** The places felt at this amplitude. */
  readonly felt: readonly FeltPlace[];
  readonly painMap: readonly PainRegion[];
  /** Simulated time since the program started at these settings (min). */
  readonly elapsedMin: number;
}

const MAX_DOSE_RATIO = 100;
const round1 = (value: number) => Math.round(value * 10) / 10;

/** Amplitude at which the first fibre of a place fires in `index` (any route), Infinity when none can. */
function firstFibreMa(index: RecruitmentIndex, dermatome: Dermatome, side: Side): number {
  let first = Number.POSITIVE_INFINITY;
  for (const g of index.groups)
    if (g.dermatome === dermatome && g.side === side) first = Math.min(first, amplitudeForCount(g, 1));
  return first;
}

/**
 * Relief of every painful place and overall: the better of the paresthesia and the paresthesia-free mechanism, each
 * scaled by its wash-in after `elapsedMin`.
 * @example reliefOf({ program, subPerceptionDosing: false, index, amplitudeMa: 2.5, felt: [], painMap, elapsedMin: 2880 }).overallPct; // 40.2
 */
export function reliefOf(input: ReliefInput): Relief {
  const action = paresthesiaFreeActionOf(input.program, input.subPerceptionDosing);
  const paresthesiaWashIn = washInFraction(input.elapsedMin, PARESTHESIA_HALF_TIME_MIN);
  const freeWashIn = action ? washInFraction(input.elapsedMin, action.halfTimeMin) : 1;
  const places = input.painMap.map((pain): PlaceRelief => {
    const felt = input.felt.find((f) => f.dermatome === pain.dermatome && f.side === pain.side && f.intensity > 0);
    const byParesthesia = felt
      ? PARESTHESIA_RELIEF_MAX * Math.min(1, felt.intensity / COMFORT_INTENSITY) * paresthesiaWashIn
      : 0;
    const first = input.fieldReach
      ? firstFibreMa(input.fieldReach, pain.dermatome, pain.side)
      : Number.POSITIVE_INFINITY;
    // Capped so a place with a vanishing rheobase stays a finite number in JSON reports.
    const doseRatio = Math.min(MAX_DOSE_RATIO, first > 0 ? input.amplitudeMa / first : MAX_DOSE_RATIO);
    const byField = action ? action.reliefMax * doseEffect(doseRatio) * freeWashIn : 0;
    const relief = Math.max(byParesthesia, byField);
    const mechanism: ReliefMechanism =
      relief <= 0 ? 'none' : byParesthesia >= byField ? 'paresthesia' : 'paresthesiaFree';
    return {
      dermatome: pain.dermatome,
      side: pain.side,
      reliefPct: round1(100 * relief),
      mechanism,
      doseRatio: Math.round(doseRatio * 1000) / 1000,
    };
  });
  const overall = places.length === 0 ? 0 : places.reduce((sum, p) => sum + p.reliefPct, 0) / places.length;
  return {
    elapsedMin: input.elapsedMin,
    overallPct: round1(overall),
    places,
    paresthesiaFree: action,
    washedInFraction: freeWashIn,
  };
}
