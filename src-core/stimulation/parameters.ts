import type { Hertz, Microseconds, Milliamps } from '../units';
import { Hz, mA, us } from '../units';
import type { DeviceLimits, SteppedRange } from './device-limits';
import { isOnStep } from './device-limits';

/** How the charge of the stimulating (cathodic) phase is returned. */
export type RechargeMode = 'active' | 'passive';

/**
 * The pulse parameters of one stimulation program: a charge-balanced biphasic pulse repeated at `rateHz`.
 * The first phase is cathodic (negative current at the active contact), then an interphase gap, then the
 * recharge phase: `active` is a square pulse of equal charge and opposite sign; `passive` is the
 * exponential discharge of the output coupling capacitor through the tissue.
 */
export interface StimulationParameters {
  readonly amplitudeMa: Milliamps;
  readonly pulseWidthUs: Microseconds;
  readonly rateHz: Hertz;
  readonly interphaseGapUs: Microseconds;
  readonly recharge: RechargeMode;
}

/** A reason a set of parameters cannot be delivered, naming the field concerned. */
export interface ParameterIssue {
  readonly field: keyof StimulationParameters;
  readonly code: 'out-of-range' | 'off-step' | 'not-finite' | 'period-too-short';
  readonly message: string;
}

/** A typical tonic starting point: 300 µs at 50 Hz (clinical tonic ranges 30–120 Hz, 100–500 µs, PMC8229652), amplitude at 0 as a visit starts. */
export const DEFAULT_TONIC_PARAMETERS: StimulationParameters = {
  amplitudeMa: mA(0),
  pulseWidthUs: us(300),
  rateHz: Hz(50),
  interphaseGapUs: us(20),
  recharge: 'active',
};

/**
 * Time constant of passive recharge: the output coupling capacitor discharging through the electrode–tissue
 * load, τ = R·C. Typical engineering value for ≈1 kΩ and a few-hundred-nF output capacitance [U].
 */
export const PASSIVE_RECHARGE_TAU_US = us(400);

/** Passive recharge needs this many time constants before the next pulse (3 τ returns 95 % of the charge). */
export const PASSIVE_RECHARGE_MIN_TIME_CONSTANTS = 3;

/** Time one pulse needs before the next may start (µs): phase, gap and recharge. */
export function pulseOccupancyUs(p: StimulationParameters): Microseconds {
  const rechargeUs =
    p.recharge === 'active' ? p.pulseWidthUs : PASSIVE_RECHARGE_TAU_US * PASSIVE_RECHARGE_MIN_TIME_CONSTANTS;
  return us(p.pulseWidthUs + p.interphaseGapUs + rechargeUs);
}

/** The pulse period in µs. */
export function periodUs(rate: Hertz): Microseconds {
  return us(1e6 / rate);
}

function checkRange(
  field: keyof StimulationParameters,
  label: string,
  unit: string,
  value: number,
  range: SteppedRange<number>,
): ParameterIssue[] {
  if (!Number.isFinite(value)) return [{ field, code: 'not-finite', message: `${label} must be a number.` }];
  if (value < range.min || value > range.max) {
    return [{ field, code: 'out-of-range', message: `${label} ${value} ${unit} is outside the device range ${range.min}–${range.max} ${unit}.` }];
  }
  if (!isOnStep(value, range)) {
    return [{ field, code: 'off-step', message: `${label} ${value} ${unit} is not a multiple of the device step ${range.step} ${unit}.` }];
  }
  return [];
}

/**
 * Every reason `params` cannot be delivered by a device with `limits`; empty when valid.
 *
 * @example
 * validateParameters({ ...DEFAULT_TONIC_PARAMETERS, rateHz: Hz(1200), pulseWidthUs: us(1000) }, GENERIC_TONIC_LIMITS);
 * // → [{ field: 'rateHz', code: 'period-too-short', message: 'At 1200 Hz the period is 833 µs, …' }]
 */
export function validateParameters(params: StimulationParameters, limits: DeviceLimits): ParameterIssue[] {
  const issues = [
    ...checkRange('amplitudeMa', 'Amplitude', 'mA', params.amplitudeMa, limits.amplitudeMa),
    ...checkRange('pulseWidthUs', 'Pulse width', 'µs', params.pulseWidthUs, limits.pulseWidthUs),
    ...checkRange('rateHz', 'Rate', 'Hz', params.rateHz, limits.rateHz),
    ...checkRange('interphaseGapUs', 'Interphase gap', 'µs', params.interphaseGapUs, limits.interphaseGapUs),
  ];
  if (issues.length === 0) {
    const need = pulseOccupancyUs(params);
    const period = periodUs(params.rateHz);
    if (need > period) {
      issues.push({
        field: 'rateHz',
        code: 'period-too-short',
        message:
          `At ${params.rateHz} Hz the period is ${Math.round(period)} µs, but a ${params.pulseWidthUs} µs pulse with ` +
          `${params.recharge} recharge needs ${Math.round(need)} µs: lower the rate or the pulse width.`,
      });
    }
  }
  return issues;
}
