import type { HardwareCatalogue } from '../hardware/catalogue';
import { resolveImplant, type ResolvedImplant } from '../hardware/implant';
import type { ProgramIssue } from '../program/validate';
import { validateProgram } from '../program/validate';
import type { SafetyWarning, SafetyWarningCode } from '../safety';
import { assessSafety } from '../safety';
import { safetyOptionsOf } from '../session/device-state';
import type { Session } from '../session/session';
import { pastWithPresent, type Visit } from './visit';

/**
 * A safety finding that stops a save to the device: every `error` of the safety assessment (charge density over the
 * limit, an open circuit, a short across polarity, output beyond the device limits, …) and exceeded compliance,
 * which the assessment grades a warning — the device would then deliver less than the screen shows, so the program
 * that was tested is not the one the patient would take home.
 *
 * @example
 * { code: 'charge-density', programIndex: 0, programName: 'Burst', areaIndex: 0, message: 'Program 1 “Burst”, area 1: contact 3 carries 65.3 µC/cm² per phase …, above the 30 µC/cm² limit.' }
 */
export interface BlockingFinding {
  readonly code: SafetyWarningCode;
  readonly programIndex: number;
  readonly programName: string;
  readonly areaIndex?: number;
  /** Names the program, the area and the limit (from the safety assessment). */
  readonly message: string;
}

/**
 * The clinician's deliberate decision to save despite blocking findings: who, why, and which findings they were
 * shown. An override covers only the findings acknowledged (by message, which carries the numbers), so a program
 * changed after the dialog opened is refused again.
 */
export interface SafetyOverrideRequest {
  readonly clinician: string;
  readonly reason: string;
  readonly acknowledged: readonly string[];
}

/**
 * The outcome of a save to the device. `overridden` lists the blocking findings an override let through (empty on a
 * clean save) — the caller records them in the visit record.
 */
export type DeviceSaveResult =
  | { readonly ok: true; readonly visit: Visit; readonly overridden: readonly BlockingFinding[] }
  | { readonly ok: false; readonly refusal: 'hardware'; readonly message: string }
  | {
      readonly ok: false;
      readonly refusal: 'undeliverable';
      readonly issues: readonly ProgramIssue[];
      readonly message: string;
    }
  | {
      readonly ok: false;
      readonly refusal: 'unsafe';
      readonly findings: readonly BlockingFinding[];
      readonly message: string;
    };

const blocks = (warning: SafetyWarning) => warning.severity === 'error' || warning.code === 'compliance';

/**
 * The blocking findings of the session's working programs, assessed with the session's charge-density limit and
 * hardware faults and conditions (`safetyOptionsOf`, the same assessment the safety summary shows).
 *
 * @example
 * blockingFindings(session, implant).map((f) => f.code); // ['charge-density'] for a 1000 µs burst at 8 mA
 */
export function blockingFindings(session: Session, implant: ResolvedImplant): readonly BlockingFinding[] {
  const report = assessSafety(implant, session.programs, safetyOptionsOf(session, implant));
  return report.warnings.filter(blocks).map((w) => ({
    code: w.code,
    programIndex: w.programIndex ?? 0,
    programName: session.programs[w.programIndex ?? 0]?.name ?? '',
    ...(w.areaIndex === undefined ? {} : { areaIndex: w.areaIndex }),
    message: w.message,
  }));
}

const andMore = (count: number) => (count > 1 ? ` (and ${count - 1} more)` : '');

/** Why an override does not cover the findings, or undefined when it does. */
function overrideProblem(override: SafetyOverrideRequest, findings: readonly BlockingFinding[]): string | undefined {
  if (override.clinician.trim() === '') return 'An override needs the name of the clinician who takes the decision.';
  if (override.reason.trim() === '') return 'An override needs a reason.';
  const unseen = findings.find((f) => !override.acknowledged.includes(f.message));
  return unseen && `The override does not cover: ${unseen.message}`;
}

/**
 * Writes the working programs to the (virtual) device, as a clinician programmer would: refused, with the reasons,
 * when the hardware does not resolve or a program cannot be delivered (never overridable — the device would reject
 * it), and refused when the safety assessment has a blocking finding, unless `override` acknowledges every one of
 * them with a clinician's name and a reason. Saving is recorded for undo like any edit.
 *
 * @example
 * const result = saveToDevice(visit, catalogue);
 * if (!result.ok && result.refusal === 'unsafe') saveToDevice(visit, catalogue, { clinician: 'Dr A', reason: '…', acknowledged: result.findings.map((f) => f.message) });
 */
export function saveToDevice(
  visit: Visit,
  catalogue: HardwareCatalogue,
  override?: SafetyOverrideRequest,
): DeviceSaveResult {
  const resolved = resolveImplant(visit.session.hardware, catalogue);
  if (!resolved.ok) return { ok: false, refusal: 'hardware', message: `${resolved.path}: ${resolved.error}` };
  const issues = visit.session.programs.flatMap((program, index) => validateProgram(program, resolved.implant, index));
  const [issue] = issues;
  if (issue) {
    const where = `Program ${issue.target.program + 1}${issue.target.area === undefined ? '' : `, area ${issue.target.area + 1}`}`;
    return {
      ok: false,
      refusal: 'undeliverable',
      issues,
      message: `${where}: ${issue.message}${andMore(issues.length)}`,
    };
  }
  const findings = blockingFindings(visit.session, resolved.implant);
  const [first] = findings;
  if (first) {
    const problem = override ? overrideProblem(override, findings) : undefined;
    if (!override || problem)
      return {
        ok: false,
        refusal: 'unsafe',
        findings,
        message: problem ?? `${first.message}${andMore(findings.length)}`,
      };
  }
  const session = { ...visit.session, devicePrograms: visit.session.programs };
  return {
    ok: true,
    visit: { session, past: pastWithPresent(visit), future: [] },
    overridden: findings,
  };
}
