/**
 * The fluoroscopy still of a report as geometry (spine frame, mm): the vertebral bodies around the leads and every
 * contact where the implant places it, with its polarity in the delivered program. Drawn by `fluoroStillSvg`; the
 * numbers come from the core's column (`upperEndplateMm`, `levelDimensions`) and the implant's placed contacts.
 */
import {
  VERTEBRAL_LEVELS,
  axialMmOf,
  levelDimensions,
  upperEndplateMm,
  type VertebralLevel,
} from '../../anatomy/vertebral-column';
import type { ResolvedImplant } from '../../hardware/implant';
import type { Polarity, StimulationArea } from '../../program/types';

/** One vertebral body as drawn: its level and axial extent (mm caudal from the top of C1). */
export interface FluoroLevel {
  readonly level: VertebralLevel;
  readonly topMm: number;
  readonly bottomMm: number;
  /** Drawn width (mm): a nominal body width for the region (drawing only, not used by the model) [U]. */
  readonly widthMm: number;
}

/** One contact as drawn: centre, size along and across its lead, and its role in the delivered area. */
export interface FluoroContact {
  readonly number: number;
  readonly leadIndex: number;
  readonly axialMm: number;
  readonly lateralMm: number;
  readonly lengthMm: number;
  readonly widthMm: number;
  readonly rotationDeg: number;
  readonly polarity: Polarity | null;
}

/** One lead's body as a segment from its tip past its last contact, with its drawn width. */
export interface FluoroLead {
  readonly leadIndex: number;
  readonly kind: 'percutaneous' | 'paddle';
  readonly tip: { readonly axialMm: number; readonly lateralMm: number };
  readonly tail: { readonly axialMm: number; readonly lateralMm: number };
  readonly widthMm: number;
}

/** The still: the axial span shown, the levels in it, the leads and contacts. */
export interface FluoroStill {
  readonly spanMm: { readonly topMm: number; readonly bottomMm: number };
  readonly levels: readonly FluoroLevel[];
  readonly leads: readonly FluoroLead[];
  readonly contacts: readonly FluoroContact[];
}

/** Body width drawn per region (mm): typical adult AP widths, for the picture only [U]. */
function drawnBodyWidthMm(level: VertebralLevel): number {
  if (level.startsWith('C')) return 22; // cervical bodies ≈ 15–25 mm wide, drawing only [U]
  if (level.startsWith('T')) return 32; // thoracic ≈ 28–40 mm, drawing only [U]
  return 44; // lumbar and sacral ≈ 40–50 mm, drawing only [U]
}

/** Lead body drawn past the last contact (mm): enough to show the lead leaving the picture, drawing only [U]. */
const TAIL_BEYOND_LAST_CONTACT_MM = 25;
/** Margin of levels shown above and below the contacts (mm): about one body, drawing only [U]. */
const MARGIN_MM = 22;

/**
 * The still of an implant, contacts coloured by the delivered area (`area` null: nothing delivered).
 * @example fluoroStill(implant, session.devicePrograms[0]?.areas[0] ?? null).levels.map((l) => l.level);
 */
export function fluoroStill(implant: ResolvedImplant, area: StimulationArea | null): FluoroStill {
  const polarityOf = new Map<number, Polarity>();
  for (const c of area?.contacts ?? []) if (c.electrode !== 'case') polarityOf.set(c.electrode, c.polarity);
  const contacts: FluoroContact[] = implant.contacts.map((c) => {
    const placement = implant.leads[c.leadIndex]!.placement;
    return {
      number: c.number,
      leadIndex: c.leadIndex,
      axialMm: c.centre.axialMm,
      lateralMm: c.centre.lateralMm,
      lengthMm: c.shape.lengthMm,
      widthMm: c.shape.kind === 'ring' ? c.shape.diameterMm : c.shape.widthMm,
      rotationDeg: placement.rotationDeg,
      polarity: polarityOf.get(c.number) ?? null,
    };
  });
  const leads: FluoroLead[] = implant.leads.map((lead, leadIndex) => {
    const tipAxial = axialMmOf(lead.placement.tip);
    const own = contacts.filter((c) => c.leadIndex === leadIndex);
    const last = own.reduce((far, c) => (c.axialMm > far.axialMm ? c : far), own[0]!);
    const angle = (lead.placement.rotationDeg * Math.PI) / 180;
    const reach = last.axialMm - tipAxial + TAIL_BEYOND_LAST_CONTACT_MM;
    return {
      leadIndex,
      kind: lead.model.kind,
      tip: { axialMm: tipAxial, lateralMm: lead.placement.lateralMm },
      tail: {
        axialMm: tipAxial + reach * Math.cos(angle),
        lateralMm: lead.placement.lateralMm - reach * Math.sin(angle),
      },
      widthMm: lead.model.widthMm,
    };
  });
  const axial = [...contacts.map((c) => c.axialMm), ...leads.map((l) => l.tip.axialMm)];
  const topMm = Math.max(0, Math.min(...axial) - MARGIN_MM);
  const bottomMm = Math.max(...axial) + MARGIN_MM;
  const levels = VERTEBRAL_LEVELS.flatMap((level): FluoroLevel[] => {
    const top = upperEndplateMm(level);
    const bottom = top + levelDimensions(level).bodyHeightMm;
    return bottom >= topMm && top <= bottomMm
      ? [{ level, topMm: top, bottomMm: bottom, widthMm: drawnBodyWidthMm(level) }]
      : [];
  });
  return { spanMm: { topMm, bottomMm }, levels, leads, contacts };
}
