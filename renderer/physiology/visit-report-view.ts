// The worker's visit report: the saved visit restored, scored with the core's `scoreCaseVisit` (the path
// `scs-sim report` takes), then `visitReport` and `visitReportHtml`. Seconds of work, so never on the UI thread.
import { restoreSession, scoreCaseVisit, visitReport, visitReportHtml, type PhysiologyEngine } from '../../src-core';
import type { PhysiologyResponse, VisitReportRequest } from './protocol';

/** The report of one visit as the worker's reply (an error reply when the session does not restore). */
export function visitReportFor(engine: PhysiologyEngine, request: VisitReportRequest): PhysiologyResponse {
  const restored = restoreSession(request.sessionText);
  if (!restored.ok)
    return { type: 'error', requestId: request.requestId, message: `The visit cannot be reported: ${restored.error}` };
  const { teachingCase } = request;
  const score = scoreCaseVisit(engine, teachingCase, restored, {
    impedanceChecked: request.impedanceChecked,
    editCount: request.editCount,
  });
  const report = visitReport({
    teachingCase,
    visit: restored,
    score,
    impedanceChecked: request.impedanceChecked,
    generatedAtIso: request.generatedAtIso,
  });
  return {
    type: 'visitReport',
    requestId: request.requestId,
    html: visitReportHtml(report, { locale: request.locale }),
    score,
  };
}
