import type { Dermatome, Side } from '../anatomy/dermatomes';
import type { PatientAnatomy } from '../anatomy/patient-anatomy';
import type { ImplantConfiguration } from '../hardware/implant';
import type { Program } from '../program/types';

/** A region of the patient's pain drawing: one dermatome on one side. */
export interface PainRegion {
  readonly dermatome: Dermatome;
  readonly side: Side;
}

/** The virtual patient as the session file describes them. */
export interface Patient {
  readonly id: string;
  readonly name: string;
  readonly summary?: string;
  readonly painMap?: readonly PainRegion[];
  /** How this patient's canal differs from the nominal one; absent = NOMINAL_ANATOMY. */
  readonly anatomy?: PatientAnatomy;
}

/** An injected hardware fault (instructor mode, impedance training). */
export type HardwareFault =
  | { readonly kind: 'open'; readonly contact: number }
  | { readonly kind: 'short'; readonly contacts: readonly [number, number] };

/**
 * Live device and tissue conditions an instructor sets (instructor faults), beside the lead faults. Every field absent
 * on a healthy implant: no capsule rise, a charged battery, the IPG's full compliance.
 *
 * @example { encapsulationWeeks: 6, batteryPct: 8, complianceLimitV: 4 }
 */
export interface DeviceConditions {
  /** Weeks a fibrous capsule has been forming around the contacts: their tissue impedance rises (`encapsulationImpedanceFactor`). */
  readonly encapsulationWeeks?: number;
  /** Charge left in the IPG's battery (%); absent = full. */
  readonly batteryPct?: number;
  /** The output voltage the IPG can reach now (V), when below its rated compliance (a weak supply rail). */
  readonly complianceLimitV?: number;
}

/** Session-wide programming settings. */
export interface SessionSettings {
  /** Changing polarity, pulse width or paradigm sets that area's amplitude to 0 (the habit trainees must learn). */
  readonly resetAmplitudeOnChange: boolean;
  /** Charge-density limit per phase at any contact (µC/cm²). */
  readonly chargeDensityLimitUcPerCm2: number;
}

/** Defaults for settings a file leaves out: reset on, 30 µC/cm²/phase (the limit the issue and common practice use). */
export const DEFAULT_SETTINGS: SessionSettings = { resetAmplitudeOnChange: true, chargeDensityLimitUcPerCm2: 30 };

/**
 * Everything a programming visit works on: who the patient is, what is implanted where, the programs being
 * edited (`programs`, tentative until saved) and what the device holds (`devicePrograms`).
 */
export interface Session {
  readonly patient: Patient;
  readonly hardware: ImplantConfiguration;
  readonly programs: readonly Program[];
  readonly devicePrograms: readonly Program[];
  readonly activeProgram: number;
  readonly faults: readonly HardwareFault[];
  /** Instructor-set conditions (impedance rise, battery, compliance); absent = none. */
  readonly conditions?: DeviceConditions;
  readonly settings: SessionSettings;
}
