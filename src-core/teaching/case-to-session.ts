import { toSession } from '../session/convert';
import { DEFAULT_HARDWARE, newSessionFile } from '../session/defaults';
import type { SessionFileV2 } from '../session/schema';
import type { Session } from '../session/session';
import type { TeachingCase } from './case-schema';

/** The patient id a case's session carries: fixed per case, so its fibre population (seeded by the id) is too. */
export const casePatientId = (teachingCase: Pick<TeachingCase, 'id'>): string => `case-${teachingCase.id}`;

/**
 * The session file a case opens as: the patient with the case's story, pain drawing and hidden anatomy, the leads
 * where they truly lie, the injected faults, and the starting programs on the device (or one blank program and an
 * empty device). A decision-only case (no implant) opens on the default practice implant.
 */
export function caseSessionFile(teachingCase: TeachingCase): SessionFileV2 {
  const blank = newSessionFile();
  const { implant, hidden, patient } = teachingCase;
  const starting = teachingCase.startingPrograms ?? [];
  return {
    format: 'scs-sim-session',
    version: 2,
    patient: {
      id: casePatientId(teachingCase),
      name: patient.name,
      summary: patient.story,
      painMap: patient.painMap.map((r) => ({ ...r })),
      ...(hidden.anatomy ? { anatomy: { ...hidden.anatomy, conus: { ...hidden.anatomy.conus } } } : {}),
    },
    hardware: implant
      ? {
          ipgId: implant.ipgId,
          leads: implant.leads.map((lead) => ({ modelId: lead.modelId, placement: lead.placement })),
        }
      : DEFAULT_HARDWARE,
    // The visit opens on what the device holds; with nothing programmed, one blank program to start from.
    programs: starting.length > 0 ? starting : blank.programs,
    activeProgram: 0,
    ...(starting.length > 0 ? {} : { devicePrograms: [] }),
    ...(implant?.faults && implant.faults.length > 0 ? { faults: implant.faults } : {}),
    ...(teachingCase.settings ? { settings: teachingCase.settings } : {}),
  };
}

/**
 * The session the app opens for a case, so the one simulation path runs a case unchanged. The case must have been
 * accepted by `parseCase` (which resolves its implant and checks its programs).
 * @example simulateProgram(engine, caseToSession(c), implant, { programIndex: 0, areaIndex: 0, posture: 'supine' });
 */
export function caseToSession(teachingCase: TeachingCase): Session {
  return toSession(caseSessionFile(teachingCase));
}
