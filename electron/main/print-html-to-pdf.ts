/**
 * Chromium's print engine for a report: a hidden, locked window (sandboxed, isolated, no script, no preload) loads
 * the self-contained HTML from a data URL and `printToPDF` lays it out on the paper asked for, the report's own
 * `@page` rules setting the margins and page numbers. The window is destroyed whatever happens.
 */
import { BrowserWindow } from 'electron';
import type { RenderPdf } from './report-pdf';

/** Renders report HTML to PDF bytes. */
export const printHtmlToPdf: RenderPdf = async (html, pageSize) => {
  const window = new BrowserWindow({
    show: false,
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
      // No middle-click navigation either, as in the app's own window (Electron security checklist).
      disableBlinkFeatures: 'Auxclick',
    },
  });
  try {
    await window.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
    const pdf = await window.webContents.printToPDF({ pageSize, printBackground: true, preferCSSPageSize: true });
    return new Uint8Array(pdf);
  } finally {
    window.destroy();
  }
};
