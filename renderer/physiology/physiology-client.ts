import { configurationKeyOf, type Session, type TeachingCase, type TreatmentOption } from '../../src-core';
import { issuesFor, selectDeliveredAmplitudeMa } from '../store/selectors';
import type { AppState, AppStore } from '../store/app-store';
import { createHintClient } from './hint-client';
import type { PhysiologyRequest, PhysiologyResponse } from './protocol';

/** The area the worker is configured for: the active one, or the first when the active index is out of range. */
const configuredAreaOf = (state: AppState): number =>
  state.visit.session.programs[state.visit.session.activeProgram]?.areas[state.activeArea] ? state.activeArea : 0;

/** The core's configuration key of the state (amplitude and pain map are sent separately: the cheap paths). */
function configurationKey(state: AppState): string {
  const { session } = state.visit;
  return configurationKeyOf(session, state.implant, {
    programIndex: session.activeProgram,
    areaIndex: configuredAreaOf(state),
    posture: state.posture,
    stimulationOn: state.stimulationOn,
  });
}

/** What `sync` reads; a store change that replaces none of them (a chart tab, the worker's own replies) is skipped. */
const syncInputsOf = (state: AppState) =>
  [
    state.visit,
    state.implant,
    state.posture,
    state.stimulationOn,
    state.activeArea,
    state.programIssues,
    state.programClock.elapsedMin,
  ] as const;

const sameInputs = (a: readonly unknown[] | undefined, b: readonly unknown[]): boolean =>
  a !== undefined && a.every((input, i) => input === b[i]);

/**
 * Connects the store to the physiology worker: a configuration change sends `configure` (the expensive path, with a
 * "computing" state shown), an amplitude change sends `amplitude` (one recruitment query), simulated time passing
 * sends `elapsed` (the same query at a later time; every request carries the store's clock). Replies older than the
 * latest configuration are dropped. Returns a function that disconnects and stops the worker.
 */
