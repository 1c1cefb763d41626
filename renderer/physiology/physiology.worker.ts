/// <reference lib="webworker" />
// The physiology runs here, off the main thread: it owns the expensive caches (fibre population, unit fields,
// thresholds) so that an amplitude change is one recruitment query (docs/architecture.md, data flow).
import {
  PhysiologyEngine,
  activationGridFor,
  defaultCatalogue,
  deliveredAmplitudeMa,
  effectiveThresholdsForArea,
  mA,
  NOMINAL_ANATOMY,
  patientSeed,
  perceive,
  recruitmentIndexFor,
  resolveImplant,
  resultFor,
  type ActivationGrid,
  type PhysiologySetup,
  type Posture,
  type RecruitmentIndex,
  type Session,
} from '../../src-core';
import { activationViewFor, fibreGeometryOf, strengthDurationSweep, titrationFor } from './configured-views';
import type { PhysiologyRequest, PhysiologyResponse } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
/** The configure request being answered, so the engine's stage reports can name it. */
let configuring = -1;
const engine = new PhysiologyEngine(
  () => performance.now(),
  (stage) => reply({ type: 'progress', requestId: configuring, stage }),
);
let current:
  | { index: RecruitmentIndex; session: Session; programIndex: number; posture: Posture; deviceMaxMa: number }
  | undefined;
/** The population whose geometry the renderer already has (same object = same fibres). */
let sentPopulation: object | undefined;
/** The activation grid of that population (same invalidation: leads, posture, patient). */
let grid: ActivationGrid | undefined;
let fibresVersion = 0;
/** Bumped by every configure, so a strength–duration sweep of an older configuration stops. */
let generation = 0;

function reply(message: PhysiologyResponse, transfer: Transferable[] = []): void {
  scope.postMessage(message, transfer);
}

function configure(request: Extract<PhysiologyRequest, { type: 'configure' }>): void {
  const started = performance.now();
  configuring = request.requestId;
  const { session, programIndex, areaIndex, posture } = request;
  const resolved = resolveImplant(session.hardware, defaultCatalogue());
  if (!resolved.ok) throw new Error(resolved.error);
  const program = session.programs[programIndex];
  if (!program) throw new Error(`There is no program ${programIndex + 1}.`);
  const limits = resolved.implant.ipg.paradigms[program.paradigm.kind];
  const step = limits?.amplitudeMa.step ?? mA(0.1);
  const setup: PhysiologySetup = {
    implant: resolved.implant,
    program,
    patient: session.patient.anatomy ?? NOMINAL_ANATOMY,
    posture,
    seed: patientSeed(session.patient.id),
  };
  const thresholds = engine.thresholdsFor(setup);
  const effective = effectiveThresholdsForArea(thresholds, program, areaIndex, (other) =>
    request.stimulationOn ? deliveredAmplitudeMa(other, step) : 0,
  );
  const index = recruitmentIndexFor(thresholds, effective);
  current = { index, session, programIndex, posture, deviceMaxMa: limits?.amplitudeMa.max ?? mA(25) };
  const area = program.areas[areaIndex] ?? program.areas[0]!;
  const result = resultFor(index, perceive(index, request.amplitudeMa), session, programIndex, posture);
  const timingsMs = { ...engine.times, total: performance.now() - started };

  const newPopulation = thresholds.population !== sentPopulation || !grid;
  if (newPopulation) {
    sentPopulation = thresholds.population;
    fibresVersion++;
  }
  if (newPopulation || !grid) grid = activationGridFor(setup.implant, setup.patient, setup.posture);
  const fibres = newPopulation ? fibreGeometryOf(thresholds.population, fibresVersion) : undefined;
  const activation = activationViewFor(setup, grid, area, effective, result.perceptionThresholdMa, fibresVersion);
  const titration = titrationFor(index, session.patient.painMap, current.deviceMaxMa);
  const transfer: Transferable[] = [activation.thresholdsMa.buffer, activation.surface.activatingPerMa.buffer];
  if (fibres) transfer.push(fibres.axialMm.buffer, fibres.lateralMm.buffer, fibres.dorsalMm.buffer);
  reply(
    {
      type: 'result',
      requestId: request.requestId,
      result,
      timingsMs,
      configured: { ...(fibres ? { fibres } : {}), activation, titration },
    },
    transfer,
  );
  startStrengthDuration(request.requestId, setup, area);
}

/**
 * Computes the strength–duration points one per task, so amplitude queries queued meanwhile are answered between
 * points (an amplitude drag never waits for the whole sweep), and abandons the sweep when the configuration changes.
 */
function startStrengthDuration(
  requestId: number,
  setup: PhysiologySetup,
  area: PhysiologySetup['program']['areas'][number],
): void {
  const mine = ++generation;
  const sweep = strengthDurationSweep(engine, setup, area);
  const next = () => {
    if (mine !== generation) return;
    const progress = sweep.next();
    reply({ type: 'strengthDuration', requestId, strengthDuration: progress.value });
    if (!progress.done) setTimeout(next, 0);
  };
  setTimeout(next, 0);
}

function amplitude(request: Extract<PhysiologyRequest, { type: 'amplitude' }>): void {
  if (!current) return;
  const started = performance.now();
  const { index, session, programIndex, posture } = current;
  const result = resultFor(index, perceive(index, request.amplitudeMa), session, programIndex, posture);
  reply({
    type: 'result',
    requestId: request.requestId,
    result,
    timingsMs: { population: 0, unitFields: 0, thresholds: 0, total: performance.now() - started },
  });
}

function painMap(request: Extract<PhysiologyRequest, { type: 'painMap' }>): void {
  if (!current) return;
  current = {
    ...current,
    session: { ...current.session, patient: { ...current.session.patient, painMap: request.painMap } },
  };
  reply({
    type: 'titration',
    requestId: request.requestId,
    titration: titrationFor(current.index, request.painMap, current.deviceMaxMa),
  });
}

scope.onmessage = (event: MessageEvent<PhysiologyRequest>) => {
  const request = event.data;
  try {
    if (request.type === 'configure') configure(request);
    else if (request.type === 'painMap') painMap(request);
    else amplitude(request);
  } catch (error) {
    reply({
      type: 'error',
      requestId: request.requestId,
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
