/**
 * The browser's way to print a visit report: the report's self-contained HTML goes into a hidden frame (`srcdoc`,
 * same origin, no script of its own) and the frame's print dialog opens — the user prints or saves a PDF there, on
 * the paper the report's `@page` rule asks for. The frame goes once printing is done.
 */

/** Prints `html` from a hidden frame; resolves once the print dialog has closed (or the frame could not load). */
export function printHtmlInFrame(html: string): Promise<void> {
  return new Promise((resolve) => {
    const frame = document.createElement('iframe');
    frame.title = 'Visit report for printing';
    frame.setAttribute('aria-hidden', 'true');
    frame.tabIndex = -1;
    frame.style.position = 'fixed';
    frame.style.width = '0';
    frame.style.height = '0';
    frame.style.border = '0';
    frame.style.visibility = 'hidden';
    frame.addEventListener('load', () => {
      const view = frame.contentWindow;
      if (!view) {
        frame.remove();
        resolve();
        return;
      }
      view.addEventListener('afterprint', () => {
        frame.remove();
        resolve();
      });
      view.focus();
      view.print();
    });
    frame.srcdoc = html;
    document.body.append(frame);
  });
}
