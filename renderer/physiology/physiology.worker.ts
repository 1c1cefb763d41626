/// <reference lib="webworker" />
// The physiology runs here, off the main thread: it owns the expensive caches (fibre population, unit fields,
// thresholds) so that an amplitude change is one recruitment query (shared/design/data-flow.md).
import {
  PhysiologyEngine,
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
  type Posture,
  type RecruitmentIndex,
  type Session,
} from '../../src-core';
import type { PhysiologyRequest, PhysiologyResponse } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const engine = new PhysiologyEngine(() => performance.now());
let current: { index: RecruitmentIndex; session: Session; programIndex: number; posture: Posture } | undefined;

function reply(message: PhysiologyResponse): void {
  scope.postMessage(message);
}

function configure(request: Extract<PhysiologyRequest, { type: 'configure' }>): void {
  const started = performance.now();
  const { session, programIndex, areaIndex, posture } = request;
  const resolved = resolveImplant(session.hardware, defaultCatalogue());
  if (!resolved.ok) throw new Error(resolved.error);
  const program = session.programs[programIndex];
  if (!program) throw new Error(`There is no program ${programIndex + 1}.`);
  const step = resolved.implant.ipg.paradigms[program.paradigm.kind]?.amplitudeMa.step ?? mA(0.1);
  const thresholds = engine.thresholdsFor({
    implant: resolved.implant,
    program,
    patient: session.patient.anatomy ?? NOMINAL_ANATOMY,
    posture,
    seed: patientSeed(session.patient.id),
  });
  const effective = effectiveThresholdsForArea(thresholds, program, areaIndex, (area) => deliveredAmplitudeMa(area, step));
  const index = recruitmentIndexFor(thresholds, effective);
  current = { index, session, programIndex, posture };
  const area = program.areas[areaIndex] ?? program.areas[0]!;
  const result = resultFor(index, perceive(index, deliveredAmplitudeMa(area, step)), session, programIndex, posture);
  reply({ type: 'result', requestId: request.requestId, result, timingsMs: { ...engine.times, total: performance.now() - started } });
}

function amplitude(request: Extract<PhysiologyRequest, { type: 'amplitude' }>): void {
  if (!current) return;
  const started = performance.now();
  const { index, session, programIndex, posture } = current;
  const result = resultFor(index, perceive(index, request.amplitudeMa), session, programIndex, posture);
  reply({ type: 'result', requestId: request.requestId, result, timingsMs: { population: 0, unitFields: 0, thresholds: 0, total: performance.now() - started } });
}

scope.onmessage = (event: MessageEvent<PhysiologyRequest>) => {
  const request = event.data;
  try {
    if (request.type === 'configure') configure(request);
    else amplitude(request);
  } catch (error) {
    reply({ type: 'error', requestId: request.requestId, message: error instanceof Error ? error.message : String(error) });
  }
};
