// The physiology worker's logic as a plain object: requests in, replies out through `reply`, no globals. The worker
// file binds it to `self`; tests drive it in Node with a recording `reply` and a hand-run scheduler.
import {
  activationGridFor,
  configureSimulation,
  configurationKeyOf,
  cordStateEcap,
  defaultCatalogue,
  replayProgramDay,
  type CordStateEcap,
  resolveImplant,
  simulateAt,
  type ActivationGrid,
  type ConfiguredSimulation,
  type EcapConfiguration,
  type PainRegion,
  PhysiologyEngine,
  strengthDurationSweep,
} from '../../src-core';
import { activationViewFor, fibreGeometryOf, titrationFor } from './configured-views';
import { ecapChartFor, ecapConfigurationFor, ecapTraceFor } from './ecap-view';
import type { PhysiologyRequest, PhysiologyResponse } from './protocol';
import { visitReportFor } from './visit-report-view';
import { createCaseBenchmarkCache, hintFor } from './case-hint';
import { scoreCaseVisit } from './score-case';

/** Sends one reply; `transfer` lists buffers handed over rather than copied. */
export type PhysiologyReply = (message: PhysiologyResponse, transfer?: Transferable[]) => void;

/** How the service reads time and defers work; the worker passes `performance.now` and `setTimeout(task, 0)`. */
export interface ServiceScheduling {
  readonly clock: () => number;
  /** Runs `task` later, after requests already queued (so an amplitude query is answered between sweep points). */
  readonly defer: (task: () => void) => void;
}

/** The physiology behind the worker's message port. */
export interface PhysiologyService {
  /** Answers one request; a failure becomes an `error` reply naming it, never an exception. */
  handle(request: PhysiologyRequest): void;
}

const WORKER_SCHEDULING: ServiceScheduling = {
  clock: () => performance.now(),
  defer: (task) => setTimeout(task, 0),
};

/** The id of a request whose shape is unknown (a malformed message), or -1. */
const requestIdOf = (request: unknown): number => {
  const id = (request as { requestId?: unknown } | null)?.requestId;
  return typeof id === 'number' ? id : -1;
};

/**
 * The physiology service: `configure` runs the expensive path and replies with the result and what the 3D view and
 * charts need, then the strength–duration points one deferred task each; `amplitude`, `elapsed` and `painMap` are
 * queries on the configured simulation. A new `configure` abandons the older configuration's sweep.
 */
