import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  PhysiologyEngine,
  assessEnergy,
  assessSafety,
  defaultCatalogue,
  ms,
  pulsesReport,
  restoreSession,
  simulateProgram,
  type RestoredSession,
} from '../../../src-core';
import { PROGRAM_FILE_BOUNDS, type FileBound } from '../../../src-core/session/bounds';
import { SESSION_FORMAT, SESSION_FORMAT_VERSION } from '../../../src-core/session/schema';

/**
 * Sessions built from the schema's own parts (its enums, the catalogue's ids, PROGRAM_FILE_BOUNDS) so that they
 * pass the format tag and the structure, with every program number drawn from on-step device values, arbitrary
 * doubles and extremes (±1e308, the smallest subnormal, just outside a bound). Whatever restoreSession accepts
 * must then give finite safety, energy, pulse and physiology output.
 */

const catalogue = defaultCatalogue();
const IPG_IDS = [...catalogue.ipgs.keys()];
const LEAD_IDS = [...catalogue.leads.keys()];
const B = PROGRAM_FILE_BOUNDS;

/** A clinically typical range (min, max, step) a field is usually drawn from, so that many programs are deliverable. */
type Typical = readonly [number, number, number];

/**
 * A number for a field with `bound`: usually an on-step value in the `typical` range, sometimes any on-step value
 * within the bound, and sometimes anything a JSON file can hold (arbitrary doubles and extremes).
 */
function fieldNumber(bound: FileBound, [low, high, step]: Typical) {
  const onStep = (min: number, max: number) =>
    fc.integer({ min: 0, max: Math.floor((max - min) / step) }).map((k) => Math.round((min + k * step) * 1e6) / 1e6);
  return fc.oneof(
    { weight: 30, arbitrary: onStep(low, high) },
    { weight: 10, arbitrary: onStep(bound.min, bound.max) },
    { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        1e308,
        -1e308,
        Number.MAX_VALUE,
        Number.MIN_VALUE,
        -0,
        bound.max,
        bound.min,
        bound.max + 1e-9,
        bound.min - 1e-9,
        bound.max * 1e6,
      ),
    },
  );
}

const contact = fc.record({
  electrode: fc.oneof(
    { weight: 9, arbitrary: fc.integer({ min: 0, max: 15 }) },
    { weight: 1, arbitrary: fc.constant('case' as const) },
  ),
  polarity: fc.constantFrom('cathode' as const, 'anode' as const),
  fractionPct: fc.oneof(
    { weight: 4, arbitrary: fc.constant(100) },
    { weight: 1, arbitrary: fieldNumber(B.fractionPct, [0, 100, 1]) },
  ),
});

const dosing = fc.oneof(
  { weight: 4, arbitrary: fc.constant({ mode: 'absolute' as const }) },
  {
    weight: 1,
    arbitrary: fc.record({
      mode: fc.constant('subPerception' as const),
      percentOfPerception: fieldNumber(B.percentOfPerception, [10, 100, 10]),
      perceptionThresholdMa: fieldNumber(B.perceptionThresholdMa, [0.5, 8, 0.1]),
    }),
  },
);

const area = fc.record({
  contacts: fc.oneof(
    {
      weight: 3,
      arbitrary: fc.tuple(fc.integer({ min: 0, max: 6 }), fc.boolean()).map(([cathode, toCase]) => [
        { electrode: cathode, polarity: 'cathode' as const, fractionPct: 100 },
        { electrode: toCase ? ('case' as const) : cathode + 1, polarity: 'anode' as const, fractionPct: 100 },
      ]),
    },
    { weight: 1, arbitrary: fc.array(contact, { maxLength: 4 }) },
  ),
  amplitudeMa: fieldNumber(B.amplitudeMa, [0, 8, 0.1]),
  pulseWidthUs: fieldNumber(B.pulseWidthUs, [60, 450, 10]),
  dosing,
});

