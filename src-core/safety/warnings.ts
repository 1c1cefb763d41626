import type { ElectrodeRef } from '../program/types';
import { safeFileText } from '../session/safe-text';

/** Longest program name a warning quotes (the file allows 60 characters). */
const MAX_NAME_CHARS = 60;

/**
 * What a safety warning is about. `error`s describe stimulation the device would refuse or that risks tissue
 * (charge density, open circuit, out-of-range output); `warning`s describe stimulation that is delivered but not as
 * programmed or that deserves a look (compliance, patient maximum, a shorted contact).
 *
 * @example
 * report.warnings.filter((w) => w.code === 'charge-density');
 */
export type SafetyWarningCode =
  | 'charge-density'
  | 'compliance'
  | 'open-circuit'
  | 'short-across-polarity'
  | 'shorted-contact'
  | 'paradigm-unsupported'
  | 'amplitude-range'
  | 'pulse-width-range'
  | 'rate-range'
  | 'area-current'
  | 'patient-max'
  | 'electrode-unknown'
  | 'no-current-path'
  | 'not-computable';

/**
 * A finding as data: nothing is clipped or changed because of it. Indices are 0-based.
 * @example { code: 'open-circuit', severity: 'error', message: 'Program 1 “Back”, area 1: contact 3 is open …', programIndex: 0, areaIndex: 0, electrode: 3 }
 */
export interface SafetyWarning {
  readonly code: SafetyWarningCode;
  readonly severity: 'warning' | 'error';
  readonly message: string;
  readonly programIndex?: number;
  readonly areaIndex?: number;
  readonly electrode?: ElectrodeRef;
}

const SEVERITY: Record<SafetyWarningCode, SafetyWarning['severity']> = {
  'charge-density': 'error',
  compliance: 'warning',
  'open-circuit': 'error',
  'short-across-polarity': 'error',
  'shorted-contact': 'warning',
  'paradigm-unsupported': 'error',
  'amplitude-range': 'error',
  'pulse-width-range': 'error',
  'rate-range': 'error',
  'area-current': 'error',
  'patient-max': 'warning',
  'electrode-unknown': 'error',
  'no-current-path': 'error',
  'not-computable': 'error',
};

/**
 * Where a warning points: a program, optionally one of its areas and an electrode.
 * @example { programIndex: 0, programName: 'Back', areaIndex: 1, electrode: 4 }
 */
export interface WarningPlace {
  readonly programIndex: number;
  readonly programName: string;
  readonly areaIndex?: number;
  readonly electrode?: ElectrodeRef;
}

/**
 * Builds a warning with the code's severity and a message prefixed by the place ("Program 1 “Back”, area 2: …");
 * the program name comes from a file, so it is made safe to print.
 *
 * @example
 * safetyWarning('patient-max', { programIndex: 0, programName: 'Back', areaIndex: 0 }, 'amplitude 6 mA exceeds the patient maximum 5 mA.');
 */
export function safetyWarning(code: SafetyWarningCode, place: WarningPlace, text: string): SafetyWarning {
  const name = safeFileText(place.programName, MAX_NAME_CHARS);
  const where = `Program ${place.programIndex + 1} “${name}”${place.areaIndex === undefined ? '' : `, area ${place.areaIndex + 1}`}`;
  return {
    code,
    severity: SEVERITY[code],
    message: `${where}: ${text}`,
    programIndex: place.programIndex,
    ...(place.areaIndex === undefined ? {} : { areaIndex: place.areaIndex }),
    ...(place.electrode === undefined ? {} : { electrode: place.electrode }),
  };
}

/**
 * Names an electrode in a message.
 * @example electrodeName(3); // 'contact 3'
 */
export function electrodeName(electrode: ElectrodeRef): string {
  return electrode === 'case' ? 'the case' : `contact ${electrode}`;
}

/**
 * A number with three significant figures for messages.
 * @example fmt(12.2449); // '12.2'
 */
export function fmt(value: number): string {
  return Number.isFinite(value) ? String(Number(value.toPrecision(3))) : String(value);
}
