/**
 * Physical units as branded number types. A `Milliamps` cannot be passed where `Microseconds` is
 * expected without an explicit conversion, which catches the classic mA/µA and µs/ms slips at
 * compile time. Brands cost nothing at run time: they are plain numbers.
 *
 * @example
 * const amplitude = mA(3.5);
 * const width = us(300);
 * const charge = chargePerPhaseUc(amplitude, width); // 1.05 µC
 */
declare const unitBrand: unique symbol;
type Unit<Name extends string> = number & { readonly [unitBrand]: Name };

/** Current in milliamperes. */
export type Milliamps = Unit<'mA'>;
/** Time in microseconds. */
export type Microseconds = Unit<'us'>;
/** Time in milliseconds. */
export type Milliseconds = Unit<'ms'>;
/** Frequency in hertz. */
export type Hertz = Unit<'Hz'>;
/** Charge in microcoulombs. */
export type Microcoulombs = Unit<'uC'>;
/** Length in millimetres (the spine frame's unit). */
export type Millimetres = Unit<'mm'>;
/** Area in square millimetres (contact surfaces). */
export type SquareMillimetres = Unit<'mm2'>;
/** Length in micrometres (fibre and node geometry). */
export type Micrometres = Unit<'um'>;
/** Electric potential in millivolts. */
export type Millivolts = Unit<'mV'>;
/** Electric potential in volts. */
export type Volts = Unit<'V'>;
/** Resistance in ohms. */
export type Ohms = Unit<'ohm'>;
/** Conductivity in siemens per metre. */
export type SiemensPerMetre = Unit<'S/m'>;

export const mA = (value: number): Milliamps => value as Milliamps;
export const us = (value: number): Microseconds => value as Microseconds;
export const ms = (value: number): Milliseconds => value as Milliseconds;
export const Hz = (value: number): Hertz => value as Hertz;
export const uC = (value: number): Microcoulombs => value as Microcoulombs;
export const mm = (value: number): Millimetres => value as Millimetres;
export const mm2 = (value: number): SquareMillimetres => value as SquareMillimetres;
export const um = (value: number): Micrometres => value as Micrometres;
export const mV = (value: number): Millivolts => value as Millivolts;
export const V = (value: number): Volts => value as Volts;
export const ohm = (value: number): Ohms => value as Ohms;
export const sPerM = (value: number): SiemensPerMetre => value as SiemensPerMetre;

/** mA × µs = nC; divide by 1000 for µC. */
export function chargePerPhaseUc(amplitude: Milliamps, pulseWidth: Microseconds): Microcoulombs {
  return uC((amplitude * pulseWidth) / 1000);
}
