/**
 * Printing a visit report to PDF for the renderer: main asks where to save (the renderer never names a path),
 * renders the report's HTML with Chromium's print engine on the requested paper (page numbers come from the
 * report's own `@page` margin boxes), and writes the PDF atomically. No simulation here: the HTML is the core's.
 */
import { basename, join } from 'node:path';
import type { BrowserWindow } from 'electron';
import type { ExportFileResult, PrintReportRequest } from '../ipc-contract';
import { writeFileAtomic } from './atomic-write';
import { askSavePath, type SaveDialogs } from './save-dialog';

/** Renders self-contained HTML to PDF bytes on a paper size (`print-html-to-pdf.ts` in the app, a fake in tests). */
export type RenderPdf = (html: string, pageSize: PrintReportRequest['pageSize']) => Promise<Uint8Array>;

/** Inputs of {@link createReportPrinter}. */
export type ReportPrinterOptions = {
  dialogs: SaveDialogs;
  /** Folder the Save dialog starts in (the Documents folder). */
  defaultDirectory: () => string;
  renderPdf: RenderPdf;
  writeFile?: (path: string, contents: Uint8Array) => Promise<void>;
};

/** The one operation behind `report:print-to-pdf`. */
export type ReportPrinter = {
  printToPdf(window: BrowserWindow, request: PrintReportRequest): Promise<ExportFileResult>;
};

/** "visit-report.html" → "visit-report.pdf"; a name without `.pdf` gets it. */
export function withPdfExtension(fileName: string): string {
  const stem = fileName.replace(/\.html?$/i, '');
  return stem.toLowerCase().endsWith('.pdf') ? stem : `${stem}.pdf`;
}

/**
 * Creates the printer. The dialog comes first, so a cancelled save renders nothing.
 * @example createReportPrinter({ dialogs: dialog, defaultDirectory: () => app.getPath('documents'), renderPdf })
 */
export function createReportPrinter(options: ReportPrinterOptions): ReportPrinter {
  const writeFile = options.writeFile ?? writeFileAtomic;
  return {
    async printToPdf(window, request) {
      const path = await askSavePath(options.dialogs, window, {
        title: 'Save visit report as PDF',
        defaultPath: join(options.defaultDirectory(), withPdfExtension(request.suggestedName)),
        typeName: 'PDF document',
        extension: 'pdf',
      });
      if (path === undefined) return { canceled: true };
      const pdf = await options.renderPdf(request.html, request.pageSize);
      await writeFile(path, pdf);
      return { canceled: false, fileName: basename(path) };
    },
  };
}
