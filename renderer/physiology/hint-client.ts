import type { AppState, AppStore } from '../store/app-store';
import type { PhysiologyRequest, PhysiologyResponse } from './protocol';

/**
 * The client's side of "Hint": posts one hint request per `hintRequest` value and routes the worker's progress and
 * answer back to the store. Only the latest request counts.
 */
export function createHintClient(
  store: AppStore,
  post: (request: PhysiologyRequest) => void,
  nextRequestId: () => number,
) {
  let askedFor = 0;
  let pending = -1;
  return {
    /** Called on every store change: asks the worker when a new hint was asked for. */
    sync(state: AppState): void {
      if (state.hintRequest === askedFor || state.hint.status !== 'searching' || !state.activeCase) return;
      askedFor = state.hintRequest;
      pending = nextRequestId();
      post({ type: 'hint', requestId: pending, teachingCase: state.activeCase, session: state.visit.session });
    },
    /** Handles a hint reply; false for any other message. */
    handle(message: PhysiologyResponse): message is Extract<PhysiologyResponse, { type: 'hint' | 'hintProgress' }> {
      if (message.type !== 'hint' && message.type !== 'hintProgress') return false;
      if (message.requestId !== pending) return true;
      const state = store.getState();
      if (message.type === 'hintProgress') state.hintProgress(message.fraction);
      else if (message.outcome.ok) state.hintReceived(message.outcome.hint.text);
      else state.hintFailed(message.outcome.message);
      return true;
    },
  };
}
