import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserWindow } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { writeFileAtomic } from '../../electron/main/atomic-write';
import { createReportPrinter, withPdfExtension, type RenderPdf } from '../../electron/main/report-pdf';
import { asReal, FakeBrowserWindow } from './helpers/fake-electron';
import { useTempDirs } from './helpers/temp-dir';

const makeTempDir = useTempDirs();
const PDF_BYTES = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]); // "%PDF-1"

function setUp(savePath: string | null) {
  const dir = makeTempDir();
  const showSaveDialog = vi.fn(async () =>
    savePath === null ? { canceled: true, filePath: '' } : { canceled: false, filePath: join(dir, savePath) },
  );
  const renderPdf = vi.fn<RenderPdf>(async () => PDF_BYTES);
  const printer = createReportPrinter({
    dialogs: { showSaveDialog },
    defaultDirectory: () => '/home/me/Documents',
    renderPdf,
  });
  return { dir, printer, showSaveDialog, renderPdf, window: asReal<BrowserWindow>(new FakeBrowserWindow()) };
}

describe('printing a visit report to PDF', () => {
  it('asks where to save, renders on the requested paper and writes the PDF', async () => {
    const { dir, printer, showSaveDialog, renderPdf, window } = setUp('report.pdf');
    const result = await printer.printToPdf(window, {
      html: '<p>r</p>',
      suggestedName: 'visit-fbss.html',
      pageSize: 'Letter',
    });
    expect(result).toEqual({ canceled: false, fileName: 'report.pdf' });
    expect(showSaveDialog).toHaveBeenCalledWith(
      window,
      expect.objectContaining({ defaultPath: '/home/me/Documents/visit-fbss.pdf' }),
    );
    expect(renderPdf).toHaveBeenCalledExactlyOnceWith('<p>r</p>', 'Letter');
    expect(new Uint8Array(readFileSync(join(dir, 'report.pdf')))).toEqual(PDF_BYTES);
  });

  it('renders and writes nothing when the save is cancelled', async () => {
    const { printer, renderPdf, window } = setUp(null);
    await expect(
      printer.printToPdf(window, { html: '<p>r</p>', suggestedName: 'r.pdf', pageSize: 'A4' }),
    ).resolves.toEqual({
      canceled: true,
    });
    expect(renderPdf).not.toHaveBeenCalled();
  });

  it('names the file .pdf', () => {
    expect(withPdfExtension('visit.html')).toBe('visit.pdf');
    expect(withPdfExtension('visit.PDF')).toBe('visit.PDF');
    expect(withPdfExtension('visit')).toBe('visit.pdf');
  });

  it('writes bytes atomically through the shared writer', async () => {
    const dir = makeTempDir();
    await writeFileAtomic(join(dir, 'x.pdf'), PDF_BYTES);
    expect(new Uint8Array(readFileSync(join(dir, 'x.pdf')))).toEqual(PDF_BYTES);
  });
});
