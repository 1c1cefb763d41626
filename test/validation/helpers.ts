import { readFileSync } from 'node:fs';
import {
  NOMINAL_ANATOMY,
  PhysiologyEngine,
  canalSectionAt,
  commonAmplitudeThresholds,
  mm,
  perceive,
  recruitmentIndexFor,
  restoreSession,
  sensationThresholds,
  type PatientAnatomy,
  type Posture,
  type VertebralLevel,
  type Program,
  type RecruitmentIndex,
  type RestoredSession,
  type Session,
} from '../../src-core';
import { patientSeed } from '../../src-core/simulation/simulation-setup';
import { type Sensation } from '../../src-core/perception/perception';
import { CORD_SEGMENTS, DERMATOMES } from '../../src-core';
import { segmentAt } from '../../src-core/anatomy/cord-segments';

/** One shared engine: its caches make configurations that share a lead position cheap. */
export const engine = new PhysiologyEngine();

/** A sample session from resources/sessions, restored. */
export function sample(name: string): RestoredSession {
  const result = restoreSession(readFileSync(`resources/sessions/${name}.scs.json`, 'utf8'));
  if (!result.ok) throw new Error(result.error);
  return result;
}

/** A session file as JSON, loosely typed: the tests edit a few fields and the schema checks the rest on restore. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- edited JSON, validated by restoreSession
export type SessionJson = any;

/** A sample session file changed by `edit` before it is restored. */
export function variant(name: string, edit: (file: SessionJson) => void): RestoredSession {
  const file = JSON.parse(readFileSync(`resources/sessions/${name}.scs.json`, 'utf8'));
  edit(file);
  const result = restoreSession(JSON.stringify(file));
  if (!result.ok) throw new Error(result.error);
  return result;
}

/** A single midline (or lateral) 8-contact lead session, with a bipole or guarded cathode at the given contacts. */
export function singleLead(options: {
  tipLevel?: VertebralLevel;
  lateralMm?: number;
  cathode?: number;
  anodes?: number[];
  pulseWidthUs?: number;
  recharge?: 'active' | 'passive';
}): RestoredSession {
  const file = JSON.parse(readFileSync('resources/sessions/burst-t9.scs.json', 'utf8'));
  file.hardware.leads[0].placement = {
    tip: { level: options.tipLevel ?? 'T9', offsetMm: 0 },
    lateralMm: options.lateralMm ?? 0,
    depthMm: 0,
    rotationDeg: 0,
  };
  const anodes = options.anodes ?? [4];
  file.programs[0] = {
    name: 'Tonic',
    paradigm: { kind: 'tonic', recharge: options.recharge ?? 'active', interphaseGapUs: 20 },
    rateHz: 50,
    areas: [
      {
        contacts: [
          { electrode: options.cathode ?? 3, polarity: 'cathode', fractionPct: 100 },
          ...anodes.map((electrode, i) => ({
            electrode,
            polarity: 'anode',
            fractionPct:
              i === anodes.length - 1
                ? 100 - Math.floor(100 / anodes.length) * (anodes.length - 1)
                : Math.floor(100 / anodes.length),
          })),
        ],
        amplitudeMa: 0,
        pulseWidthUs: options.pulseWidthUs ?? 300,
        dosing: { mode: 'absolute' },
      },
    ],
    softStartS: 0,
    patientMaxMa: 25.5,
  };
  const restored = restoreSession(JSON.stringify(file));
  if (!restored.ok) throw new Error(restored.error);
  return restored;
}

/** The recruitment index of program 0 for a patient and posture. */
export function indexOf(
  restored: RestoredSession,
  overrides: { patient?: PatientAnatomy; posture?: Posture; program?: Program } = {},
): RecruitmentIndex {
  const session: Session = restored.session;
  const thresholds = engine.thresholdsFor({
    implant: restored.implant,
    program: overrides.program ?? session.programs[0]!,
    patient: overrides.patient ?? NOMINAL_ANATOMY,
    posture: overrides.posture ?? 'supine',
    seed: patientSeed(session.patient.id),
  });
  return recruitmentIndexFor(thresholds, commonAmplitudeThresholds(thresholds));
}

export const thresholdsOf = (index: RecruitmentIndex) => sensationThresholds(index);
export const feltAt = (index: RecruitmentIndex, amplitudeMa: number): Sensation => perceive(index, amplitudeMa);

