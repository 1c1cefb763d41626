/**
 * Measures, for every programming case, how far a simple sensible program gets toward the case's goals: each
 * neighbouring-contact bipole (cathode above anode) on each lead, leaving out faulty contacts, at its comfort
 * amplitude halfway from its comfort to its discomfort threshold (tonic 50 Hz, 300 µs; in each posture when the case
 * asks for a program per posture); for a relief goal, a 10 kHz bipole at 30 µs and 3 mA (1–5 mA clinical,
 * PMC8229652) after the goal's time. The best bipole is reported; nothing here tunes the physiology, and the
 * assertions hold only what must be true of any result.
 */
import { describe, expect, it } from 'vitest';
import {
  assessEnergy,
  caseToSession,
  Hz,
  mA,
  PhysiologyEngine,
  restoreSession,
  serializeSession,
  simulateProgram,
  titrateProgram,
  us,
  type Posture,
  type Program,
  type Session,
  type SimulationResult,
  type SuccessCriterion,
  type TeachingCase,
} from '../../../src-core';
import { caseFiles, loadCase } from './cases';

const cases = caseFiles()
  .map((f) => loadCase(f.name))
  .filter((c) => c.implant);

const postureOf = (s: SuccessCriterion): Posture => ('posture' in s && s.posture) || 'supine';

/** The criteria a simulation result decides, checked against results per posture; null for the procedural ones. */
function meets(s: SuccessCriterion, byPosture: ReadonlyMap<Posture, SimulationResult>): boolean | null {
  const r = byPosture.get(postureOf(s));
  if (!r) return null;
  switch (s.kind) {
    case 'painCovered':
      return (r.coverage?.painCoveredPct ?? 0) >= s.minPct;
    case 'paresthesiaOutsidePain':
      return (r.coverage?.extraneousPct ?? 100) <= s.maxPct;
    case 'comfortable':
      return !r.uncomfortable;
    case 'paresthesiaFree':
      return r.paresthesia.length === 0;
    case 'relief':
      return (r.relief?.overallPct ?? 0) >= s.minPct;
    default:
      return null;
  }
}

/** Every neighbouring pair on each lead (cathode on the lower number), leaving out faulty contacts. */
function bipolesOf(contactsPerLead: readonly number[], faulty: ReadonlySet<number>) {
  const out: [number, number][] = [];
  let first = 0;
  for (const n of contactsPerLead) {
    for (let c = first; c < first + n - 1; c++) if (!faulty.has(c) && !faulty.has(c + 1)) out.push([c, c + 1]);
    first += n;
  }
  return out;
}

function withProgram(session: Session, program: Program): Session {
  return { ...session, programs: [program], devicePrograms: [program], activeProgram: 0 };
}

function bipole(base: Program, [cathode, anode]: [number, number], kilohertz: boolean): Program {
  return {
    ...base,
    name: 'Simple bipole',
    paradigm: kilohertz ? { kind: 'highFrequency' } : { kind: 'tonic', recharge: 'active', interphaseGapUs: us(20) },
    rateHz: Hz(kilohertz ? 10_000 : 50),
    softStartS: 0,
    patientMaxMa: mA(25.5),
    areas: [
      {
        contacts: [
          { electrode: cathode, polarity: 'cathode', fractionPct: 100 },
          { electrode: anode, polarity: 'anode', fractionPct: 100 },
        ],
        amplitudeMa: mA(kilohertz ? 3 : 0),
        pulseWidthUs: us(kilohertz ? 30 : 300),
        dosing: { mode: 'absolute' },
      },
    ],
  };
}

interface Measured {
  readonly id: string;
  readonly contacts: string;
  readonly amplitudeMa: number;
  readonly coveredPct: number;
  readonly outsidePct: number;
  readonly reliefPct: number | null;
  readonly met: string;
}

