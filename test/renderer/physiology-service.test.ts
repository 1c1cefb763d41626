// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createPhysiologyService } from '../../renderer/physiology/physiology-service';
import type { PhysiologyRequest, PhysiologyResponse } from '../../renderer/physiology/protocol';
import { PhysiologyEngine, type Session } from '../../src-core';
import { sample } from '../validation/helpers';

/** A service with a recording reply and a scheduler the test runs by hand. */
function makeService() {
  const replies: PhysiologyResponse[] = [];
  const deferred: (() => void)[] = [];
  const service = createPhysiologyService(new PhysiologyEngine(), (message) => replies.push(message), {
    clock: () => 0,
    defer: (task) => deferred.push(task),
  });
  const runDeferred = () => {
    while (deferred.length > 0) deferred.shift()!();
  };
  const take = () => replies.splice(0, replies.length);
  return { service, runDeferred, take };
}

const configure = (session: Session, requestId: number, amplitudeMa = 4): PhysiologyRequest => ({
  type: 'configure',
  requestId,
  session,
  programIndex: 0,
  areaIndex: 0,
  posture: 'supine',
  amplitudeMa,
  stimulationOn: true,
  elapsedMin: 0,
});

/** The sample session with its bipole's polarity swapped: a new configuration on the same fibres. */
function swapped(session: Session): Session {
  const program = session.programs[0]!;
  const area = program.areas[0]!;
  const contacts = area.contacts.map((c) => ({ ...c, polarity: c.polarity === 'cathode' ? 'anode' : 'cathode' }));
  return { ...session, programs: [{ ...program, areas: [{ ...area, contacts }] }] } as Session;
}

