/**
 * The visit report as one self-contained, print-ready HTML page: inline CSS laid out for the locale's paper,
 * page numbers in the margins, no script, no external resource. The same string is printed to PDF on the desktop,
 * printed from a new page in the browser and written by `scs-sim report`.
 */
import { escapeHtml } from './html-text';
import { reportPageSizeFor } from './page-size';
import { reportNumbers } from './report-format';
import {
  caseSection,
  energySection,
  hardwareSection,
  impedanceSection,
  outcomeSection,
  programsSection,
  safetySection,
  scoreSection,
  wordsSection,
} from './report-sections';
import { reportStyles } from './report-styles';
import type { VisitReport } from './visit-report';

/** "2026-12-04 23:09 UTC" from an ISO 8601 UTC timestamp; any other text as given. */
function whenText(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?Z$/.exec(iso);
  return m ? `${m[1]} ${m[2]} UTC` : iso;
}

/** Options of `visitReportHtml`. */
export interface VisitReportHtmlOptions {
  /** BCP 47 locale of the reader: numbers are written in it and it picks the paper (Letter or A4). */
  readonly locale: string;
}

/**
 * The report as one self-contained HTML page (a string).
 * @example visitReportHtml(visitReport(input), { locale: 'en-US' }).includes('size: Letter'); // true
 */
export function visitReportHtml(report: VisitReport, options: VisitReportHtmlOptions): string {
  const n = reportNumbers(options.locale);
  const title = `Visit report — ${report.case.title}`;
  const lang = /^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/i.test(options.locale) ? options.locale : 'en';
  return `<!doctype html>
<html lang="${escapeHtml(lang)}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><style>${reportStyles(reportPageSizeFor(options.locale))}</style></head>
<body><main>
<header><div><h1>Programming visit report</h1><p class="meta">SCS Programming Simulator · generated ${escapeHtml(whenText(report.generatedAtIso))}</p></div>
<p class="notice">${escapeHtml(report.notice)}</p></header>
${caseSection(report)}
${hardwareSection(report, n)}
${impedanceSection(report, n)}
${programsSection(report, n)}
${outcomeSection(report, n)}
${wordsSection(report, n)}
${safetySection(report)}
${energySection(report, n)}
${scoreSection(report, n)}
<footer>${escapeHtml(report.notice)} The numbers come from the simulator's model of a virtual patient, not from a person.</footer>
</main></body></html>
`;
}
