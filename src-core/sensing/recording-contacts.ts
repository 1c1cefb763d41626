/**
 * Which contacts record the ECAP. Clinical closed-loop systems record on the stimulating lead, on contacts beyond
 * the stimulating ones, so that the recording contacts sit away from the strongest stimulus (Parker et al. 2012;
 * Mekhail et al. 2020). The rule here: on the lead (and paddle column) of the area's main cathode, the two
 * contacts just past the outermost active contact, on the side with more free contacts (rostral on a tie, where
 * the dorsal columns carry the orthodromic volley). The first of the two records, the second is its reference.
 */
import type { ResolvedImplant } from '../hardware/implant';
import type { StimulationArea } from '../program/types';
import { areaElectrodeWeights } from '../waveform/electrodes';

/** A differential recording: `recording` minus `reference` (device contact numbers, 0-based); null = distant. */
export interface RecordingContacts {
  readonly recording: number;
  readonly reference: number | null;
}

/** Contacts within this lateral distance count as one column (mm) [U]: paddle columns are ≥ 1 mm apart. */
const SAME_COLUMN_MM = 0.5;

/**
 * The default recording pair of an area (see the module comment). Throws a RangeError when the lead has no two free
 * contacts on either side of the active ones.
 * @example defaultRecordingContacts(area, implant); // { recording: 2, reference: 1 } for a bipole on 3–4 of an 8-contact lead (rostral on a tie)
 */
export function defaultRecordingContacts(area: StimulationArea, implant: ResolvedImplant): RecordingContacts {
  const weights = areaElectrodeWeights(area).filter((w) => w.electrode !== 'case');
  const cathodes = weights.filter((w) => w.weight < 0).sort((a, b) => a.weight - b.weight);
  const main = cathodes[0];
  if (!main || main.electrode === 'case') throw new RangeError('the area has no cathode on a lead');
  const cathode = implant.contacts[main.electrode as number]!;
  const column = implant.contacts
    .map((c, i) => ({ c, i }))
    .filter(
      ({ c }) =>
        c.leadIndex === cathode.leadIndex && Math.abs(c.centre.lateralMm - cathode.centre.lateralMm) < SAME_COLUMN_MM,
    )
    .sort((a, b) => a.c.centre.axialMm - b.c.centre.axialMm);
  const active = new Set(weights.map((w) => w.electrode as number));
  const activeAxial = column.filter(({ i }) => active.has(i)).map(({ c }) => c.centre.axialMm as number);
  const low = Math.min(...activeAxial);
  const high = Math.max(...activeAxial);
  // The spine frame's axial coordinate grows caudally (anatomy/spine-frame.ts): rostral is the smaller side.
  const rostral = column
    .filter(({ c, i }) => !active.has(i) && c.centre.axialMm < low)
    .map(({ i }) => i)
    .reverse();
  const caudal = column.filter(({ c, i }) => !active.has(i) && c.centre.axialMm > high).map(({ i }) => i);
  const side = rostral.length >= caudal.length ? rostral : caudal;
  if (side.length < 2)
    throw new RangeError('the stimulating lead has no two free contacts beyond the active ones to record on');
  return { recording: side[0]!, reference: side[1]! };
}
