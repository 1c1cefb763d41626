/**
 * The compare dialog's physiology: the worker's own `configure` request — the one the live workstation sends, so a
 * column's numbers are the workstation's for the same program — on a physiology worker of its own, so comparing
 * never reconfigures (or queues behind) the live patient's. One request at a time; progress per request.
 */
import type { EngineStage, Posture, Session, SimulationResult } from '../../src-core';
import type { PhysiologyRequest, PhysiologyResponse, TitrationChartData } from '../physiology/protocol';

/** What the runner needs of a worker (the app passes the real physiology worker; tests a fake). */
export type CompareWorker = Pick<Worker, 'postMessage' | 'terminate' | 'onmessage' | 'onerror'>;
export type CompareWorkerFactory = () => CompareWorker;

/** One program to simulate: `programIndex` of `session` (its active area `areaIndex`) at `amplitudeMa`. */
export interface CompareQuestion {
  readonly session: Session;
  readonly programIndex: number;
  readonly areaIndex: number;
  readonly posture: Posture;
  /** The area's delivered amplitude (mA). */
  readonly amplitudeMa: number;
  readonly elapsedMin: number;
}

/** The worker's answer to `configure`: what the patient feels, and the thresholds of the configured area. */
export interface CompareAnswer {
  readonly result: SimulationResult;
  readonly titration: TitrationChartData;
}

/** How far a configuration has got (the worker's `progress` messages). */
export interface CompareProgress {
  readonly stage: EngineStage;
  readonly fraction: number | undefined;
}

export interface CompareRunner {
  /** Simulates one program; requests run one after another in the order asked. */
  simulate(question: CompareQuestion, onProgress?: (progress: CompareProgress) => void): Promise<CompareAnswer>;
  /** Stops the worker for good; pending and later requests fail. */
  dispose(): void;
}

const defaultWorker: CompareWorkerFactory = () =>
  new Worker(new URL('../physiology/physiology.worker.ts', import.meta.url), { type: 'module' });

/** A runner over a worker started on the first request. */
export function createCompareRunner(makeWorker: CompareWorkerFactory = defaultWorker): CompareRunner {
  let worker: CompareWorker | undefined;
  let requestId = 0;
  const pending = new Map<
    number,
    {
      resolve: (answer: CompareAnswer) => void;
      reject: (error: Error) => void;
      onProgress: ((progress: CompareProgress) => void) | undefined;
    }
  >();
  const failAll = (message: string) => {
    for (const { reject } of pending.values()) reject(new Error(message));
    pending.clear();
  };
  const workerOf = (): CompareWorker => {
    if (worker) return worker;
    const started = makeWorker();
    started.onmessage = (event: MessageEvent<PhysiologyResponse>) => {
      const message = event.data;
      const asked = pending.get(message.requestId);
      if (!asked) return;
      if (message.type === 'progress') {
        asked.onProgress?.({ stage: message.stage, fraction: message.fraction });
        return;
      }
      if (message.type === 'error') {
        pending.delete(message.requestId);
        asked.reject(new Error(message.message));
        return;
      }
      // The configure reply carries the configured views; later strength–duration points are not needed here.
      if (message.type === 'result' && message.configured) {
        pending.delete(message.requestId);
        asked.resolve({ result: message.result, titration: message.configured.titration });
      }
    };
    started.onerror = (event) => {
      failAll(event.message || 'the compare worker stopped');
      worker?.terminate();
      worker = undefined;
    };
    worker = started;
    return started;
  };
  let queue: Promise<unknown> = Promise.resolve();
  let disposed = false;
  return {
    simulate(question, onProgress) {
      const run = () =>
        new Promise<CompareAnswer>((resolve, reject) => {
          if (disposed) {
            reject(new Error('the compare dialog closed'));
            return;
          }
          const id = ++requestId;
          pending.set(id, { resolve, reject, onProgress });
          const request: PhysiologyRequest = {
            type: 'configure',
            requestId: id,
            session: question.session,
            programIndex: question.programIndex,
            areaIndex: question.areaIndex,
            posture: question.posture,
            amplitudeMa: question.amplitudeMa,
            stimulationOn: true,
            elapsedMin: question.elapsedMin,
          };
          workerOf().postMessage(request);
        });
      const answer = queue.then(run, run);
      queue = answer.catch(() => undefined);
      return answer;
    },
    dispose() {
      disposed = true;
      failAll('the compare dialog closed');
      worker?.terminate();
      worker = undefined;
    },
  };
}