function measure(c: TeachingCase, engine: PhysiologyEngine): Measured {
  const session = caseToSession(c);
  const restored = restoreSession(serializeSession(session));
  if (!restored.ok) throw new Error(restored.error);
  const { implant } = restored;
  const faulty = new Set((c.implant!.faults ?? []).flatMap((f) => (f.kind === 'open' ? [f.contact] : f.contacts)));
  const perLead = implant.leads.map((_, lead) => implant.contacts.filter((k) => k.leadIndex === lead).length);
  const relief = c.success.find((s) => s.kind === 'relief');
  const postures = [...new Set(c.success.map(postureOf))];
  let best: { m: Measured; score: number } | null = null;
  for (const pair of bipolesOf(perLead, faulty)) {
    const base = bipole(session.programs[0]!, pair, relief !== undefined);
    /** The bipole set between comfort and discomfort in `posture` (where a clinician leaves a paresthesia program). */
    const setIn = (posture: Posture): Program | null => {
      const run = withProgram(session, base);
      const t = titrateProgram(engine, run, implant, { programIndex: 0, areaIndex: 0, posture, stepMa: 0.1 });
      const { comfortThresholdMa: comfortMa, discomfortThresholdMa: discomfortMa } = t.thresholds;
      if (comfortMa === null) return null;
      const halfwayMa = discomfortMa === null ? comfortMa : Math.floor(((comfortMa + discomfortMa) / 2) * 10) / 10;
      return { ...base, areas: [{ ...base.areas[0]!, amplitudeMa: mA(Math.max(halfwayMa, comfortMa)) }] };
    };
    // A 10 kHz program keeps its dose; a case with a program per posture gets one set in each, others one set supine.
    const perPosture = c.success.some((s) => 'deviceProgram' in s && s.deviceProgram !== undefined);
    const first = relief ? base : setIn(postures[0]!);
    if (!first) continue;
    const programFor = (posture: Posture) => (perPosture && !relief ? setIn(posture) : first);
    const program = first;
    const byPosture = new Map<Posture, SimulationResult>();
    for (const posture of postures) {
      const own = programFor(posture);
      if (!own) continue;
      byPosture.set(
        posture,
        simulateProgram(engine, withProgram(session, own), implant, {
          programIndex: 0,
          areaIndex: 0,
          posture,
          elapsedMin: relief?.afterMin ?? 0,
        }),
      );
    }
    const supine = byPosture.get(postures[0]!);
    if (!supine) continue;
    const verdicts = c.success.map((s) => meets(s, byPosture));
    const decided = verdicts.filter((v) => v !== null);
    const energy = assessEnergy(implant, [program], { faults: c.implant!.faults ?? [] }).active;
    const energyNote = c.success
      .map((s) =>
        s.kind === 'energy'
          ? ` recharge ${energy?.rechargeMinutesPerDay?.toFixed(0)} min/day`
          : s.kind === 'longevity'
            ? ` longevity ${energy?.longevityYears?.toFixed(1)} y`
            : '',
      )
      .join('');
    const m: Measured = {
      id: c.id,
      contacts: `${pair[0]}− ${pair[1]}+`,
      amplitudeMa: Math.round(program.areas[0]!.amplitudeMa * 100) / 100,
      coveredPct: Math.round(supine.coverage?.painCoveredPct ?? 0),
      outsidePct: Math.round(supine.coverage?.extraneousPct ?? 0),
      reliefPct: supine.relief ? Math.round(supine.relief.overallPct) : null,
      met: `${decided.filter(Boolean).length}/${decided.length}${energyNote}`,
    };
    const score = relief ? (m.reliefPct ?? 0) : m.coveredPct - 0.5 * m.outsidePct;
    if (!best || decided.filter(Boolean).length * 1000 + score > best.score)
      best = { m, score: decided.filter(Boolean).length * 1000 + score };
  }
  if (!best) throw new Error(`${c.id}: no bipole reached a comfort threshold`);
  return best.m;
}

describe('simple programs on the library cases', () => {
  it('measures the best neighbouring bipole of every programming case against its goals', { timeout: 300_000 }, () => {
    const engine = new PhysiologyEngine(() => 0);
    const rows = cases.map((c) => measure(c, engine));
    console.table(rows);
    expect(rows.length).toBe(cases.length);
    for (const row of rows) {
      expect(row.coveredPct).toBeGreaterThanOrEqual(0);
      expect(row.coveredPct).toBeLessThanOrEqual(100);
      expect(row.outsidePct).toBeLessThanOrEqual(100);
      if (row.reliefPct !== null) expect(row.reliefPct).toBeLessThanOrEqual(100);
    }
  });
});
