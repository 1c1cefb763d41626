import type { SessionFileV2 } from './schema';

/** The implant a new session starts with: a rechargeable IPG and one 8-contact (4 mm gap) lead, tip at the T8 upper endplate, midline. */
export const DEFAULT_HARDWARE: SessionFileV2['hardware'] = {
  ipgId: 'ipg-rechargeable-32',
  leads: [
    {
      modelId: 'perc-8-3x4',
      placement: { tip: { level: 'T8', offsetMm: 0 }, lateralMm: 0, depthMm: 0, rotationDeg: 0 },
    },
  ],
};

/** A neutral practice patient with no pain drawing. */
export const DEFAULT_PATIENT: SessionFileV2['patient'] = { id: 'practice', name: 'Practice patient' };

/** A new session (File → New): the default implant and patient, one tonic program with nothing switched on. */
export function newSessionFile(): SessionFileV2 {
  const program: SessionFileV2['programs'][number] = {
    name: 'Program 1',
    paradigm: { kind: 'tonic', recharge: 'active', interphaseGapUs: 20 },
    rateHz: 50, // tonic 30–120 Hz is the clinical range (PMC8229652)
    areas: [{ contacts: [], amplitudeMa: 0, pulseWidthUs: 300, dosing: { mode: 'absolute' } }], // 100–500 µs clinical (PMC8229652)
    softStartS: 0,
    patientMaxMa: 25.5,
  };
  // Nothing is on the device until the trainee saves a deliverable program to it.
  return {
    format: 'scs-sim-session',
    version: 2,
    patient: DEFAULT_PATIENT,
    hardware: DEFAULT_HARDWARE,
    programs: [program],
    activeProgram: 0,
    devicePrograms: [],
  };
}
