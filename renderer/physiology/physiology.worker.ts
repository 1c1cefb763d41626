/// <reference lib="webworker" />
// The physiology runs here, off the main thread: the service (physiology-service.ts) owns the engine's caches
// (fibre population, unit fields, thresholds) so that an amplitude change is one recruitment query. This file only
// binds it to the worker's message port.
import { PhysiologyEngine } from '../../src-core';
import { createPhysiologyService } from './physiology-service';
import type { PhysiologyRequest } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const service = createPhysiologyService(new PhysiologyEngine(() => performance.now()), (message, transfer = []) =>
  scope.postMessage(message, transfer),
);
scope.onmessage = (event: MessageEvent<PhysiologyRequest>) => service.handle(event.data);
