/**
 * The report's inline style sheet: laid out for print on the chosen paper, with page numbers in the page's margin
 * boxes (`counter(page)` / `counter(pages)`, which Chromium's print engine — Electron's `printToPDF` and the browser's
 * print — fills in); on screen, a sheet of paper centred on a grey desk, dark when the reader's system is.
 */
import type { ReportPageSize } from './page-size';

/**
 * The CSS of a report for `pageSize`.
 * @example reportStyles('Letter').includes('size: Letter'); // true
 */
export function reportStyles(pageSize: ReportPageSize): string {
  const sheetWidth = pageSize === 'Letter' ? '215.9mm' : '210mm';
  return `
@page {
  size: ${pageSize};
  margin: 14mm 13mm 16mm;
  @bottom-left { content: "Teaching model \\2014  not for clinical use"; font: 8pt system-ui, sans-serif; color: #555; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt system-ui, sans-serif; color: #555; }
}
:root { color-scheme: light dark; --ink: #1a1a1a; --muted: #555; --rule: #c9c9c9; --paper: #fff; --desk: #e4e6e8;
  --warn: #8a4b00; --bad: #a4161a; --good: #1b6e2d; --band: #f3f4f6; }
* { box-sizing: border-box; }
html { background: var(--desk); }
body { margin: 0 auto; max-width: ${sheetWidth}; padding: 12mm 13mm; background: var(--paper); color: var(--ink);
  font: 9pt/1.35 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
header { display: flex; justify-content: space-between; align-items: flex-start; gap: 8mm;
  border-bottom: 2px solid var(--ink); padding-bottom: 2mm; margin-bottom: 3mm; }
h1 { font-size: 15pt; margin: 0; }
h2 { font-size: 10.5pt; margin: 4mm 0 1.5mm; border-bottom: 1px solid var(--rule); padding-bottom: 0.5mm; }
h3 { font-size: 9.5pt; margin: 2mm 0 1mm; }
p { margin: 0 0 1.5mm; }
.notice { font-weight: 700; border: 1.5px solid var(--bad); color: var(--bad); padding: 1mm 2mm; white-space: nowrap; }
.meta { color: var(--muted); }
.grid { display: grid; grid-template-columns: 1fr 52mm; gap: 5mm; align-items: start; }
figure { margin: 0; }
figcaption { color: var(--muted); font-size: 8pt; margin-top: 1mm; }
.fluoro { width: 100%; height: auto; max-height: 95mm; display: block; }
table { border-collapse: collapse; width: 100%; margin-bottom: 2mm; }
th, td { text-align: left; padding: 0.6mm 1.5mm; border-bottom: 1px solid var(--rule); vertical-align: top; }
th { font-weight: 600; background: var(--band); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.score { font-size: 20pt; font-weight: 700; }
.pass { color: var(--good); } .fail { color: var(--bad); } .warn { color: var(--warn); }
ul { margin: 0 0 1.5mm; padding-left: 5mm; }
q { quotes: "\\201C" "\\201D"; }
section { break-inside: avoid-page; }
section.long { break-inside: auto; }
footer { margin-top: 4mm; border-top: 1px solid var(--rule); padding-top: 1.5mm; color: var(--muted); font-size: 8pt; }
@media screen { body { margin: 8mm auto; box-shadow: 0 1px 6px rgba(0, 0, 0, 0.25); } }
@media screen and (prefers-color-scheme: dark) {
  :root { --ink: #e6e6e6; --muted: #a9adb2; --rule: #4a4e53; --paper: #202326; --desk: #111315; --warn: #f0a04b;
    --bad: #ff7b7f; --good: #6fd08c; --band: #2b2f33; }
}
@media print { html, body { background: #fff; } body { padding: 0; max-width: none; } }
`;
}
