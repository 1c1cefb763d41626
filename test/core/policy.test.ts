import { describe, expect, it } from 'vitest';
import { amplitudeCeilingOf, amplitudeStepMaOf, mA, validateProgram, type Program } from '../../src-core';
import { FALLBACK_AMPLITUDE_STEP_MA } from '../../src-core/policy';
import { sample } from '../validation/helpers';

const withAmplitude = (program: Program, amplitudeMa: number): Program => ({
  ...program,
  areas: program.areas.map((a) => ({ ...a, amplitudeMa: mA(amplitudeMa) })),
});

describe('the amplitude ceiling', () => {
  it('is the highest amplitude validateProgram accepts, for every sample and whichever limit sets it', () => {
    const limits = new Set<string>();
    for (const name of ['tonic-leg-pain', 'burst-t9', 'hf10k-t9-t10', 'paddle-5-6-5']) {
      const { session, implant } = sample(name);
      for (const program of session.programs) {
        for (const patientMaxMa of [program.patientMaxMa, mA(100)]) {
          const capped = { ...program, patientMaxMa };
          const ceiling = amplitudeCeilingOf(implant.ipg, capped);
          limits.add(ceiling.limitedBy);
          const amplitudeIssues = (p: Program) =>
            validateProgram(p, implant).filter((i) => i.path.endsWith('amplitudeMa'));
          expect(amplitudeIssues(withAmplitude(capped, ceiling.maxMa)), name).toEqual([]);
          expect(amplitudeIssues(withAmplitude(capped, ceiling.maxMa + 0.05)).length, name).toBeGreaterThan(0);
        }
      }
    }
    expect(limits).toEqual(new Set(['patient', 'device']));
  });

  it('takes the paradigm’s amplitude step, and the fallback step only for a paradigm the IPG lacks', () => {
    const { session, implant } = sample('burst-t9');
    expect(amplitudeStepMaOf(implant.ipg, session.programs[0]!)).toBe(0.05);
    const lacking = { ...implant.ipg, paradigms: {} };
    expect(amplitudeStepMaOf(lacking, session.programs[0]!)).toBe(FALLBACK_AMPLITUDE_STEP_MA);
    expect(amplitudeCeilingOf(lacking, { ...session.programs[0]!, patientMaxMa: mA(100) }).deviceMaxMa).toBe(
      implant.ipg.maxAreaCurrentMa,
    );
  });
});
