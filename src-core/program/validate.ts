import type { IpgModel, ParadigmLimits } from '../hardware/types';
import type { ResolvedImplant } from '../hardware/implant';
import type { AreaField, IssueTarget, ProgramField, ProgramList } from './issue-target';
import { issuePath } from './issue-target';
import { factorPointOf, factorRangeProblem } from '../axon/predictor/waveform-factor';
import { isOnStep } from './steps';
import { PASSIVE_RECHARGE_MIN_TIME_CONSTANTS, PASSIVE_RECHARGE_TAU_US, periodUs, programOccupancyUs } from './timing';
import type { Program, StimulationArea } from './types';

/**
 * Why a program cannot be delivered. `target` says where, as data (match on it); `path` is the same place in the
 * session file (e.g. `programs.0.areas.1.contacts.2.electrode`), for file errors and the command line.
 */
export interface ProgramIssue {
  readonly code:
    | 'paradigm-unsupported'
    | 'area-count'
    | 'no-cathode'
    | 'no-anode'
    | 'fractions-sum'
    | 'fraction-range'
    | 'electrode-unknown'
    | 'electrode-repeated'
    | 'case-as-cathode'
    | 'single-source-fractions'
    | 'out-of-range'
    | 'off-step'
    | 'not-finite'
    | 'period-too-short'
    | 'area-current'
    | 'patient-max'
    | 'burst-shape'
    | 'cycling'
    | 'soft-start';
  readonly target: IssueTarget;
  readonly path: string;
  readonly message: string;
}

/** An issue before its path is written out. */
type Found = Omit<ProgramIssue, 'path'>;

const FRACTION_TOLERANCE_PCT = 0.01;
/** Longest soft-start ramp a program may have (s): a typical programmer ramp range [U]. */
export const MAX_SOFT_START_S = 60; // typical programmer ramp range [U]
/** Pulses one burst may have: 2–10 (burst DRG/SCS programmers; De Ridder 2010 used 5); also the file bound. */
export const BURST_PULSES = { min: 2, max: 10 } as const; // burst programmers, 2–10 pulses (De Ridder 2010: 5)

type Range = ParadigmLimits['amplitudeMa'] | ParadigmLimits['pulseWidthUs'] | ParadigmLimits['rateHz'];

function rangeIssues(target: IssueTarget, label: string, unit: string, value: number, range: Range): Found[] {
  if (!Number.isFinite(value)) return [{ code: 'not-finite', target, message: `${label} must be a number.` }];
  if (value < range.min || value > range.max) {
    return [
      {
        code: 'out-of-range',
        target,
        message: `${label} ${value} ${unit} is outside the device range ${range.min}–${range.max} ${unit}.`,
      },
    ];
  }
  if (!isOnStep(value, range)) {
    return [
      {
        code: 'off-step',
        target,
        message: `${label} ${value} ${unit} is not a multiple of the device step ${range.step} ${unit}.`,
      },
    ];
  }
  return [];
}

const describe = (electrode: number | 'case') => (electrode === 'case' ? 'the case' : `contact ${electrode}`);

