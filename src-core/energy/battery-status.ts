/**
 * How long the battery's remaining charge lasts on the running program: the number a programmer reads on the device
 * status before changing anything, and the one that shows a low battery.
 */
import type { IpgModel } from '../hardware/types';
import type { ProgramEnergy } from './program-energy';

/**
 * At or below this charge (%) the battery reads low: most IPGs warn the patient around a fifth of the charge, typical [U].
 * @example batteryStatusOf(ipg, energy, 15).low; // true
 */
export const LOW_BATTERY_PCT = 20; // the patient is warned around a fifth of the charge, typical [U]

/**
 * The battery's state on a program.
 * @example { chargePct: 8, low: true, hoursLeft: 14.2, yearsLeft: null }
 */
export interface BatteryStatus {
  readonly chargePct: number;
  readonly low: boolean;
  /** Rechargeable: hours of this program the remaining charge gives; `null` for a primary cell or an open circuit. */
  readonly hoursLeft: number | null;
  /** Primary cell: years left on this program; `null` for a rechargeable IPG or an open circuit. */
  readonly yearsLeft: number | null;
}

const HOURS_PER_YEAR = 24 * 365.25;

/**
 * The battery's state at `chargePct` on the running program's energy (`assessEnergy(…).active`): the remaining
 * energy (battery energy × charge) over the program's battery power.
 *
 * @example
 * batteryStatusOf(ipg, assessEnergy(implant, [program]).active, 8).hoursLeft; // ≈ 8 % of 4.5 Wh ÷ the program's mW
 */
export function batteryStatusOf(
  ipg: Pick<IpgModel, 'battery' | 'batteryEnergyMwh'>,
  energy: Pick<ProgramEnergy, 'batteryPowerMw'> | null,
  chargePct: number,
): BatteryStatus {
  const pct = Math.min(100, Math.max(0, chargePct));
  const power = energy?.batteryPowerMw ?? null;
  const hours = power !== null && power > 0 ? (ipg.batteryEnergyMwh * pct) / 100 / power : null;
  const rechargeable = ipg.battery === 'rechargeable';
  return {
    chargePct: pct,
    low: pct <= LOW_BATTERY_PCT,
    hoursLeft: rechargeable ? hours : null,
    yearsLeft: !rechargeable && hours !== null ? hours / HOURS_PER_YEAR : null,
  };
}
