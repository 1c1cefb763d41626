/**
 * The simple expert benchmark on every programming case of the library: its program, its score under the rubric, the
 * score of a naive program (a bipole at the far end of the benchmark's lead from the benchmark's cathode, set the same
 * way, with the same checklist and exactly recorded thresholds), the search size and time. The assertions hold what
 * must be true of any benchmark: deterministic, bounded, never unsafe, and ahead of the naive program on most cases.
 */
import { describe, expect, it } from 'vitest';
import { blockingFindings, expertBenchmark, PhysiologyEngine, scoreVisit } from '../../../src-core';
import { caseFiles, loadCase } from './cases';
import { farBipole, makePoles, openCase, setHalfway, visitRecording } from './score-helpers';

const ids = caseFiles()
  .map((f) => loadCase(f.name))
  .filter((c) => c.implant)
  .map((c) => c.id);

describe('expert benchmark', () => {
  it('finds the same program twice for the same case', { timeout: 60_000 }, () => {
    const { teachingCase, session, implant } = openCase('crps-foot');
    const a = expertBenchmark(new PhysiologyEngine(), teachingCase, session, implant);
    const b = expertBenchmark(new PhysiologyEngine(), teachingCase, session, implant);
    expect(b.description).toBe(a.description);
    expect(b.session.devicePrograms).toEqual(a.session.devicePrograms);
  });

  it(
    'scores above a bipole far from the pain on most library cases, within a bounded search',
    { timeout: 600_000 },
    () => {
      const rows = [];
      for (const id of ids) {
        const { teachingCase, session, implant } = openCase(id);
        const engine = new PhysiologyEngine();
        const startedMs = performance.now();
        const benchmark = expertBenchmark(engine, teachingCase, session, implant);
        const searchMs = performance.now() - startedMs;
        const program = benchmark.session.devicePrograms[0]!;
        expect(blockingFindings(benchmark.session, implant)).toEqual([]);
        expect(benchmark.configurationsTried).toBeLessThanOrEqual(100);
        const cathode = program.areas[0]!.contacts.find((c) => c.polarity === 'cathode')!.electrode as number;
        const [far, anode] = farBipole(implant, cathode);
        const naive = setHalfway(engine, session, implant, makePoles(session.programs[0]!, far, [anode], 300, 0));
        const log = { impedanceChecked: true };
        const expert = scoreVisit(
          teachingCase,
          visitRecording(engine, session, implant, benchmark.session.devicePrograms),
          { engine, benchmark, log },
        );
        const poor = scoreVisit(teachingCase, visitRecording(engine, session, implant, [naive]), {
          engine,
          benchmark,
          log,
        });
        rows.push({
          id,
          benchmark: benchmark.description,
          tried: benchmark.configurationsTried,
          searchMs: Math.round(searchMs),
          expert: expert.score,
          expertLevel: expert.level,
          naive: `${far}− ${anode}+`,
          naiveScore: poor.score,
          naiveLevel: poor.level,
          covered: `${expert.outcome.painCoveredPct} vs ${poor.outcome.painCoveredPct}`,
          outside: `${expert.outcome.extraneousPct} vs ${poor.outcome.extraneousPct}`,
        });
      }
      console.table(rows);
      const ahead = rows.filter((r) => r.expert > r.naiveScore);
      expect(ahead.length, JSON.stringify(rows)).toBeGreaterThanOrEqual(Math.ceil(rows.length * 0.75));
    },
  );
});