function contactIssues(
  area: StimulationArea,
  at: { readonly program: number; readonly area: number },
  ipg: IpgModel,
  contactCount: number,
): Found[] {
  const issues: Found[] = [];
  const list: IssueTarget = { ...at, field: 'contacts' };
  const seen = new Set<number | 'case'>();
  for (const [i, setting] of area.contacts.entries()) {
    const entry = { ...at, contact: i };
    const { electrode } = setting;
    if (electrode !== 'case' && (!Number.isInteger(electrode) || electrode < 0 || electrode >= contactCount)) {
      issues.push({
        code: 'electrode-unknown',
        target: { ...entry, field: 'electrode' },
        message: `Contact ${electrode} does not exist: the leads have contacts 0–${contactCount - 1}.`,
      });
    }
    if (seen.has(electrode))
      issues.push({
        code: 'electrode-repeated',
        target: { ...entry, field: 'electrode' },
        message: `${describe(electrode)} is listed twice in one area.`,
      });
    seen.add(electrode);
    if (electrode === 'case' && setting.polarity === 'cathode') {
      issues.push({
        code: 'case-as-cathode',
        target: { ...entry, field: 'polarity' },
        message: 'The case can only be an anode (+): it is too large to stimulate.',
      });
    }
    if (!(setting.fractionPct > 0 && setting.fractionPct <= 100)) {
      issues.push({
        code: 'fraction-range',
        target: { ...entry, field: 'fractionPct' },
        message: `The fraction of ${describe(electrode)} must be above 0 % and at most 100 %, not ${setting.fractionPct} %.`,
      });
    }
  }
  for (const polarity of ['cathode', 'anode'] as const) {
    const members = area.contacts.filter((c) => c.polarity === polarity);
    const sign = polarity === 'cathode' ? '−' : '+';
    if (members.length === 0) {
      issues.push(
        polarity === 'cathode'
          ? {
              code: 'no-cathode',
              target: list,
              message: 'The area has no cathode (−): set at least one contact to − to stimulate.',
            }
          : {
              code: 'no-anode',
              target: list,
              message: 'The area has no anode (+): set a contact or the case to + to return the current.',
            },
      );
      continue;
    }
    const sum = members.reduce((total, c) => total + c.fractionPct, 0);
    if (Math.abs(sum - 100) > FRACTION_TOLERANCE_PCT) {
      issues.push({
        code: 'fractions-sum',
        target: list,
        message: `The ${sign} fractions add up to ${Math.round(sum * 100) / 100} %, not 100 %.`,
      });
    }
    if (
      ipg.currentSources === 'single' &&
      members.some((c) => Math.abs(c.fractionPct - 100 / members.length) > FRACTION_TOLERANCE_PCT)
    ) {
      issues.push({
        code: 'single-source-fractions',
        target: list,
        message: `The ${ipg.name} has a single current source: current divides between the ${sign} contacts by their impedance, so fractions cannot be set (use equal shares).`,
      });
    }
  }
  return issues;
}

function areaIssues(
  program: Program,
  area: StimulationArea,
  at: { readonly program: number; readonly area: number },
  ipg: IpgModel,
  limits: ParadigmLimits,
  contactCount: number,
): Found[] {
  const field = (name: AreaField): IssueTarget => ({ ...at, field: name });
  const issues = [
    ...contactIssues(area, at, ipg, contactCount),
    ...rangeIssues(field('amplitudeMa'), 'Amplitude', 'mA', area.amplitudeMa, limits.amplitudeMa),
    ...rangeIssues(field('pulseWidthUs'), 'Pulse width', 'µs', area.pulseWidthUs, limits.pulseWidthUs),
  ];
  if (area.amplitudeMa > ipg.maxAreaCurrentMa) {
    issues.push({
      code: 'area-current',
      target: field('amplitudeMa'),
      message: `${area.amplitudeMa} mA exceeds the ${ipg.maxAreaCurrentMa} mA the IPG can deliver in one area.`,
    });
  }
  if (area.amplitudeMa > program.patientMaxMa) {
    issues.push({
      code: 'patient-max',
      target: field('amplitudeMa'),
      message: `Amplitude ${area.amplitudeMa} mA is above this program's patient maximum of ${program.patientMaxMa} mA.`,
    });
  }
  if (area.dosing.mode === 'subPerception') {
    const { percentOfPerception, perceptionThresholdMa } = area.dosing;
    if (!(percentOfPerception > 0 && percentOfPerception <= 100) || !(perceptionThresholdMa > 0)) {
      issues.push({
        code: 'out-of-range',
        target: field('dosing'),
        message:
          'Sub-perception dosing needs a measured perception threshold above 0 mA and a percentage from 1 to 100 %.',
      });
    }
  }
  return issues;
}

/**
 * Every reason `program` cannot be delivered by `implant`; empty when it can. Messages name the fault in the
 * clinician's terms; `target` points at the field as data (for highlighting a control) and `path` at the same
 * field of the session file, `programIndex` being the program's place in `list`.
 *
 * @example
 * validateProgram(program, implant, 0); // [{ code: 'no-cathode', target: { program: 0, area: 0, field: 'contacts' }, path: 'programs.0.areas.0.contacts', … }]
 */
export function validateProgram(
  program: Program,
  implant: ResolvedImplant,
  programIndex = 0,
  list: ProgramList = 'programs',
): ProgramIssue[] {
  return programIssues(program, implant, programIndex).map((found) => ({
    ...found,
    path: issuePath(found.target, list),
  }));
}

