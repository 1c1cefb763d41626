import { formatNumber } from './number-format';

const HOURS_PER_DAY = 24;

/**
 * How long a full battery lasts, in words a patient would use: "—" without a figure, "less than an hour",
 * "9 hours", "1.5 days", "12 days". Under a day it counts hours, because a heavy program that drains the battery
 * overnight must not read "0 days".
 * @example batteryLifeText(0.4); // "10 hours"
 */
export function batteryLifeText(days: number | null): string {
  if (days === null || !Number.isFinite(days) || days < 0) return '—';
  const hours = days * HOURS_PER_DAY;
  if (hours < 1) return 'less than an hour';
  if (hours < HOURS_PER_DAY - 0.5) {
    const whole = Math.round(hours);
    return whole === 1 ? '1 hour' : `${formatNumber(whole, { decimals: 0 })} hours`;
  }
  // One decimal below ten days, where a tenth of a day is hours a patient notices; whole days above.
  const decimals = days < 10 ? 1 : 0;
  const rounded = Number(days.toFixed(decimals));
  return rounded === 1 ? '1 day' : `${formatNumber(rounded, { decimals: rounded % 1 === 0 ? 0 : decimals })} days`;
}
