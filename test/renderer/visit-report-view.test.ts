import { describe, expect, it } from 'vitest';
import { visitReportFor } from '../../renderer/physiology/visit-report-view';
import { caseToSession, PhysiologyEngine, serializeSession, EMPTY_VISIT_RECORD } from '../../src-core';
import { loadCase } from '../core/teaching/cases';

describe('the worker’s visit report', () => {
  it('scores the visit as scs-sim does and answers with the report’s HTML', { timeout: 120_000 }, () => {
    const teachingCase = loadCase('cervical-hand.case.json');
    const reply = visitReportFor(new PhysiologyEngine(), {
      type: 'visitReport',
      requestId: 7,
      teachingCase,
      sessionText: serializeSession(caseToSession(teachingCase), EMPTY_VISIT_RECORD),
      impedanceChecked: true,
      editCount: 3,
      generatedAtIso: '2026-12-04T10:00:00.000Z',
      locale: 'en-CA',
    });
    expect(reply.type).toBe('visitReport');
    if (reply.type !== 'visitReport') return;
    expect(reply.requestId).toBe(7);
    expect(reply.score.editCount).toBe(3);
    expect(reply.html).toContain('size: Letter');
    expect(reply.html).toContain(`${reply.score.score.toFixed(1)}/100`);
    expect(reply.html).toContain('Impedances (monopolar, contact to case)');
  });

  it('answers a session that does not restore with an error naming it', () => {
    const reply = visitReportFor(new PhysiologyEngine(), {
      type: 'visitReport',
      requestId: 8,
      teachingCase: loadCase('cervical-hand.case.json'),
      sessionText: '{',
      impedanceChecked: false,
      editCount: 0,
      generatedAtIso: '2026-12-04T10:00:00.000Z',
      locale: 'en-GB',
    });
    expect(reply).toMatchObject({ type: 'error', requestId: 8 });
    expect(reply.type === 'error' && reply.message).toContain('The visit cannot be reported');
  });
});