function programIssues(program: Program, implant: ResolvedImplant, programIndex: number): Found[] {
  const field = (name: ProgramField): IssueTarget => ({ program: programIndex, field: name });
  const { ipg } = implant;
  const limits = ipg.paradigms[program.paradigm.kind];
  if (!limits) {
    return [
      {
        code: 'paradigm-unsupported',
        target: field('paradigm'),
        message: `The ${ipg.name} cannot deliver ${program.paradigm.kind} stimulation.`,
      },
    ];
  }
  const issues: Found[] = [];
  if (program.areas.length < 1 || program.areas.length > ipg.maxAreasPerProgram) {
    issues.push({
      code: 'area-count',
      target: field('areas'),
      message: `A program on this IPG has 1 to ${ipg.maxAreasPerProgram} areas, not ${program.areas.length}.`,
    });
  }
  issues.push(...rangeIssues(field('rateHz'), 'Rate', 'Hz', program.rateHz, limits.rateHz));
  for (const [i, area] of program.areas.entries()) {
    issues.push(...areaIssues(program, area, { program: programIndex, area: i }, ipg, limits, implant.contacts.length));
  }
  if (program.paradigm.kind === 'burst') {
    const { pulsesPerBurst, intraBurstRateHz } = program.paradigm;
    const widest = Math.max(...program.areas.map((a) => a.pulseWidthUs));
    if (
      !Number.isInteger(pulsesPerBurst) ||
      pulsesPerBurst < BURST_PULSES.min ||
      pulsesPerBurst > BURST_PULSES.max ||
      !(intraBurstRateHz > 0) ||
      widest >= periodUs(intraBurstRateHz)
    ) {
      issues.push({
        code: 'burst-shape',
        target: field('paradigm'),
        message: `A burst needs ${BURST_PULSES.min}–${BURST_PULSES.max} pulses, each shorter than the intra-burst period (${Math.round(periodUs(intraBurstRateHz))} µs at ${intraBurstRateHz} Hz).`,
      });
    }
  }
  // The fibre model's range is checked once the device's own ranges hold (one message per fault, the device's first).
  const deviceRangesHold = !issues.some((i) =>
    ['out-of-range', 'off-step', 'not-finite', 'burst-shape'].includes(i.code),
  );
  if (deviceRangesHold) issues.push(...modelRangeIssues(program, programIndex));
  if (issues.length === 0) {
    const need = programOccupancyUs(program);
    const period = periodUs(program.rateHz);
    const passiveTonic = program.paradigm.kind === 'tonic' && program.paradigm.recharge === 'passive';
    if (need > period) {
      issues.push({
        code: 'period-too-short',
        target: field('rateHz'),
        message: `At ${program.rateHz} Hz the period is ${Math.round(period)} µs, but the pulses${program.areas.length > 1 ? ' of all areas' : ''} and their recharge need ${Math.round(need)} µs: lower the rate or the pulse width${passiveTonic ? `, or use active recharge (a passive recharge needs about ${(PASSIVE_RECHARGE_MIN_TIME_CONSTANTS * PASSIVE_RECHARGE_TAU_US) / 1000} ms)` : ''}.`,
      });
    }
  }
  if (program.cycling && !(program.cycling.onS > 0 && program.cycling.offS >= 0)) {
    issues.push({
      code: 'cycling',
      target: field('cycling'),
      message: 'Cycling needs an on-time above 0 s and an off-time of 0 s or more.',
    });
  }
  if (!(program.softStartS >= 0 && program.softStartS <= MAX_SOFT_START_S)) {
    issues.push({
      code: 'soft-start',
      target: field('softStartS'),
      message: `Soft start must be 0–${MAX_SOFT_START_S} s.`,
    });
  }
  return issues;
}

/**
 * Programs the device could deliver but the simulator's fibre model is not measured for (an interphase gap over
 * 200 µs, an intra-burst rate outside 200–950 Hz, …): refused rather than extrapolated (waveform-factor-grid.ts).
 */
function modelRangeIssues(program: Program, programIndex: number): Found[] {
  for (const area of program.areas) {
    const problem = factorRangeProblem(factorPointOf(program.paradigm, area.pulseWidthUs, program.rateHz));
    if (problem !== null) {
      return [
        {
          code: 'out-of-range',
          target: { program: programIndex, field: 'paradigm' },
          message: `The simulator's nerve-fibre model does not cover this program: ${problem}.`,
        },
      ];
    }
  }
  return [];
}
