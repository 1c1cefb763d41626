/**
 * Device-limit findings for one program: paradigm support, amplitude, pulse width and rate against the IPG's
 * limits for the paradigm, the area current ceiling and the program's patient maximum. Values outside are reported,
 * never clipped. (program/validate.ts rejects the same cases when a program is edited; this repeats them so a
 * safety report read on its own is complete.)
 */
import type { IpgModel, ParadigmLimits } from '../hardware/types';
import type { Program } from '../program/types';
import type { SafetyWarning, SafetyWarningCode, WarningPlace } from './warnings';
import { fmt, safetyWarning } from './warnings';

/**
 * The paradigm limits of `ipg` for `program`, or undefined when the IPG cannot deliver the paradigm.
 * @example paradigmLimitsOf(ipg, { paradigm: { kind: 'highFrequency' } })?.rateHz.max; // 10000 on ipg-rechargeable-32
 */
export function paradigmLimitsOf(ipg: IpgModel, program: Pick<Program, 'paradigm'>): ParadigmLimits | undefined {
  return ipg.paradigms[program.paradigm.kind];
}

function outside(value: number, range: { readonly min: number; readonly max: number }): boolean {
  return !(value >= range.min && value <= range.max);
}

function rangeWarning(
  code: SafetyWarningCode,
  place: WarningPlace,
  label: string,
  unit: string,
  value: number,
  range: { min: number; max: number },
): SafetyWarning[] {
  return outside(value, range)
    ? [
        safetyWarning(
          code,
          place,
          `${label} ${fmt(value)} ${unit} is outside the device range ${range.min}–${range.max} ${unit}.`,
        ),
      ]
    : [];
}

/**
 * Program-level findings: the paradigm is unsupported, or the rate is out of range.
 *
 * @example
 * programLimitWarnings(ipg, program, 0); // [] for a valid tonic program
 */
export function programLimitWarnings(ipg: IpgModel, program: Program, programIndex: number): SafetyWarning[] {
  const place = { programIndex, programName: program.name };
  const limits = paradigmLimitsOf(ipg, program);
  if (!limits)
    return [
      safetyWarning(
        'paradigm-unsupported',
        place,
        `the ${ipg.name} cannot deliver ${program.paradigm.kind} stimulation.`,
      ),
    ];
  return rangeWarning('rate-range', place, 'Rate', 'Hz', program.rateHz, limits.rateHz);
}

/**
 * Area-level device findings for the delivered amplitude and the pulse width.
 *
 * @example
 * areaLimitWarnings(ipg, program, 0, 0, 30); // amplitude-range, area-current, patient-max as they apply
 */
export function areaLimitWarnings(
  ipg: IpgModel,
  program: Program,
  programIndex: number,
  areaIndex: number,
  amplitudeMa: number,
): SafetyWarning[] {
  const area = program.areas[areaIndex]!;
  const place = { programIndex, programName: program.name, areaIndex };
  const limits = paradigmLimitsOf(ipg, program);
  const warnings: SafetyWarning[] = [];
  if (limits) {
    warnings.push(...rangeWarning('amplitude-range', place, 'Amplitude', 'mA', amplitudeMa, limits.amplitudeMa));
    warnings.push(
      ...rangeWarning('pulse-width-range', place, 'Pulse width', 'µs', area.pulseWidthUs, limits.pulseWidthUs),
    );
  }
  if (amplitudeMa > ipg.maxAreaCurrentMa) {
    warnings.push(
      safetyWarning(
        'area-current',
        place,
        `total current ${fmt(amplitudeMa)} mA exceeds the ${ipg.maxAreaCurrentMa} mA an area of the ${ipg.name} can deliver.`,
      ),
    );
  }
  if (amplitudeMa > program.patientMaxMa) {
    warnings.push(
      safetyWarning(
        'patient-max',
        place,
        `amplitude ${fmt(amplitudeMa)} mA exceeds the program's patient maximum ${fmt(program.patientMaxMa)} mA.`,
      ),
    );
  }
  return warnings;
}