/** Index of the most caudal dermatome felt (higher = more caudal), or −1. */
export function mostCaudal(sensation: Sensation): number {
  return Math.max(
    -1,
    ...sensation.regions
      .filter((r) => r.intensity > 0 && r.via === 'dorsalColumn')
      .map((r) => DERMATOMES.indexOf(r.dermatome)),
  );
}

export const withDcsfScale = (scale: number): PatientAnatomy => ({
  ...NOMINAL_ANATOMY,
  dcsfScale: scale,
  cordLateralOffsetMm: mm(0),
});

/** The patient whose supine dCSF at the middle of `restored`'s contacts is `dcsfMm` (cord centred). */
export function withDcsfMm(restored: RestoredSession, dcsfMm: number): PatientAnatomy {
  const axial = restored.implant.contacts.map((c) => c.centre.axialMm as number);
  const centre = mm((Math.min(...axial) + Math.max(...axial)) / 2);
  const nominal = canalSectionAt(centre, 'supine', { ...NOMINAL_ANATOMY, dcsfScale: 1 }).dcsfMm;
  return withDcsfScale(dcsfMm / nominal);
}

/** `restored` with another patient id: the same anatomy sampled with another fibre seed. */
export function withPatientId(restored: RestoredSession, id: string): RestoredSession {
  return { ...restored, session: { ...restored.session, patient: { ...restored.session.patient, id } } };
}

/** Each fibre kind's own perception threshold (mA): where its first place is felt. */
export function perceptionVia(index: RecruitmentIndex, kind: 'dorsalColumn' | 'dorsalRoot'): number {
  return sensationThresholds({ groups: index.groups.filter((g) => g.kind === kind) }).perceptionMa;
}

/** The places felt just above the perception threshold. */
export function firstFelt(index: RecruitmentIndex) {
  return perceive(index, sensationThresholds(index).perceptionMa * 1.0001).regions;
}

/** Cord segments under a session's contacts, one more on each side: where a lead's own roots enter. */
export function segmentsUnderLead(restored: RestoredSession): string[] {
  const axial = restored.implant.contacts.map((c) => c.centre.axialMm as number);
  const first = CORD_SEGMENTS.indexOf(segmentAt(mm(Math.min(...axial)))!);
  const last = CORD_SEGMENTS.indexOf(segmentAt(mm(Math.max(...axial)))!);
  return CORD_SEGMENTS.slice(Math.max(0, first - 1), last + 2);
}

/** Program 0's per-fibre thresholds for a centred-cord nominal patient, supine: `fromMidline` below is true. */
function centredThresholds(restored: RestoredSession) {
  return engine.thresholdsFor({
    implant: restored.implant,
    program: restored.session.programs[0]!,
    patient: withDcsfScale(1),
    posture: 'supine',
    seed: patientSeed(restored.session.patient.id),
  });
}

/** The same thresholds as a recruitment index: what `recruitedColumnFibres` and `fibreMeans` describe. */
export const centredIndexOf = (restored: RestoredSession) => indexOf(restored, { patient: withDcsfScale(1) });

/** Dorsal-column fibres (indices) recruited at `amplitudeMa` by program 0 in the centred-cord nominal patient. */
export function recruitedColumnFibres(restored: RestoredSession, amplitudeMa: number): Set<number> {
  const { population, perAreaMa } = centredThresholds(restored);
  const recruited = new Set<number>();
  for (let f = 0; f < population.count; f++)
    if (population.kind[f] === 'dorsalColumn' && perAreaMa[0]![f]! <= amplitudeMa) recruited.add(f);
  return recruited;
}

/** Weighted means of fibres of that population: diameter (µm), distance from the cord midline (mm), dermatome index. */
export function fibreMeans(restored: RestoredSession, fibres: Iterable<number>) {
  const { population: p } = centredThresholds(restored);
  let weight = 0;
  let diameter = 0;
  let lateral = 0;
  let dermatome = 0;
  for (const f of fibres) {
    const w = p.weight[f]!;
    const middleNode = f * p.nodesPerFibre + (p.nodesPerFibre >> 1);
    weight += w;
    diameter += w * p.diameterUm[f]!;
    lateral += w * Math.abs(p.nodeLateralMm[middleNode]!);
    dermatome += w * DERMATOMES.indexOf(p.dermatome[f]!);
  }
  return { weight, diameterUm: diameter / weight, fromMidlineMm: lateral / weight, dermatomeIndex: dermatome / weight };
}