describe('the physiology service', () => {
  const { session } = sample('tonic-leg-pain');

  it('answers configure, amplitude and painMap in order, then the strength–duration points', () => {
    const { service, runDeferred, take } = makeService();
    service.handle(configure(session, 1));
    const configured = take();
    const progress = configured.flatMap((r) => (r.type === 'progress' ? [r] : []));
    // Each stage once as it starts; the field solve also reports how far it has got.
    expect(progress.filter((r) => r.fraction === undefined).map((r) => r.stage)).toEqual([
      'population',
      'unitFields',
      'thresholds',
    ]);
    const fractions = progress.filter((r) => r.fraction !== undefined).map((r) => r.fraction!);
    expect(fractions.length).toBeGreaterThan(2);
    expect(fractions.at(-1)).toBe(1);
    for (let i = 1; i < fractions.length; i++) expect(fractions[i]).toBeGreaterThanOrEqual(fractions[i - 1]!);
    const result = configured.at(-1)!;
    expect(result).toMatchObject({ type: 'result', requestId: 1, result: { amplitudeMa: 4 } });
    if (result.type !== 'result' || !result.configured) throw new Error('expected a configure result');
    expect(result.configured.fibres?.count).toBeGreaterThan(0);
    expect(result.configured.titration.points.length).toBeGreaterThan(2);
    expect(result.result.coverage).not.toBeNull();

    // No ECAP work until the ECAP tab asks for it (the model costs hundreds of ms).
    service.handle({ type: 'amplitude', requestId: 2, amplitudeMa: 0, elapsedMin: 0 });
    expect(take()).toMatchObject([
      { type: 'result', requestId: 2, result: { amplitudeMa: 0, patientSays: 'I don’t feel anything yet.' } },
    ]);
    service.handle({ type: 'ecap', requestId: 20 });
    const [ecap] = take();
    expect(ecap).toMatchObject({ type: 'ecap', requestId: 20, ecap: { recording: expect.any(Number) } });
    if (ecap?.type !== 'ecap' || !ecap.ecap || !ecap.trace) throw new Error('expected the ECAP data');
    expect(ecap.ecap.growth.length).toBeGreaterThan(2);
    expect(ecap.ecap.growth[0]).toEqual({ amplitudeMa: 0, ecapUv: 0 });
    expect(ecap.trace.amplitudeMa).toBe(0);
    expect(ecap.trace.recordedUv.length).toBeGreaterThan(200); // ≥ 2 ms at 100 kHz

    service.handle({ type: 'amplitude', requestId: 3, amplitudeMa: 4.5, elapsedMin: 0 });
    const [felt, trace] = take();
    // Once asked for, the ECAP trace follows each amplitude change, after the patient's answer.
    expect(trace).toMatchObject({ type: 'ecapTrace', requestId: 3, trace: { amplitudeMa: 4.5 } });
    if (felt?.type !== 'result') throw new Error('expected a result');
    const painMap = felt.result.paresthesia.slice(0, 1).map(({ dermatome, side }) => ({ dermatome, side }));
    service.handle({ type: 'painMap', requestId: 4, painMap, elapsedMin: 0 });
    expect(take()).toMatchObject([
      {
        type: 'painMap',
        requestId: 4,
        result: { amplitudeMa: 4.5, coverage: { painCoveredPct: 100 } },
        titration: { perceptionMa: felt.result.perceptionThresholdMa },
      },
    ]);

    runDeferred();
    const points = take();
    expect(points.every((r) => r.type === 'strengthDuration' && r.requestId === 1)).toBe(true);
    expect(points.at(-1)).toMatchObject({ strengthDuration: { complete: true } });
  }, 60_000);

  it('answers simulated time passing at the same amplitude with relief, without reconfiguring', () => {
    const { service, take } = makeService();
    const hf = sample('hf10k-t9-t10').session;
    service.handle(configure(hf, 1, 3));
    const start = take().at(-1);
    if (start?.type !== 'result') throw new Error('expected a result');
    expect(start.result.relief).toMatchObject({ elapsedMin: 0, overallPct: 0 });
    service.handle({ type: 'elapsed', requestId: 2, elapsedMin: 24 * 60 });
    const replies = take();
    // One reply: no progress stages (nothing reconfigured), the same amplitude a day later.
    expect(replies.map((r) => r.type)).toEqual(['result']);
    const later = replies[0]!;
    if (later.type !== 'result') throw new Error('expected a result');
    expect(later.configured).toBeUndefined();
    expect(later.result).toMatchObject({ amplitudeMa: 3, elapsedMin: 24 * 60 });
    expect(later.result.relief!.overallPct).toBeGreaterThan(0);
    // An amplitude query keeps the time it is sent with.
    service.handle({ type: 'amplitude', requestId: 3, amplitudeMa: 3, elapsedMin: 0 });
    const reset = take()[0];
    if (reset?.type !== 'result') throw new Error('expected a result');
    expect(reset.result.relief!.overallPct).toBe(0);
  }, 60_000);

  it('drops the strength–duration sweep of a configuration that has since changed', () => {
    const { service, runDeferred, take } = makeService();
    service.handle(configure(session, 1));
    service.handle(configure(swapped(session), 2));
    take();
    runDeferred();
    const points = take();
    expect(points.length).toBeGreaterThan(0);
    expect(points.map((r) => r.requestId)).toEqual(points.map(() => 2));
  }, 60_000);

  it('rejects an unknown message with an error naming it, and answers nothing before a configuration', () => {
    const { service, take } = makeService();
    service.handle({ type: 'amplitude', requestId: 1, amplitudeMa: 3, elapsedMin: 0 });
    expect(take()).toEqual([]);
    service.handle({ type: 'teleport', requestId: 7 } as unknown as PhysiologyRequest);
    expect(take()).toEqual([{ type: 'error', requestId: 7, message: 'Unknown physiology request "teleport".' }]);
  });

  it('reports a configuration that fails and stops answering for the configuration before it', () => {
    const { service, take } = makeService();
    service.handle(configure(session, 1));
    service.handle({ ...configure(session, 2), programIndex: 5 } as PhysiologyRequest);
    expect(take().at(-1)).toEqual({ type: 'error', requestId: 2, message: 'There is no program 5.' });
    service.handle({ type: 'amplitude', requestId: 3, amplitudeMa: 3, elapsedMin: 0 });
    expect(take()).toEqual([]);
  }, 60_000);
});
