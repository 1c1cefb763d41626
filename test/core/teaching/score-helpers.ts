import {
  caseToSession,
  configureSimulation,
  describeConfiguration,
  Hz,
  mA,
  restoreSession,
  serializeSession,
  us,
  type PhysiologyEngine,
  type Program,
  type RecordedThreshold,
  type ResolvedImplant,
  type ScoredVisit,
  type Session,
  type TeachingCase,
} from '../../../src-core';
import { loadCase } from './cases';

/** A library case with the session it opens as and its resolved implant. */
export function openCase(id: string): { teachingCase: TeachingCase; session: Session; implant: ResolvedImplant } {
  const teachingCase = loadCase(`${id}.case.json`);
  const restored = restoreSession(serializeSession(caseToSession(teachingCase)));
  if (!restored.ok) throw new Error(restored.error);
  return { teachingCase, session: restored.session, implant: restored.implant };
}

/** A tonic bipole (or guarded tripole with two anodes) at 50 Hz. */
export function makePoles(
  base: Program,
  cathode: number,
  anodes: readonly number[],
  pulseWidthUs: number,
  amplitudeMa: number,
): Program {
  return {
    ...base,
    name: 'Trainee',
    paradigm: { kind: 'tonic', recharge: 'active', interphaseGapUs: us(20) },
    rateHz: Hz(50),
    cycling: undefined,
    softStartS: 0,
    areas: [
      {
        contacts: [
          { electrode: cathode, polarity: 'cathode', fractionPct: 100 },
          ...anodes.map((a) => ({ electrode: a, polarity: 'anode' as const, fractionPct: 100 / anodes.length })),
        ],
        amplitudeMa: mA(amplitudeMa),
        pulseWidthUs: us(pulseWidthUs),
        dosing: { mode: 'absolute' },
      },
    ],
  };
}

export const saved = (session: Session, programs: readonly Program[]): Session => ({
  ...session,
  programs,
  devicePrograms: programs,
  activeProgram: 0,
});

/** The model's thresholds of a session's first program, supine. */
export function truthOf(engine: PhysiologyEngine, session: Session, implant: ResolvedImplant) {
  const c = configureSimulation(engine, session, implant, {
    programIndex: 0,
    areaIndex: 0,
    posture: 'supine',
    stimulationOn: true,
  });
  return { perception: c.perceptionThresholdMa, comfort: c.comfortThresholdMa, discomfort: c.discomfortThresholdMa };
}

/** The program set halfway between its comfort and discomfort thresholds (as the benchmark sets its own). */
export function setHalfway(
  engine: PhysiologyEngine,
  session: Session,
  implant: ResolvedImplant,
  program: Program,
): Program {
  const t = truthOf(engine, saved(session, [program]), implant);
  if (t.comfort === null) throw new Error('never comfortable');
  const top = t.discomfort ?? t.comfort;
  const amplitudeMa = Math.max(t.comfort, Math.floor(((t.comfort + top) / 2) * 10) / 10);
  return { ...program, areas: [{ ...program.areas[0]!, amplitudeMa: mA(amplitudeMa) }] };
}

/**
 * A visit that saved `programs` and recorded the model's three thresholds of the first one, each times `factor`
 * (1 = exactly right), at the saved configuration supine.
 */
export function visitRecording(
  engine: PhysiologyEngine,
  session: Session,
  implant: ResolvedImplant,
  programs: readonly Program[],
  factor = 1,
): ScoredVisit {
  const s = saved(session, programs);
  const t = truthOf(engine, s, implant);
  const configuration = describeConfiguration(programs[0]!, programs[0]!.areas[0]!);
  const thresholds: RecordedThreshold[] = (['perception', 'comfort', 'discomfort'] as const).flatMap((kind, i) => {
    const truth = t[kind];
    return truth === null
      ? []
      : [
          {
            kind,
            amplitudeMa: Math.round(truth * factor * 100) / 100,
            configuration,
            posture: 'supine' as const,
            atS: 10 * i,
          },
        ];
  });
  return { session: s, implant, visitRecord: { thresholds, sensations: [], safetyOverrides: [] } };
}

/** The contact on `lead` whose centre lies farthest along the cord from `contact`, with its neighbour as anode. */
export function farBipole(implant: ResolvedImplant, contact: number): [number, number] {
  const at = implant.contacts.find((c) => c.number === contact)!;
  const onLead = implant.contacts.filter((c) => c.leadIndex === at.leadIndex);
  const far = [...onLead].sort(
    (a, b) => Math.abs(b.centre.axialMm - at.centre.axialMm) - Math.abs(a.centre.axialMm - at.centre.axialMm),
  )[0]!;
  const i = onLead.indexOf(far);
  const neighbour = onLead[i + 1] ?? onLead[i - 1]!;
  return [far.number, neighbour.number];
}
