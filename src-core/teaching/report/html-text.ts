/**
 * Text into HTML: every string a report shows (case text, program names, the patient's words, warnings) passes
 * through `escapeHtml`, so a case or session file cannot inject markup into the printed page.
 */

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes the five characters that carry meaning in HTML text and attribute values.
 * @example escapeHtml('<b>"T8"</b>'); // '&lt;b&gt;&quot;T8&quot;&lt;/b&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}