export function createPhysiologyService(
  engine: PhysiologyEngine,
  reply: PhysiologyReply,
  scheduling: ServiceScheduling = WORKER_SCHEDULING,
  /** The engine scoring runs on (made on the first score): its own caches, so the live patient's stay valid. */
  makeScoringEngine: () => PhysiologyEngine = () => new PhysiologyEngine(),
): PhysiologyService {
  const { clock, defer } = scheduling;
  let scoringEngine: PhysiologyEngine | undefined;
  /** The case's benchmark a hint searched, for the score that ends the visit (and the next hint). */
  const benchmarks = createCaseBenchmarkCache();
  /** The replay's ECAP model of the last program configuration replayed (built on the scoring engine: the live one's caches stay). */
  let replayModel: { key: string; model: CordStateEcap } | undefined;
  /** The configuration queries are answered on, with the pain drawing, amplitude and elapsed time last asked about. */
  let current:
    | {
        configured: ConfiguredSimulation;
        painMap: readonly PainRegion[] | undefined;
        amplitudeMa: number;
        elapsedMin: number;
        /** The ECAP model of this configuration (undefined when it has none, e.g. no free contacts to record). */
        ecap: EcapConfiguration | undefined;
      }
    | undefined;
  /** The population whose geometry the renderer already has (same object = same fibres). */
  let sentPopulation: object | undefined;
  /** The activation grid of that population (same invalidation: leads, posture, patient). */
  let grid: ActivationGrid | undefined;
  let fibresVersion = 0;
  /** Bumped by every configure, so a strength–duration sweep of an older configuration stops. */
  let generation = 0;

  function configure(request: Extract<PhysiologyRequest, { type: 'configure' }>): void {
    const started = clock();
    current = undefined; // a failed configure must not leave the previous one answering queries
    generation++;
    const { session, requestId } = request;
    const resolved = resolveImplant(session.hardware, defaultCatalogue());
    if (!resolved.ok) throw new Error(resolved.error);
    const target = {
      programIndex: request.programIndex,
      areaIndex: request.areaIndex,
      posture: request.posture,
      stimulationOn: request.stimulationOn,
    };
    const configured = configureSimulation(engine, session, resolved.implant, target, (stage, fraction) =>
      reply({ type: 'progress', requestId, stage, fraction }),
    );
    const painMap = session.patient.painMap;
    current = {
      configured,
      painMap,
      amplitudeMa: request.amplitudeMa,
      elapsedMin: request.elapsedMin,
      ecap: undefined,
    };
    const result = simulateAt(configured, request.amplitudeMa, painMap, request.elapsedMin);
    const timingsMs = { ...engine.times, total: clock() - started };

    const { setup, thresholds } = configured;
    const newPopulation = thresholds.population !== sentPopulation || !grid;
    if (newPopulation) {
      sentPopulation = thresholds.population;
      fibresVersion++;
      grid = activationGridFor(setup.implant, setup.patient, setup.posture);
    }
    const fibres = newPopulation ? fibreGeometryOf(thresholds.population, fibresVersion) : undefined;
    const activation = activationViewFor(
      setup,
      grid!,
      configured.area,
      configured.effectiveMa,
      result.perceptionThresholdMa,
      fibresVersion,
    );
    const titration = titrationFor(configured.index, painMap, configured.ceiling.deviceMaxMa, configured.pattern);
    const transfer: Transferable[] = [activation.thresholdsMa.buffer, activation.surface.activatingPerMa.buffer];
    if (fibres) transfer.push(fibres.axialMm.buffer, fibres.lateralMm.buffer, fibres.dorsalMm.buffer);
    reply(
      {
        type: 'result',
        requestId,
        result,
        timingsMs,
        configured: { ...(fibres ? { fibres } : {}), activation, titration },
      },
      transfer,
    );
    startStrengthDuration(requestId, configured);
  }

  /**
   * The ECAP tab's threshold, growth curve and trace for the current configuration. The ECAP model reads the
   * engine's unit fields, which are this configuration's until the next `configure` (the sweeps do not change them).
   */
  function ecap(request: Extract<PhysiologyRequest, { type: 'ecap' }>): void {
    if (!current) return;
    const { requestId } = request;
    // Built once per configuration: a second request (the tab shown again) reuses it.
    const model = current.ecap ? { config: current.ecap } : ecapConfigurationFor(engine, current.configured);
    if ('unavailable' in model) {
      reply({ type: 'ecap', requestId, ecap: null, unavailable: model.unavailable, trace: null });
      return;
    }
    current.ecap = model.config;
    const trace = ecapTraceFor(model.config, current.amplitudeMa);
    reply({ type: 'ecap', requestId, ecap: ecapChartFor(model.config), trace }, [trace.recordedUv.buffer]);
  }

  /** The strength–duration points one deferred task each, abandoned when the configuration changes. */
  function startStrengthDuration(requestId: number, configured: ConfiguredSimulation): void {
    const mine = generation;
    const sweep = strengthDurationSweep(engine, configured.setup, configured.area);
    const next = () => {
      if (mine !== generation) return;
      const progress = sweep.next();
      reply({ type: 'strengthDuration', requestId, strengthDuration: progress.value });
      if (!progress.done) defer(next);
    };
    defer(next);
  }

  /** An amplitude or elapsed-time query: the result again, one recruitment query on the configured simulation. */
  function query(request: Extract<PhysiologyRequest, { type: 'amplitude' | 'elapsed' }>): void {
    if (!current) return; // nothing configured (or the configuration failed, already reported): nothing to answer
    const started = clock();
    const amplitudeMa = request.type === 'amplitude' ? request.amplitudeMa : current.amplitudeMa;
    current = { ...current, amplitudeMa, elapsedMin: request.elapsedMin };
    const result = simulateAt(current.configured, amplitudeMa, current.painMap, request.elapsedMin);
    reply({
      type: 'result',
      requestId: request.requestId,
      result,
      timingsMs: { population: 0, unitFields: 0, thresholds: 0, total: clock() - started },
    });
    if (request.type === 'amplitude' && current.ecap) {
      const trace = ecapTraceFor(current.ecap, amplitudeMa);
      reply({ type: 'ecapTrace', requestId: request.requestId, trace }, [trace.recordedUv.buffer]);
    }
  }

  function painMap(request: Extract<PhysiologyRequest, { type: 'painMap' }>): void {
    if (!current) return;
    current = { ...current, painMap: request.painMap, elapsedMin: request.elapsedMin };
    const { configured, amplitudeMa } = current;
    reply({
      type: 'painMap',
      requestId: request.requestId,
      result: simulateAt(configured, amplitudeMa, request.painMap, request.elapsedMin),
      titration: titrationFor(configured.index, request.painMap, configured.ceiling.deviceMaxMa, configured.pattern),
    });
  }

  /** Scores a finished case visit; a failure is the score reply's message, not a physiology error. */
  function score(request: Extract<PhysiologyRequest, { type: 'score' }>): void {
    const { requestId, teachingCase, session, visitRecord, log } = request;
    try {
      scoringEngine ??= makeScoringEngine();
      const opened = benchmarks.benchmarkOf(scoringEngine, teachingCase);
      const scored = scoreCaseVisit(scoringEngine, { teachingCase, session, visitRecord, log }, opened);
      reply({ type: 'score', requestId, outcome: { ok: true, ...scored } });
    } catch (error) {
      reply({
        type: 'score',
        requestId,
        outcome: { ok: false, message: error instanceof Error ? error.message : String(error) },
      });
    }
  }

  /** One next step for the trainee, with the benchmark search's progress on the way. */
  function hint(request: Extract<PhysiologyRequest, { type: 'hint' }>): void {
    const { requestId } = request;
    try {
      scoringEngine ??= makeScoringEngine();
      const found = hintFor(scoringEngine, benchmarks, request, (fraction) =>
        reply({ type: 'hintProgress', requestId, fraction }),
      );
      reply({ type: 'hint', requestId, outcome: { ok: true, hint: found } });
    } catch (error) {
      reply({
        type: 'hint',
        requestId,
        outcome: { ok: false, message: error instanceof Error ? error.message : String(error) },
      });
    }
  }

  /** A program's posture day; the ECAP model is built once per configuration (progress per dCSF knot). */
  function replay(request: Extract<PhysiologyRequest, { type: 'replay' }>): void {
    const { requestId, session, programIndex, areaIndex } = request;
    try {
      const resolved = resolveImplant(session.hardware, defaultCatalogue());
      if (!resolved.ok) throw new Error(resolved.error);
      const key = JSON.stringify([
        configurationKeyOf(session, resolved.implant, {
          programIndex,
          areaIndex,
          posture: 'sitting',
          stimulationOn: true,
        }),
        session.programs[programIndex]?.patientMaxMa,
      ]);
      if (replayModel?.key !== key) {
        scoringEngine ??= makeScoringEngine();
        const model = cordStateEcap(scoringEngine, session, resolved.implant, programIndex, {
          areaIndex,
          onProgress: (done, total) => reply({ type: 'replayProgress', requestId, done, total }),
        });
        replayModel = { key, model };
      }
      const model = { ...replayModel.model, programmedMa: request.deliveredMa };
      const day = replayProgramDay(model, request.timeline, request.settings);
      reply({ type: 'replay', requestId, outcome: { ok: true, day } });
    } catch (error) {
      reply({
        type: 'replay',
        requestId,
        outcome: { ok: false, message: error instanceof Error ? error.message : String(error) },
      });
    }
  }

  return {
    handle(request) {
      try {
        switch (request.type) {
          case 'configure':
            return configure(request);
          case 'amplitude':
          case 'elapsed':
            return query(request);
          case 'painMap':
            return painMap(request);
          case 'ecap':
            return ecap(request);
          case 'visitReport':
            return reply(visitReportFor(engine, request));
          case 'score':
            return score(request);
          case 'hint':
            return hint(request);
          case 'replay':
            return replay(request);
          default: {
            const unknown: never = request;
            throw new TypeError(`Unknown physiology request ${JSON.stringify((unknown as { type?: unknown }).type)}.`);
          }
        }
      } catch (error) {
        reply({
          type: 'error',
          requestId: requestIdOf(request),
          message: error instanceof Error ? error.message : String(error),
        });
      }
    },
  };
}