const paradigm = fc.oneof(
  fc.record({
    kind: fc.constant('tonic' as const),
    recharge: fc.constantFrom('active' as const, 'passive' as const),
    interphaseGapUs: fieldNumber(B.interphaseGapUs, [0, 100, 10]),
  }),
  fc.record({
    kind: fc.constant('burst' as const),
    pulsesPerBurst: fc.oneof(fc.integer({ min: 2, max: 10 }), fieldNumber(B.pulsesPerBurst, [2, 10, 1])),
    intraBurstRateHz: fieldNumber(B.intraBurstRateHz, [250, 1000, 50]),
  }),
  fc.constant({ kind: 'highFrequency' as const }),
);

const program = fc.record(
  {
    name: fc.string({ minLength: 1, maxLength: 20 }),
    paradigm,
    rateHz: fieldNumber(B.rateHz, [2, 130, 1]),
    areas: fc.array(area, { minLength: 1, maxLength: 2 }),
    cycling: fc.record({ onS: fieldNumber(B.cyclingS, [0, 600, 10]), offS: fieldNumber(B.cyclingS, [0, 600, 10]) }),
    softStartS: fieldNumber(B.softStartS, [0, 60, 1]),
    patientMaxMa: fieldNumber(B.patientMaxMa, [8, 25.5, 0.5]),
  },
  { requiredKeys: ['name', 'paradigm', 'rateHz', 'areas', 'softStartS', 'patientMaxMa'] },
);

const lead = fc.record({
  modelId: fc.constantFrom(...LEAD_IDS),
  placement: fc.record({
    tip: fc.record({
      level: fc.constantFrom('T7' as const, 'T8' as const, 'T9' as const),
      offsetMm: fc.integer({ min: -10, max: 10 }),
    }),
    lateralMm: fc.integer({ min: -4, max: 4 }),
    depthMm: fc.constant(0),
    rotationDeg: fc.constant(0),
  }),
});

const sessionFile = fc.record({
  format: fc.constant(SESSION_FORMAT),
  version: fc.constant(SESSION_FORMAT_VERSION),
  patient: fc.constant({
    id: 'property-patient',
    name: 'Property patient',
    painMap: [{ dermatome: 'L5', side: 'left' }],
  }),
  hardware: fc.record({
    ipgId: fc.constantFrom(...IPG_IDS),
    leads: fc.oneof(
      { weight: 3, arbitrary: fc.array(lead, { minLength: 1, maxLength: 1 }) },
      { weight: 1, arbitrary: fc.tuple(lead, lead) },
    ),
  }),
  programs: fc.array(program, { minLength: 1, maxLength: 2 }),
  activeProgram: fc.constant(0),
  // Nothing saved on the device yet, so undeliverable working programs still load and reach the assessments.
  devicePrograms: fc.constant([]),
});

