/**
 * Makes text that came from a file safe to put in a message for a terminal or the app: a file can hold
 * anything, and an ESC sequence, a newline or a bidi override in an id would otherwise let it forge lines
 * ("scs-sim: valid") or reorder what the reader sees.
 */

/** Longest file-derived fragment (an id, a key, a value) a message quotes, in characters. */
export const MAX_QUOTED_CHARS = 80;

/** Longest whole message built from file content, in characters; longer ones end in an ellipsis. */
export const MAX_MESSAGE_CHARS = 400;

const NAMED_ESCAPES: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * C0 and C1 controls, DEL, the line and paragraph separators, and the Unicode bidi controls (ALM, LRM, RLM,
 * LRE…RLO, LRI…PDI): none of them may reach the reader raw.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/u;

function visible(char: string): string {
  if (!UNSAFE.test(char)) return char;
  return NAMED_ESCAPES[char] ?? `\\u${char.codePointAt(0)!.toString(16).padStart(4, '0')}`;
}

/**
 * `text` with every control character and bidi control escaped visibly (`\n`, `\u001b`, `\u202e`) and cut to
 * `maxChars` characters (escapes count at their escaped length), ending in `…` when cut. Never splits a
 * character or an escape.
 *
 * @example
 * safeFileText('bad\u001b[2Kid\nscs-sim: valid'); // 'bad\\u001b[2Kid\\nscs-sim: valid'
 * safeFileText('x'.repeat(5000), 10); // 'xxxxxxxxx…'
 */
export function safeFileText(text: string, maxChars: number = MAX_QUOTED_CHARS): string {
  const pieces = Array.from(text, visible);
  const full = pieces.join('');
  if (full.length <= maxChars) return full;
  let out = '';
  for (const piece of pieces) {
    if (out.length + piece.length > maxChars - 1) break;
    out += piece;
  }
  return `${out}…`;
}
