// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createCompareRunner, type CompareWorker } from '../../../renderer/compare/compare-runner';
import { paradigmVariants, sessionWith, variantAmplitudeMa } from '../../../renderer/compare/paradigm-variants';
import { createPhysiologyService } from '../../../renderer/physiology/physiology-service';
import type { PhysiologyRequest, PhysiologyResponse } from '../../../renderer/physiology/protocol';
import {
  PhysiologyEngine,
  blockingFindings,
  validateProgram,
  type Program,
  type ResolvedImplant,
  type Session,
} from '../../../src-core';
import { sample } from '../../validation/helpers';

/** A worker double that runs the real physiology service in this thread (replies after the post returns). */
function serviceWorker(engine = new PhysiologyEngine()) {
  const posted: PhysiologyRequest[] = [];
  const worker: CompareWorker = {
    onmessage: null,
    onerror: null,
    terminate: () => undefined,
    postMessage(request: PhysiologyRequest) {
      posted.push(request);
      queueMicrotask(() => service.handle(request));
    },
  } as unknown as CompareWorker;
  const service = createPhysiologyService(
    engine,
    (message) => worker.onmessage?.call(worker as unknown as Worker, { data: message } as MessageEvent),
    { clock: () => 0, defer: () => undefined },
  );
  return { worker, posted };
}

const thresholdsVia =
  (runner: ReturnType<typeof createCompareRunner>) =>
  async (session: Session, areaIndex: number, amplitudeMa: number) =>
    (await runner.simulate({ session, programIndex: 0, areaIndex, posture: 'supine', amplitudeMa, elapsedMin: 0 }))
      .titration;

const deliverable = (session: Session, implant: ResolvedImplant, program: Session['programs'][number]) =>
  validateProgram(program, implant, 0).length === 0 &&
  blockingFindings(sessionWith(session, program), implant).length === 0;

describe('the amplitude of a switched paradigm', () => {
  it('keeps the same current unless the patient would call it too strong, then turns it down to comfort on the step', () => {
    expect(variantAmplitudeMa(4, { comfortMa: 5, discomfortMa: 6 }, 0.1)).toBe(4);
    expect(variantAmplitudeMa(5, { comfortMa: 1.27, discomfortMa: 1.4 }, 0.05)).toBe(1.25);
    expect(variantAmplitudeMa(1.4, { comfortMa: 1.27, discomfortMa: 1.4 }, 0.05)).toBe(1.25);
    // Never too strong below the device's ceiling: the amplitude stands.
    expect(variantAmplitudeMa(5, { comfortMa: null, discomfortMa: null }, 0.1)).toBe(5);
  });
});

