import { describe, expect, it } from 'vitest';
import { caseHint, PhysiologyEngine, type OpenedCaseBenchmark } from '../../../src-core';
import { openCase } from './score-helpers';

/** A benchmark as the worker keeps it, with an assistant that found nothing (no search is run to make it). */
function emptyBenchmark(caseId: string, opened: ReturnType<typeof openCase>): OpenedCaseBenchmark {
  return {
    caseId,
    openedImplant: opened.implant,
    benchmark: {
      session: opened.session,
      description: 'no comfortable configuration found',
      configurationsTried: 0,
      label: 'programming assistant',
      assistant: {
        session: opened.session,
        programs: [],
        goal: {
          outcome: 'coverage',
          postures: ['supine'],
          afterMin: 0,
          paresthesiaFree: false,
          criteriaByProgram: [[]],
        },
        avoidedContacts: [],
        configurationsTried: 0,
        complete: true,
      },
    },
  };
}

describe('a hint against a case benchmark', () => {
  const opened = openCase('fbss-left-leg');
  const engine = new PhysiologyEngine();

  it('uses the benchmark it is given rather than searching again', () => {
    const hint = caseHint(
      engine,
      opened.teachingCase,
      opened.session,
      opened.implant,
      emptyBenchmark('fbss-left-leg', opened),
    );
    expect(hint.kind).toBe('noAssistantProgram');
  });

  it('refuses a benchmark of another case', () => {
    expect(() =>
      caseHint(engine, opened.teachingCase, opened.session, opened.implant, emptyBenchmark('crps-foot', opened)),
    ).toThrow('the benchmark is of case "crps-foot", not "fbss-left-leg"');
  });
});
