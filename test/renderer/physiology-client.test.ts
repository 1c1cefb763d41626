import { describe, expect, it, vi } from 'vitest';
import { Hz, configurationKeyOf, mA, type SimulationResult } from '../../src-core';
import type * as Core from '../../src-core';
import { connectPhysiology } from '../../renderer/physiology/physiology-client';
import type { PhysiologyRequest, PhysiologyResponse } from '../../renderer/physiology/protocol';
import { createAppStore } from '../../renderer/store/app-store';
import { makeBipoleStore } from './helpers';
import { makeSimulationResult } from './simulation-result';

// The real key, watched: a store change the client need not look at must not rebuild it.
vi.mock('../../src-core', async (importOriginal) => {
  const core = await importOriginal<typeof Core>();
  return { ...core, configurationKeyOf: vi.fn(core.configurationKeyOf) };
});

/** A stand-in for the worker that records requests and lets the test answer them. */
class FakeWorker {
  readonly requests: PhysiologyRequest[] = [];
  onmessage: ((event: MessageEvent<PhysiologyResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  postMessage(request: PhysiologyRequest) {
    this.requests.push(request);
  }
  terminate() {
    this.terminated = true;
  }
  reply(message: PhysiologyResponse) {
    this.onmessage?.({ data: message } as MessageEvent<PhysiologyResponse>);
  }
}

const result = (amplitudeMa: number): SimulationResult =>
  makeSimulationResult({ amplitudeMa, discomfortThresholdMa: 5, patientSays: 'I don’t feel anything yet.' });

describe('the physiology client', () => {
  it('asks for nothing while the program cannot be delivered', () => {
    const worker = new FakeWorker();
    connectPhysiology(createAppStore(), worker as unknown as Worker);
    expect(worker.requests).toEqual([]);
  });

  it('configures once for a deliverable program and sends only the amplitude when just the amplitude changes', () => {
    const store = makeBipoleStore();
    const worker = new FakeWorker();
    connectPhysiology(store, worker as unknown as Worker);
    expect(worker.requests.map((r) => r.type)).toEqual(['configure']);
    expect(store.getState().physiology.status).toBe('computing');
    store.getState().applyEdit({ kind: 'setAmplitude', program: 0, area: 0, amplitudeMa: mA(2.5) });
    expect(worker.requests.map((r) => r.type)).toEqual(['configure', 'amplitude']);
    expect(worker.requests[1]).toMatchObject({ amplitudeMa: 2.5 });
  });

  it('asks for the costly ECAP model only while the ECAP tab is shown, once per configuration', () => {
    const store = makeBipoleStore();
    const worker = new FakeWorker();
    connectPhysiology(store, worker as unknown as Worker);
    store.getState().applyEdit({ kind: 'setAmplitude', program: 0, area: 0, amplitudeMa: mA(2.5) });
    expect(worker.requests.map((r) => r.type)).toEqual(['configure', 'amplitude']);
    store.getState().setChartTab('ecap');
    expect(worker.requests.map((r) => r.type)).toEqual(['configure', 'amplitude', 'ecap']);
    store.getState().applyEdit({ kind: 'setAmplitude', program: 0, area: 0, amplitudeMa: mA(3) });
    expect(worker.requests.map((r) => r.type)).toEqual(['configure', 'amplitude', 'ecap', 'amplitude']);
    store.getState().applyEdit({ kind: 'setContactState', program: 0, area: 0, electrode: 2, state: 'anode' });
    expect(worker.requests.slice(-2).map((r) => r.type)).toEqual(['configure', 'ecap']);
    expect(store.getState().ecap).toBeUndefined();
  });

  it('reconfigures when polarity changes and drops the reply to the older configuration', () => {
    const store = makeBipoleStore();
    const worker = new FakeWorker();
    connectPhysiology(store, worker as unknown as Worker);
    store.getState().applyEdit({ kind: 'setContactState', program: 0, area: 0, electrode: 2, state: 'anode' });
    const [first, second] = worker.requests;
    expect(second?.type).toBe('configure');
    worker.reply({
      type: 'result',
      requestId: first!.requestId,
      result: result(1),
      timingsMs: { population: 0, unitFields: 0, thresholds: 0, total: 1 },
    });
    expect(store.getState().physiology.status).toBe('computing');
    worker.reply({
      type: 'result',
      requestId: second!.requestId,
      result: result(0),
      timingsMs: { population: 0, unitFields: 0, thresholds: 0, total: 1 },
    });
    expect(store.getState().physiology).toMatchObject({ status: 'ready', result: { perceptionThresholdMa: 2 } });
  });

  it('shows the worker’s error instead of failing silently', () => {
    const store = makeBipoleStore();
    const worker = new FakeWorker();
    connectPhysiology(store, worker as unknown as Worker);
    worker.reply({ type: 'error', requestId: worker.requests[0]!.requestId, message: 'no calibration' });
    expect(store.getState().physiology).toEqual({ status: 'unavailable', reason: 'no calibration' });
  });

  it('stops the worker when disconnected', () => {
    const worker = new FakeWorker();
    const disconnect = connectPhysiology(makeBipoleStore(), worker as unknown as Worker);
    disconnect();
    expect(worker.terminated).toBe(true);
  });

  it('keeps the 3D layer, the titration sweep and the strength–duration points the worker sends for the current configuration', () => {
    const store = makeBipoleStore();
    const worker = new FakeWorker();
    connectPhysiology(store, worker as unknown as Worker);
    const id = worker.requests[0]!.requestId;
    const fibres = {
      version: 1,
      count: 1,
      nodesPerFibre: 1,
      axialMm: new Float32Array(1),
      lateralMm: new Float32Array(1),
      dorsalMm: new Float32Array(1),
      dermatomeIndex: new Uint8Array(1),
      kind: new Uint8Array(1),
      side: new Uint8Array(1),
    };
    const activation = {
      fibresVersion: 1,
      thresholdsMa: Float64Array.of(2),
      surface: {
        axialMm: new Float32Array(1),
        lateralMm: new Float32Array(1),
        dorsalMm: new Float32Array(1),
        activatingPerMa: new Float32Array(1),
        peakPerMa: 1,
      },
      perceptionThresholdMa: 2,
    };
    const titration = { points: [], perceptionMa: 2, comfortMa: 3, discomfortMa: 5 };
    worker.reply({
      type: 'result',
      requestId: id,
      result: result(0),
      timingsMs: { population: 0, unitFields: 0, thresholds: 0, total: 1 },
      configured: { fibres, activation, titration },
    });
    expect(store.getState()).toMatchObject({ fibres, activation, titration });
    const strengthDuration = {
      points: [{ pulseWidthUs: 20, perceptionMa: 9, discomfortMa: null }],
      complete: false,
      fit: null,
      waveform: 'biphasic' as const,
    };
    worker.reply({ type: 'strengthDuration', requestId: id, strengthDuration });
    expect(store.getState().strengthDuration).toEqual(strengthDuration);
    // A later configuration without new fibres keeps the geometry but clears the old strength–duration sweep.
    store.getState().applyEdit({ kind: 'setPulseWidth', program: 0, area: 0, pulseWidthUs: 200 as never });
    expect(store.getState().strengthDuration).toBeUndefined();
    worker.reply({
      type: 'result',
      requestId: worker.requests.at(-1)!.requestId,
      result: result(0),
      timingsMs: { population: 0, unitFields: 0, thresholds: 0, total: 1 },
      configured: { activation, titration },
    });
    expect(store.getState().fibres).toBe(fibres);
  });

  it('tells the worker the patient gets nothing while stimulation is off, and the programmed amplitude when it is back on', () => {
    const store = makeBipoleStore();
    store.getState().applyEdit({ kind: 'setAmplitude', program: 0, area: 0, amplitudeMa: mA(3) });
    const worker = new FakeWorker();
    connectPhysiology(store, worker as unknown as Worker);
    expect(worker.requests.at(-1)).toMatchObject({ type: 'configure', amplitudeMa: 3, stimulationOn: true });
    store.getState().setStimulationOn(false);
    expect(worker.requests.at(-1)).toMatchObject({ type: 'configure', amplitudeMa: 0, stimulationOn: false });
    store.getState().setStimulationOn(true);
    expect(worker.requests.at(-1)).toMatchObject({ type: 'configure', amplitudeMa: 3, stimulationOn: true });
  });

  it('shows which stage a slow configuration is in, and ignores the stages of one that has been replaced', () => {
    const store = makeBipoleStore();
    const worker = new FakeWorker();
    connectPhysiology(store, worker as unknown as Worker);
    const first = worker.requests[0]!.requestId;
    worker.reply({ type: 'progress', requestId: first, stage: 'unitFields' });
    expect(store.getState().physiology).toMatchObject({ status: 'computing', stage: 'unitFields' });
    store.getState().applyEdit({ kind: 'setContactState', program: 0, area: 0, electrode: 2, state: 'anode' });
    worker.reply({ type: 'progress', requestId: first, stage: 'thresholds' });
    expect(store.getState().physiology).toMatchObject({ status: 'computing' });
    expect(store.getState().physiology).not.toHaveProperty('stage', 'thresholds');
  });

  it('redoes only the titration sweep and the coverage when just the pain drawing changes', () => {
    const store = makeBipoleStore();
    const worker = new FakeWorker();
    connectPhysiology(store, worker as unknown as Worker);
    store.getState().applyEdit({ kind: 'setPainMap', painMap: [{ dermatome: 'L5', side: 'left' }] });
    expect(worker.requests.map((r) => r.type)).toEqual(['configure', 'painMap']);
    expect(worker.requests[1]).toMatchObject({ painMap: [{ dermatome: 'L5', side: 'left' }] });
    const titration = { points: [], perceptionMa: 2, comfortMa: 3, discomfortMa: 5 };
    const covered = { ...result(0), coverage: { painCoveredPct: 0, extraneousPct: 0 } };
    worker.reply({ type: 'painMap', requestId: worker.requests[1]!.requestId, result: covered, titration });
    expect(store.getState().titration).toEqual(titration);
    expect(store.getState().physiology).toMatchObject({ status: 'ready', result: covered });
  });

  it('reconfigures for a change the core’s configuration key names: the rate (how fibres are felt) and the posture', () => {
    const store = makeBipoleStore();
    const worker = new FakeWorker();
    connectPhysiology(store, worker as unknown as Worker);
    store.getState().applyEdit({ kind: 'setRate', program: 0, rateHz: Hz(60) });
    expect(worker.requests.map((r) => r.type)).toEqual(['configure', 'configure']);
    store.getState().setPosture('prone');
    expect(worker.requests.map((r) => r.type)).toEqual(['configure', 'configure', 'configure']);
    expect(worker.requests[2]).toMatchObject({ posture: 'prone' });
  });
  it('neither posts nor rebuilds the configuration key for a store change it does not read (its own reply, a chart tab)', () => {
    const store = makeBipoleStore(2);
    const worker = new FakeWorker();
    connectPhysiology(store, worker as unknown as Worker);
    const keyBuilds = vi.mocked(configurationKeyOf).mock.calls.length;
    worker.reply({
      type: 'result',
      requestId: worker.requests[0]!.requestId,
      result: result(2),
      timingsMs: { population: 0, unitFields: 0, thresholds: 0, total: 1 },
    });
    store.getState().setChartTab('energy');
    store.getState().setShowFibres(false);
    expect(store.getState().physiology.status).toBe('ready');
    expect(worker.requests.map((r) => r.type)).toEqual(['configure']);
    expect(vi.mocked(configurationKeyOf).mock.calls.length).toBe(keyBuilds);
  });

  it('sends simulated time passing as one cheap query, and the restarted clock with the next amplitude', () => {
    const store = makeBipoleStore(2);
    const worker = new FakeWorker();
    connectPhysiology(store, worker as unknown as Worker);
    expect(worker.requests[0]).toMatchObject({ type: 'configure', elapsedMin: 0 });
    store.getState().advanceClock(24 * 60);
    expect(worker.requests.map((r) => r.type)).toEqual(['configure', 'elapsed']);
    expect(worker.requests[1]).toMatchObject({ elapsedMin: 24 * 60 });
    // A new amplitude is a new program setting: its query says 0 min, and no separate time query follows.
    store.getState().applyEdit({ kind: 'setAmplitude', program: 0, area: 0, amplitudeMa: mA(2.5) });
    expect(worker.requests.map((r) => r.type)).toEqual(['configure', 'elapsed', 'amplitude']);
    expect(worker.requests[2]).toMatchObject({ amplitudeMa: 2.5, elapsedMin: 0 });
    // Posture keeps the clock: the reconfiguration carries the time already passed.
    store.getState().advanceClock(60);
    store.getState().setPosture('sitting');
    expect(worker.requests.at(-1)).toMatchObject({ type: 'configure', posture: 'sitting', elapsedMin: 60 });
  });
});
