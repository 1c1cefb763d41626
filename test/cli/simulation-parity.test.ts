import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../cli/run';
import { createPhysiologyService } from '../../renderer/physiology/physiology-service';
import type { PhysiologyResponse } from '../../renderer/physiology/protocol';
import {
  commonAmplitudeThresholds,
  deliveredAmplitudeMa,
  mA,
  perceive,
  PhysiologyEngine,
  recruitmentIndexFor,
  restoreSession,
  sensationThresholds,
  validateProgram,
  type Session,
  type SimulationResult,
} from '../../src-core';
import { simulationSetupOf } from '../../src-core/simulation/simulation-setup';

// The CLI and the app's worker must give one answer for the same program: both call the core's simulateAt on the
// same configured simulation. The program here has two areas, the second dosed below perception, which is where
// the old CLI path (every area at the largest programmed amplitude, doses ignored) answered differently.

const FILE = 'two-areas.scs.json';

/** The sample leg-pain session with a second area on lead 2 dosed at 80 % of a 5 mA perception threshold. */
function twoAreaSessionText(): string {
  const raw = JSON.parse(readFileSync('resources/sessions/tonic-leg-pain.scs.json', 'utf8'));
  const program = raw.programs[0];
  program.areas[0].amplitudeMa = 4.5;
  program.areas.push({
    contacts: [
      { electrode: 11, polarity: 'cathode', fractionPct: 100 },
      { electrode: 12, polarity: 'anode', fractionPct: 100 },
    ],
    amplitudeMa: 7,
    pulseWidthUs: 300,
    dosing: { mode: 'subPerception', percentOfPerception: 80, perceptionThresholdMa: 5 },
  });
  return JSON.stringify(raw);
}

function restoredTwoAreas() {
  const restored = restoreSession(twoAreaSessionText());
  if (!restored.ok) throw new Error(restored.error);
  return restored;
}

function cliSimulate(extra: string[]): SimulationResult {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(['simulate', FILE, '--json', ...extra], {
    readFile: (path) => {
      if (path !== FILE) throw Object.assign(new Error('no such file'), { code: 'ENOENT' });
      return twoAreaSessionText();
    },
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    writeFile: () => {
      throw new Error('simulate writes no file');
    },
  });
  expect(code, err.join('\n')).toBe(0);
  const { file: _file, timingsMs: _timings, ...result } = JSON.parse(out.join('\n'));
  return result as SimulationResult;
}

/** What the app's worker answers: configure for the area at its delivered amplitude, then amplitude queries. */
function appAnswers(session: Session, areaIndex: number, amplitudesMa: readonly number[]): SimulationResult[] {
  const replies: PhysiologyResponse[] = [];
  const service = createPhysiologyService(new PhysiologyEngine(), (message) => replies.push(message), {
    clock: () => 0,
    defer: () => undefined,
  });
  // As the client sends it: the area's delivered amplitude on the IPG's 0.1 mA tonic step.
  const delivered = deliveredAmplitudeMa(session.programs[0]!.areas[areaIndex]!, mA(0.1));
  service.handle({
    type: 'configure',
    requestId: 1,
    session,
    programIndex: 0,
    areaIndex,
    posture: 'supine',
    amplitudeMa: delivered,
    stimulationOn: true,
    elapsedMin: 0,
  });
  amplitudesMa.forEach((amplitudeMa, i) =>
    service.handle({ type: 'amplitude', requestId: 2 + i, amplitudeMa, elapsedMin: 0 }),
  );
  return replies.flatMap((r) => (r.type === 'result' ? [r.result] : []));
}

describe('one simulation path for the CLI and the app', () => {
  it('the two-area, dosed sample is a deliverable program', () => {
    const { session, implant } = restoredTwoAreas();
    expect(validateProgram(session.programs[0]!, implant, 0)).toEqual([]);
  });

  it('gives the CLI’s simulate the answer the app’s worker gives, for each area and at a chosen amplitude', () => {
    const { session } = restoredTwoAreas();
    const [appDefault, appAt] = appAnswers(session, 0, [3.2]);
    expect(cliSimulate([])).toEqual(appDefault);
    expect(cliSimulate(['--amplitude-ma', '3.2'])).toEqual(appAt);
    const [appDosedArea] = appAnswers(session, 1, []);
    expect(appDosedArea!.amplitudeMa).toBe(4); // 80 % of 5 mA: the dose, not the programmed 7 mA
    expect(cliSimulate(['--area', '1'])).toEqual(appDosedArea);
  }, 60_000);

  it('differs from what the old CLI path computed (every area at the largest programmed amplitude, no dosing)', () => {
    const { session, implant } = restoredTwoAreas();
    const engine = new PhysiologyEngine();
    const { setup } = simulationSetupOf(session, implant, {
      programIndex: 0,
      areaIndex: 0,
      posture: 'supine',
      stimulationOn: true,
    });
    const thresholds = engine.thresholdsFor(setup);
    const oldIndex = recruitmentIndexFor(thresholds, commonAmplitudeThresholds(thresholds));
    const oldAmplitudeMa = Math.max(...session.programs[0]!.areas.map((a) => a.amplitudeMa));
    const now = cliSimulate([]);
    expect(oldAmplitudeMa).toBe(7);
    expect(now.amplitudeMa).toBe(4.5);
    expect(now.perceptionThresholdMa).not.toBeCloseTo(sensationThresholds(oldIndex).perceptionMa, 3);
    expect(now.uncomfortable).not.toBe(perceive(oldIndex, oldAmplitudeMa).uncomfortable);
  }, 60_000);
});
