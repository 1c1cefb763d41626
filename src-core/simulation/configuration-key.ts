// The keys of what a simulation depends on, kept in one place: the engine caches its stages on the first two and the
// app's physiology client reconfigures the worker on the third, so both change together when an input is added.
import type { ResolvedImplant } from '../hardware/implant';
import type { Program } from '../program/types';
import type { Session } from '../session/session';
import type { PhysiologySetup } from './engine';
import { simulationSetupOf, type SimulationTarget } from './simulation-setup';

const keyOf = (value: unknown) => JSON.stringify(value);

/**
 * What the fibre population and its unit fields depend on: contacts (geometry and place), lead placement, the
 * patient's anatomy, posture, seed and population size.
 * @example populationKeyOf(setup) === populationKeyOf({ ...setup, program: other }); // true: programs share fibres
 */
export function populationKeyOf(setup: PhysiologySetup): string {
  return keyOf([
    setup.implant.contacts,
    setup.implant.leads.map((l) => l.placement),
    setup.patient,
    setup.posture,
    setup.seed,
    setup.size ?? null,
  ]);
}

/**
 * What the per-area fibre thresholds depend on beyond the population: the paradigm, each area's contacts
 * (polarity, fractions) and pulse width, and for kHz programs the rate (it sets the train) — not amplitude, which is
 * a query on the result, nor a tonic or burst program's rate (one pulse or burst acts alone: the period is far longer
 * than the fibres' refractory period, so the rate changes how a fibre is felt, not whether it fires).
 * @example thresholdsKeyOf(tonic) === thresholdsKeyOf({ ...tonic, rateHz: Hz(60) }); // true
 */
export function thresholdsKeyOf(program: Program): string {
  const trainRate = program.paradigm.kind === 'highFrequency' ? program.rateHz : null;
  return keyOf([program.paradigm, trainRate, program.areas.map((a) => [a.contacts, a.pulseWidthUs])]);
}

/**
 * Everything a configured simulation depends on except the target area's amplitude and the pain map (both cheap
 * queries): population, thresholds, the rate, which area is queried, what the other areas deliver and the device ceiling
 * the titration sweep stops at. Equal keys mean the same configured simulation.
 * @example configurationKeyOf(session, implant, target) !== configurationKeyOf(session, implant, { ...target, posture: 'prone' }); // true
 */
export function configurationKeyOf(session: Session, implant: ResolvedImplant, target: SimulationTarget): string {
  const resolved = simulationSetupOf(session, implant, target);
  const others = resolved.deliveredMa.map((amplitudeMa, a) => (a === target.areaIndex ? null : amplitudeMa));
  return keyOf([
    populationKeyOf(resolved.setup),
    thresholdsKeyOf(resolved.setup.program),
    // The rate sets how the recruited fibres are felt (temporal-pattern.ts), even where thresholds ignore it.
    resolved.setup.program.rateHz,
    target,
    others,
    resolved.ceiling.deviceMaxMa,
  ]);
}
