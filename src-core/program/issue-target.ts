/** A setting of a whole program that a validation issue can point at. */
export type ProgramField = 'paradigm' | 'areas' | 'rateHz' | 'cycling' | 'softStartS';
/** A setting of one stimulation area. `contacts` is the area's contact list as a whole (no cathode, fraction sums). */
export type AreaField = 'contacts' | 'amplitudeMa' | 'pulseWidthUs' | 'dosing';
/** A setting of one entry of an area's contact list. */
export type ContactField = 'electrode' | 'polarity' | 'fractionPct';
/** Any field an issue can point at. */
export type IssueField = ProgramField | AreaField | ContactField;

/**
 * Where a validation issue is, as data: a program (its index in the list validated), optionally one of its areas and
 * one entry of that area's contact list (its index in `contacts`, not the electrode number), and the field. Match on
 * this, never on the path string.
 *
 * @example
 * { program: 0, area: 1, field: 'amplitudeMa' } // the amplitude of program 1, area 2
 * { program: 0, area: 0, contact: 2, field: 'electrode' } // the third contact entry of program 1, area 1
 */
export type IssueTarget =
  | { readonly program: number; readonly area?: undefined; readonly contact?: undefined; readonly field: ProgramField }
  | { readonly program: number; readonly area: number; readonly contact?: undefined; readonly field: AreaField }
  | { readonly program: number; readonly area: number; readonly contact: number; readonly field: ContactField };

/** Which list of a session file the validated programs come from. */
export type ProgramList = 'programs' | 'devicePrograms';

/**
 * The target as a dotted path into the session file, for file errors and the command line.
 *
 * @example
 * issuePath({ program: 0, area: 1, field: 'amplitudeMa' }); // 'programs.0.areas.1.amplitudeMa'
 */
export function issuePath(target: IssueTarget, list: ProgramList = 'programs'): string {
  const program = `${list}.${target.program}`;
  if (target.area === undefined) return `${program}.${target.field}`;
  const area = `${program}.areas.${target.area}`;
  return target.contact === undefined
    ? `${area}.${target.field}`
    : `${area}.contacts.${target.contact}.${target.field}`;
}