describe('same contacts, other paradigms', () => {
  it('builds tonic, burst and 10 kHz at the active contacts, each one the core would deliver', async () => {
    const { session, implant } = sample('tonic-leg-pain');
    const { worker } = serviceWorker();
    const runner = createCompareRunner(() => worker);
    const program = session.programs[0]!;
    const outcomes = await paradigmVariants(session, implant, program, thresholdsVia(runner));
    expect(outcomes.map((o) => o.kind)).toEqual(['tonic', 'burst', 'highFrequency']);
    const programs = outcomes.flatMap((o) => (o.ok ? [o.program] : []));
    expect(programs).toHaveLength(3);
    const [tonic, burst, hf] = programs as [Program, Program, Program];
    // Its own paradigm is the program as programmed.
    expect(tonic).toBe(program);
    expect(burst.paradigm).toEqual({ kind: 'burst', pulsesPerBurst: 5, intraBurstRateHz: 500 });
    expect(hf.rateHz).toBe(10000);
    for (const variant of [burst, hf]) {
      expect(variant.areas[0]!.contacts).toEqual(program.areas[0]!.contacts);
      expect(deliverable(session, implant, variant)).toBe(true);
    }
    // 5 mA of 1 ms burst pulses is too strong for this patient: turned down to the burst's own comfort threshold.
    const burstThresholds = await thresholdsVia(runner)(sessionWith(session, burst), 0, burst.areas[0]!.amplitudeMa);
    expect(burst.areas[0]!.amplitudeMa).toBeLessThan(burstThresholds.discomfortMa!);
    expect(burst.areas[0]!.amplitudeMa).toBeLessThanOrEqual(burstThresholds.comfortMa!);
    expect(burst.areas[0]!.amplitudeMa).toBeGreaterThan(burstThresholds.comfortMa! - 0.05);
    // 5 mA of 30 µs at 10 kHz is below its perception threshold: kept, the paresthesia-free dose.
    expect(hf.areas[0]!.amplitudeMa).toBe(5);
    runner.dispose();
  }, 60_000);

  it('leaves out a paradigm the IPG cannot deliver, with the reason', async () => {
    const { session, implant } = sample('paddle-5-6-5');
    expect(implant.ipg.paradigms.highFrequency).toBeUndefined();
    const { worker } = serviceWorker();
    const runner = createCompareRunner(() => worker);
    const outcomes = await paradigmVariants(session, implant, session.programs[0]!, thresholdsVia(runner));
    const hf = outcomes.find((o) => o.kind === 'highFrequency')!;
    expect(hf).toMatchObject({ ok: false });
    expect(!hf.ok && hf.message).toMatch(/^10 kHz: the .* cannot deliver it\.$/);
    runner.dispose();
  }, 60_000);
});

describe('the compare runner', () => {
  it('asks the worker its own configure request, one at a time, and forwards the progress of each', async () => {
    const { session } = sample('tonic-leg-pain');
    const { worker, posted } = serviceWorker();
    const runner = createCompareRunner(() => worker);
    const stages: string[] = [];
    const question = {
      session,
      programIndex: 0,
      areaIndex: 0,
      posture: 'supine' as const,
      amplitudeMa: 4.2,
      elapsedMin: 0,
    };
    const [first, second] = await Promise.all([
      runner.simulate(question, (p) => stages.push(p.stage)),
      runner.simulate({ ...question, amplitudeMa: 3 }),
    ]);
    expect(posted.map((r) => r.type)).toEqual(['configure', 'configure']);
    expect(new Set(stages)).toEqual(new Set(['population', 'unitFields', 'thresholds']));
    // The workstation's answer for the same program and amplitude (the CLI's `simulate` prints 50 % here).
    expect(first.result.coverage?.painCoveredPct).toBe(50);
    expect(second.result.perceptionThresholdMa).toBeCloseTo(first.result.perceptionThresholdMa!, 9);
    expect(second.result.coverage?.painCoveredPct).toBe(0);
    runner.dispose();
  }, 60_000);

  it('fails a request the worker answers with an error, and every pending one when disposed', async () => {
    const replies: ((message: PhysiologyResponse) => void)[] = [];
    const worker = {
      onmessage: null as ((event: MessageEvent) => void) | null,
      onerror: null,
      terminate: () => undefined,
      postMessage(request: PhysiologyRequest) {
        replies.push((message) =>
          worker.onmessage?.({ data: { ...message, requestId: request.requestId } } as MessageEvent),
        );
      },
    };
    const runner = createCompareRunner(() => worker as unknown as CompareWorker);
    const { session } = sample('tonic-leg-pain');
    const question = {
      session,
      programIndex: 0,
      areaIndex: 0,
      posture: 'supine' as const,
      amplitudeMa: 1,
      elapsedMin: 0,
    };
    const failing = runner.simulate(question);
    while (replies.length === 0) await Promise.resolve();
    replies[0]!({ type: 'error', requestId: 0, message: 'no such lead' });
    await expect(failing).rejects.toThrow('no such lead');
    const pending = runner.simulate(question);
    runner.dispose();
    await expect(pending).rejects.toThrow('the compare dialog closed');
  });
});