export function connectPhysiology(store: AppStore, worker: Worker): () => void {
  let requestId = 0;
  let latestConfigure = -1;
  let lastKey = '';
  let lastAmplitude: number | undefined;
  let lastPainMap: unknown;
  let lastElapsed = 0;
  let lastInputs: readonly unknown[] | undefined;
  const sentAt = new Map<number, number>();

  const post = (request: PhysiologyRequest) => {
    sentAt.set(request.requestId, performance.now());
    worker.postMessage(request);
  };

  /** The configuration the ECAP model was last asked for (it is costly: only while the ECAP tab is shown). */
  let ecapAskedFor = -1;
  /** The last configure actually posted (a store update inside `sync` may call it again before the post). */
  let postedConfigure = -1;
  const requestEcapIfShown = (state: AppState) => {
    if (state.chartTab !== 'ecap' || postedConfigure < 0 || ecapAskedFor === postedConfigure || lastKey === '') return;
    ecapAskedFor = postedConfigure;
    post({ type: 'ecap', requestId: ++requestId });
  };

  /** The last "Finish visit" sent for scoring. */
  let scoredRequest = 0;
  const requestScoreIfAsked = (state: AppState) => {
    const { activeCase, debrief, scoreRequest } = state;
    if (scoreRequest === scoredRequest || debrief.status !== 'scoring' || !activeCase) return;
    scoredRequest = scoreRequest;
    const { visitLog } = state;
    const id = ++requestId;
    // Noted before posting: a reply may come back at once.
    pendingScores.set(id, { scoreRequest, activeCase, decision: state.treatmentChoice ?? null });
    post({
      type: 'score',
      requestId: id,
      teachingCase: activeCase,
      session: state.visit.session,
      visitRecord: state.visitRecord,
      log: {
        impedanceChecked: visitLog.impedanceChecked,
        editCount: visitLog.editCount,
        hintsUsed: visitLog.hintsUsed,
      },
    });
  };
  /** Scores asked for, by request id: what the reply is about. */
  const pendingScores = new Map<
    number,
    { scoreRequest: number; activeCase: TeachingCase; decision: TreatmentOption | null }
  >();

  /** The last posture-day replay posted. */
  let replayPosted = 0;
  const pendingReplays = new Map<number, number>();
  const requestReplayIfAsked = (state: AppState) => {
    const asked = state.replayRequest;
    if (!asked || asked.id === replayPosted) return;
    replayPosted = asked.id;
    const { session } = state.visit;
    const id = ++requestId;
    pendingReplays.set(id, asked.id);
    post({
      type: 'replay',
      requestId: id,
      session,
      programIndex: session.activeProgram,
      areaIndex: configuredAreaOf(state),
      deliveredMa: selectDeliveredAmplitudeMa(state) ?? 0,
      timeline: asked.timeline,
      settings: asked.settings,
    });
  };

  const hints = createHintClient(store, post, () => ++requestId);

  const sync = (state: AppState) => {
    requestScoreIfAsked(state);
    hints.sync(state);
    requestReplayIfAsked(state);
    const deliverable = issuesFor(state, { program: state.visit.session.activeProgram }).length === 0;
    if (!deliverable) {
      lastKey = '';
      lastInputs = undefined;
      // Not gated: a late reply must not leave a result shown for a program that cannot be delivered.
      if (state.physiology.status !== 'idle') state.setPhysiology({ status: 'idle' });
      if (state.activation) state.setConfigured(undefined);
      return;
    }
    const inputs = syncInputsOf(state);
    if (sameInputs(lastInputs, inputs)) {
      requestEcapIfShown(state);
      return;
    }
    lastInputs = inputs;
    const key = configurationKey(state);
    const amplitude = selectDeliveredAmplitudeMa(state);
    const painMap = state.visit.session.patient.painMap;
    const elapsedMin = state.programClock.elapsedMin;
    if (key !== lastKey) {
      lastKey = key;
      lastAmplitude = amplitude;
      lastPainMap = painMap;
      lastElapsed = elapsedMin;
      latestConfigure = ++requestId;
      const previous = state.physiology.status === 'ready' ? state.physiology.result : undefined;
      state.setPhysiology({ status: 'computing', previous });
      state.setStrengthDuration(undefined);
      state.setEcap(undefined, null);
      const session: Session = state.visit.session;
      post({
        type: 'configure',
        requestId: latestConfigure,
        session,
        programIndex: session.activeProgram,
        areaIndex: configuredAreaOf(state),
        posture: state.posture,
        amplitudeMa: amplitude ?? 0,
        stimulationOn: state.stimulationOn,
        elapsedMin,
      });
      postedConfigure = latestConfigure;
      requestEcapIfShown(state);
      return;
    }
    // Each query carries the elapsed time; an `elapsed` query only when nothing else is asked.
    if (amplitude !== undefined && amplitude !== lastAmplitude) {
      lastAmplitude = amplitude;
      lastElapsed = elapsedMin;
      post({ type: 'amplitude', requestId: ++requestId, amplitudeMa: amplitude, elapsedMin });
    }
    if (painMap !== lastPainMap) {
      lastPainMap = painMap;
      lastElapsed = elapsedMin;
      post({ type: 'painMap', requestId: ++requestId, painMap: painMap ?? [], elapsedMin });
    }
    if (elapsedMin !== lastElapsed) {
      lastElapsed = elapsedMin;
      post({ type: 'elapsed', requestId: ++requestId, elapsedMin });
    }
    requestEcapIfShown(state);
  };

  worker.onmessage = (event: MessageEvent<PhysiologyResponse>) => {
    const message = event.data;
    if (hints.handle(message)) {
      if (message.type === 'hint') sentAt.delete(message.requestId);
      return;
    }
    if (message.type === 'score') {
      const asked = pendingScores.get(message.requestId);
      pendingScores.delete(message.requestId);
      const state = store.getState();
      // Only the latest "Finish visit" of the case still shown counts.
      if (!asked || asked.scoreRequest !== state.scoreRequest || state.debrief.status !== 'scoring') return;
      if (!message.outcome.ok) {
        state.scoringFailed(message.outcome.message);
        return;
      }
      const { score, trainee, benchmark } = message.outcome;
      const selection = asked.activeCase.candidateSelection;
      state.caseFinished({
        caseId: asked.activeCase.id,
        caseTitle: asked.activeCase.title,
        decision: selection ? { chosen: asked.decision, correct: selection.correct } : null,
        score,
        trainee,
        benchmark,
      });
      return;
    }
    if (message.type === 'replay' || message.type === 'replayProgress') {
      const asked = pendingReplays.get(message.requestId);
      const state = store.getState();
      // Only the latest replay asked for counts.
      if (asked === undefined || asked !== state.replayRequest?.id) return;
      if (message.type === 'replayProgress') {
        state.setReplay({ status: 'running', request: asked, done: message.done, total: message.total });
        return;
      }
      pendingReplays.delete(message.requestId);
      state.setReplay(
        message.outcome.ok
          ? { status: 'ready', request: asked, day: message.outcome.day }
          : { status: 'failed', request: asked, message: message.outcome.message },
      );
      return;
    }
    if (message.requestId < latestConfigure) {
      sentAt.delete(message.requestId);
      return; // a reply to a configuration that has since changed
    }
    const state = store.getState();
    if (message.type === 'error') {
      sentAt.delete(message.requestId);
      state.setPhysiology({ status: 'unavailable', reason: message.message });
      return;
    }
    if (message.type === 'progress') {
      if (message.requestId === latestConfigure && state.physiology.status === 'computing')
        state.setPhysiology({ ...state.physiology, stage: message.stage, stageFraction: message.fraction });
      return;
    }
    if (message.type === 'strengthDuration') {
      state.setStrengthDuration(message.strengthDuration);
      return;
    }
    if (message.type === 'ecap') {
      state.setEcap(
        message.ecap
          ? { status: 'ready', chart: message.ecap }
          : { status: 'unavailable', reason: message.unavailable ?? 'no ECAP for this configuration' },
        message.trace,
      );
      return;
    }
    if (message.type === 'ecapTrace') {
      state.setEcapTrace(message.trace);
      return;
    }
    // Visit reports are asked of a worker of their own (commands/visit-report.ts), never of this one.
    if (message.type === 'visitReport') return;
    // A result, or the result and sweep for a new pain drawing (replies come in request order: the last is newest).
    const started = sentAt.get(message.requestId);
    sentAt.delete(message.requestId);
    if (message.type === 'painMap') state.setTitration(message.titration);
    else if (message.configured) state.setConfigured(message.configured);
    const computed = message.type === 'painMap' ? 0 : message.timingsMs.total;
    const computeMs = started === undefined ? computed : performance.now() - started;
    state.setPhysiology({ status: 'ready', result: message.result, computeMs });
  };
  worker.onerror = (event) =>
    store
      .getState()
      .setPhysiology({ status: 'unavailable', reason: event.message || 'the physiology worker failed to start' });

  const unsubscribe = store.subscribe(sync);
  sync(store.getState());
  return () => {
    unsubscribe();
    worker.terminate();
  };
}