/** Every number under `value` is finite (null stands for "does not exist"); returns the paths that are not. */
function nonFinitePaths(value: unknown, path = ''): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${path} = ${value}`];
  if (Array.isArray(value)) return value.flatMap((v, i) => nonFinitePaths(v, `${path}.${i}`));
  if (value instanceof Float64Array || value instanceof Float32Array) return nonFinitePaths(Array.from(value), path);
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => nonFinitePaths(v, `${path}.${k}`));
  return [];
}

function deliverablePrograms(restored: RestoredSession): number[] {
  return restored.session.programs
    .map((_, index) => index)
    .filter(
      (index) =>
        !restored.programIssues.some(
          (issue) => issue.path.startsWith(`programs.${index}.`) || issue.path === `programs.${index}`,
        ),
    );
}

type GeneratedFile = typeof sessionFile extends fc.Arbitrary<infer T> ? T : never;

/** The file with one 8-contact lead at the T8 upper endplate on the midline (one placement, computed once). */
function onNominalPlacement(file: GeneratedFile): object {
  const [first] = file.hardware.leads;
  const placement = { tip: { level: 'T8' as const, offsetMm: 0 }, lateralMm: 0, depthMm: 0, rotationDeg: 0 };
  return {
    ...file,
    hardware: { ...file.hardware, leads: first ? [{ modelId: 'perc-8-3x4', placement }] : [] },
  };
}

const SEED = 20261203;
const RUNS = 400;
/** Physiology is the expensive part: only the first few accepted, deliverable sessions on one lead placement. */
const PHYSIOLOGY_RUNS = 3;

describe('every session file restoreSession accepts (property, fixed seed)', () => {
  it('gives finite safety, energy, pulse and physiology output, and compliance only for a finite voltage', () => {
    const tally = { tried: 0, accepted: 0, rejectedAtFormat: 0, withDeliverable: 0, physiology: 0, invalidAccepted: 0 };
    const rejectedAt = new Map<string, number>();
    const engine = new PhysiologyEngine();
    fc.assert(
      fc.property(sessionFile, (file) => {
        tally.tried++;
        const restored = restoreSession(JSON.stringify(file));
        if (!restored.ok) {
          if (restored.path === 'format' || restored.path === 'version') tally.rejectedAtFormat++;
          const field = restored.path.replace(/\.\d+/g, '[]');
          rejectedAt.set(field, (rejectedAt.get(field) ?? 0) + 1);
          return;
        }
        tally.accepted++;
        const { session, implant } = restored;
        const problems: string[] = [];
        const safety = assessSafety(implant, session.programs, {
          chargeDensityLimitUcPerCm2: session.settings.chargeDensityLimitUcPerCm2,
        });
        problems.push(...nonFinitePaths(safety, 'safety'));
        for (const p of safety.programs)
          for (const a of p.areas) {
            if (a.requiredVoltageV === null) problems.push(`area ${a.areaIndex}: no voltage without any fault`);
            if (a.withinCompliance && !(a.requiredVoltageV !== null && a.requiredVoltageV <= safety.complianceV))
              problems.push(`area ${a.areaIndex}: within compliance at ${a.requiredVoltageV} V`);
            if (a.warnings.some((w) => w.code === 'not-computable'))
              problems.push(`area ${a.areaIndex}: not computable`);
          }
        problems.push(...nonFinitePaths(assessEnergy(implant, session.programs, { activeProgramIndex: 0 }), 'energy'));
        const deliverable = deliverablePrograms(restored);
        if (deliverable.length > 0) tally.withDeliverable++;
        for (const index of deliverable) {
          const program = session.programs[index]!;
          const step = implant.ipg.paradigms[program.paradigm.kind]!.amplitudeMa.step;
          problems.push(
            ...nonFinitePaths(pulsesReport(program, { windowMs: ms(20), amplitudeStepMa: step }), 'pulses'),
          );
        }
        const first = deliverable[0];
        if (first !== undefined && tally.physiology < PHYSIOLOGY_RUNS) {
          tally.physiology++;
          // One placement for every physiology run, so the unit fields are computed once.
          const placed = restoreSession(JSON.stringify(onNominalPlacement(file)));
          if (placed.ok && deliverablePrograms(placed).includes(first)) {
            const result = simulateProgram(engine, placed.session, placed.implant, {
              programIndex: first,
              areaIndex: 0,
              posture: 'supine',
            });
            problems.push(...nonFinitePaths(result, 'physiology'));
          }
        }
        if (problems.length > 0) tally.invalidAccepted++;
        expect(problems).toEqual([]);
      }),
      { seed: SEED, numRuns: RUNS },
    );
    console.info(`accepted-files property: ${JSON.stringify(tally)}; refused at ${JSON.stringify([...rejectedAt])}`);
    expect(tally.rejectedAtFormat).toBe(0);
    expect(tally.accepted).toBeGreaterThan(RUNS / 5);
    expect(tally.withDeliverable).toBeGreaterThan(0);
    expect(tally.physiology).toBe(PHYSIOLOGY_RUNS);
  }, 60_000);
});
