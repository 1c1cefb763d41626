import type { Hertz, Microseconds, Milliamps, Millimetres, Volts } from '../units';

/** The geometry of one contact as manufactured. */
export type ContactShape =
  /** A ring (band) contact of a cylindrical percutaneous lead: conducts all round. */
  | { readonly kind: 'ring'; readonly lengthMm: Millimetres; readonly diameterMm: Millimetres }
  /** A flat rectangular contact on the face of a paddle: conducts on one side only. */
  | { readonly kind: 'rectangle'; readonly lengthMm: Millimetres; readonly widthMm: Millimetres };

/** One contact of a lead model, positioned in the lead's own frame. */
export interface ContactSpec {
  /** Centre distance from the lead's distal tip, along the lead (mm). */
  readonly fromTipMm: Millimetres;
  /** Offset across a paddle from its centre line (mm, positive to the patient's left when unrotated); 0 on a percutaneous lead. */
  readonly acrossMm: Millimetres;
  readonly shape: ContactShape;
}

/** A lead model from the catalogue. Contacts are listed in the order devices number them. */
export interface LeadModel {
  readonly id: string;
  readonly name: string;
  readonly kind: 'percutaneous' | 'paddle';
  /** Body diameter (percutaneous) or paddle width (mm). */
  readonly widthMm: Millimetres;
  /** Paddle thickness; the lead diameter for percutaneous leads (mm). */
  readonly thicknessMm: Millimetres;
  readonly contacts: readonly ContactSpec[];
  /** Where the numbers come from, and whether they are typical rather than one product's. */
  readonly source: string;
  readonly typical: boolean;
}

/** The paradigms a stimulator can deliver. */
export type ParadigmKind = 'tonic' | 'burst' | 'highFrequency';

/** What the device lets you program in one paradigm. */
export interface ParadigmLimits {
  readonly amplitudeMa: { readonly min: Milliamps; readonly max: Milliamps; readonly step: Milliamps };
  readonly pulseWidthUs: { readonly min: Microseconds; readonly max: Microseconds; readonly step: Microseconds };
  readonly rateHz: { readonly min: Hertz; readonly max: Hertz; readonly step: Hertz };
}

/** An implantable pulse generator model. */
export interface IpgModel {
  readonly id: string;
  readonly name: string;
  readonly battery: 'rechargeable' | 'primary';
  /** Usable battery energy (mWh) — illustrative [U] values; no maker publishes capacities we could verify. */
  readonly batteryEnergyMwh: number;
  /** Power that reaches the battery while the patient recharges (mW); rechargeable IPGs only [U]. */
  readonly rechargePowerMw: number | undefined;
  /**
   * Fixed device overhead (mW): drawn all day whether or not it stimulates — housekeeping, telemetry listening,
   * sensing, self-discharge. Sets the recharge time or longevity at 0 % duty (docs/physics-device.md §4).
   */
  readonly quiescentPowerMw: number;
  /**
   * Standing draw of the output stage while stimulation is on (mW), whatever the amplitude: current-source bias and
   * the compliance-rail charge pump. Scaled by the duty cycle; taken from the battery, not through the converter [U].
   */
  readonly outputStageOnPowerMw: number;
  /** Energy each pulse costs whatever its amplitude (µJ): switch matrix, DAC set-up, timing wake-ups [U]. */
  readonly perPulseOverheadUj: number;
  /** Fraction of battery power that reaches the output stage (DC–DC conversion) [U]. */
  readonly converterEfficiency: number;
  readonly contactCount: number;
  /** `independent`: each contact has its own current source (fractions programmable); `single`: one source shared. */
  readonly currentSources: 'independent' | 'single';
  /** The largest voltage the output stage can drive across the load (V). */
  readonly complianceV: Volts;
  /** Largest total current of one area (mA), across all its contacts. */
  readonly maxAreaCurrentMa: Milliamps;
  readonly paradigms: Readonly<Partial<Record<ParadigmKind, ParadigmLimits>>>;
  readonly maxAreasPerProgram: number;
  readonly maxPrograms: number;
  readonly source: string;
  readonly typical: boolean;
}
