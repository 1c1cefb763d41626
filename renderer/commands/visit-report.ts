/**
 * "Visit report…": the active case's visit scored and written up in a physiology worker of its own (seconds of
 * benchmark search, which must not hold up the live worker's answers), then handed to the host to print — a PDF
 * through the Save dialog on the desktop, the print dialog in the browser. Only for a session opened from a case.
 */
import { reportPageSizeFor, serializeSession } from '../../src-core';
import { numberLocale } from '../format/number-format';
import type { PhysiologyRequest, PhysiologyResponse } from '../physiology/protocol';
import type { Platform } from '../platform';
import type { AppStore } from '../store/app-store';
import { errorText } from './error-text';

/** Starts a physiology worker for one report (the app passes the real worker; tests a fake). */
export type ReportWorkerFactory = () => Pick<Worker, 'postMessage' | 'terminate' | 'onmessage' | 'onerror'>;

const defaultWorker: ReportWorkerFactory = () =>
  new Worker(new URL('../physiology/physiology.worker.ts', import.meta.url), { type: 'module' });

/** Asks a worker for the report's HTML. */
function reportHtmlOf(makeWorker: ReportWorkerFactory, request: PhysiologyRequest): Promise<string> {
  return new Promise((resolve, reject) => {
    const worker = makeWorker();
    worker.onmessage = (event: MessageEvent<PhysiologyResponse>) => {
      const message = event.data;
      if (message.requestId !== request.requestId || message.type === 'progress') return;
      worker.terminate();
      if (message.type === 'visitReport') resolve(message.html);
      else reject(new Error(message.type === 'error' ? message.message : `unexpected reply ${message.type}`));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'the report worker stopped'));
    };
    worker.postMessage(request);
  });
}

/**
 * Builds the visit report of the active case and prints it through the platform.
 * @returns whether a report was handed to the host.
 */
export async function printVisitReport(
  store: AppStore,
  platform: Platform,
  makeWorker: ReportWorkerFactory = defaultWorker,
): Promise<boolean> {
  const state = store.getState();
  const teachingCase = state.activeCase;
  if (!teachingCase) {
    state.showStatus({ kind: 'error', text: 'A visit report needs a case: open one from the case library first.' });
    return false;
  }
  const locale = numberLocale();
  state.showStatus({ kind: 'info', text: 'Scoring the visit for the report…' });
  try {
    const html = await reportHtmlOf(makeWorker, {
      type: 'visitReport',
      requestId: 1,
      teachingCase,
      sessionText: serializeSession(state.visit.session, state.visitRecord),
      // The same visit log the debrief's score uses (store/teaching-slice.ts).
      impedanceChecked: state.visitLog.impedanceChecked,
      editCount: state.visitLog.editCount,
      generatedAtIso: new Date().toISOString(),
      locale,
    });
    const saved = await platform.printVisitReport({
      html,
      suggestedName: `visit-report-${teachingCase.id}.pdf`,
      pageSize: reportPageSizeFor(locale),
    });
    store
      .getState()
      .showStatus({ kind: 'info', text: saved ? `Saved the visit report as ${saved}.` : 'Visit report ready.' });
    return true;
  } catch (error) {
    store.getState().showStatus({ kind: 'error', text: `Could not make the visit report: ${errorText(error)}` });
    return false;
  }
}
