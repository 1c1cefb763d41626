/**
 * The visit report: every number it shows comes from the core's own functions (scoreVisit, assessSafety,
 * assessEnergy, impedanceCheck), file text is escaped, the paper follows the locale.
 */
import { describe, expect, it } from 'vitest';
import {
  assessEnergy,
  assessSafety,
  deviceStateOf,
  impedanceCheck,
  impedanceInputsOf,
  safetyOptionsOf,
  PhysiologyEngine,
  reportPageSizeFor,
  scoreVisit,
  TEACHING_MODEL_NOTICE,
  visitReport,
  visitReportHtml,
  type ScoredVisit,
} from '../../../../src-core';
import { makePoles, openCase, setHalfway, visitRecording } from '../score-helpers';

/** A scored visit of the cervical case: a bipole at half-way between comfort and discomfort, thresholds recorded. */
function scoredCervicalVisit(programName = 'Hand') {
  const { teachingCase, session, implant } = openCase('cervical-hand');
  const engine = new PhysiologyEngine();
  const program = {
    ...setHalfway(engine, session, implant, makePoles(session.programs[0]!, 3, [4], 300, 0)),
    name: programName,
  };
  const recorded = visitRecording(engine, session, implant, [program], 1.1);
  const visit: ScoredVisit = {
    ...recorded,
    visitRecord: {
      ...recorded.visitRecord,
      sensations: [
        {
          amplitudeMa: 2,
          configuration: 'Tonic · 3− 4+',
          posture: 'supine',
          patientSaid: 'Tingling <img src=x onerror=alert(1)> in my thumb & palm',
          painCoveredPct: 40,
          atS: 30,
        },
      ],
    },
  };
  const score = scoreVisit(teachingCase, visit, { engine, log: { impedanceChecked: true, editCount: 4 } });
  return { teachingCase, visit, score };
}

describe('visitReport', () => {
  it(
    'takes every program number from assessSafety and assessEnergy and the outcome from scoreVisit',
    { timeout: 60_000 },
    () => {
      const { teachingCase, visit, score } = scoredCervicalVisit();
      const report = visitReport({
        teachingCase,
        visit,
        score,
        impedanceChecked: true,
        generatedAtIso: '2026-12-04T10:00:00.000Z',
      });
      const device = visit.session.devicePrograms;
      // The same resolver the app and the CLI use: the session's faults and its patient's per-contact variation.
      const safety = assessSafety(visit.implant, device, safetyOptionsOf(visit.session, visit.implant));
      const energy = assessEnergy(visit.implant, device, {
        ...impedanceInputsOf(visit.session, visit.implant),
        activeProgramIndex: 0,
      });
      const state = deviceStateOf(visit.session, visit.implant);
      const area = report.programs[0]!.areas[0]!;
      const assessed = safety.programs[0]!.areas[0]!;
      expect(area.chargePerPhaseUc).toBe(assessed.chargePerPhaseUc);
      expect(area.amplitudeMa).toBe(assessed.amplitudeMa);
      expect(area.requiredVoltageV).toBe(assessed.requiredVoltageV);
      expect(area.peakChargeDensityUcPerCm2).toBe(
        Math.max(...assessed.electrodes.map((e) => e.chargeDensityUcPerCm2 ?? 0)),
      );
      expect(report.programs[0]!.chargePerSecondUc).toBe(energy.programs[0]!.chargePerSecondUc);
      expect(report.outcome).toEqual(score.outcome);
      expect(report.thresholds).toEqual(score.thresholds);
      expect(report.score.score).toBe(score.score);
      expect(report.score.editCount).toBe(4);
      expect(report.impedance).toEqual({
        measured: true,
        monopolar: impedanceCheck(visit.implant, state.faults, state.impedance).monopolar,
        problems: [],
      });
      expect(report.hardware.leads[0]!.tip).toEqual(visit.implant.leads[0]!.placement.tip);
      expect(report.fluoro.contacts.filter((c) => c.polarity !== null).map((c) => [c.number, c.polarity])).toEqual([
        [3, 'cathode'],
        [4, 'anode'],
      ]);
      expect(report.notice).toBe(TEACHING_MODEL_NOTICE);
    },
  );

  it('says impedances were not measured when the visit ran no check', { timeout: 60_000 }, () => {
    const { teachingCase, visit, score } = scoredCervicalVisit();
    const report = visitReport({
      teachingCase,
      visit,
      score,
      impedanceChecked: false,
      generatedAtIso: '2026-12-04T10:00:00.000Z',
    });
    expect(report.impedance).toEqual({ measured: false });
    expect(visitReportHtml(report, { locale: 'en-GB' })).toContain('Not measured in this visit.');
  });
});

describe('visitReportHtml', () => {
  it('escapes text from the files and writes numbers in the locale', { timeout: 60_000 }, () => {
    const { teachingCase, visit, score } = scoredCervicalVisit('<script>alert("x")</script>');
    const report = visitReport({
      teachingCase,
      visit,
      score,
      impedanceChecked: true,
      generatedAtIso: '2026-12-04T10:00:00.000Z',
    });
    const html = visitReportHtml(report, { locale: 'de-DE' });
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('Tingling &lt;img src=x onerror=alert(1)&gt; in my thumb &amp; palm');
    const charge = report.programs[0]!.areas[0]!.chargePerPhaseUc;
    expect(html).toContain(charge.toFixed(3).replace('.', ','));
    expect(html).toContain('size: A4');
    expect(html).toContain('counter(page)');
    expect(html).toContain(TEACHING_MODEL_NOTICE);
    expect(html).toContain('2026-12-04 10:00 UTC');
    expect(visitReportHtml(report, { locale: 'en-US' })).toContain('size: Letter');
  });
});

describe('reportPageSizeFor', () => {
  it('gives Letter for the Americas that use it and A4 elsewhere or without a region', () => {
    expect(['en-US', 'en-CA', 'es-MX', 'fr-CA', 'es-CO'].map(reportPageSizeFor)).toEqual(Array(5).fill('Letter'));
    expect(['en-GB', 'de-DE', 'fr-FR', 'es-ES', 'en', 'zh-Hant-TW', '', 'garbage'].map(reportPageSizeFor)).toEqual(
      Array(8).fill('A4'),
    );
    expect(reportPageSizeFor('zh-Hant-US')).toBe('Letter');
  });
});
