import { MAX_SESSION_FILE_BYTES } from '../../electron/ipc-contract';

/**
 * Deepest nesting of objects and arrays a session file may have. Real files nest about six levels
 * (session → programs → areas → contacts → …); the margin allows for future fields, while a file
 * nested thousands deep (which makes parsers and validators recurse and stall) is refused unread.
 */
export const MAX_SESSION_FILE_DEPTH = 32;

/** Whether file text may be parsed at all, and if not, why, in words for the user. */
export type SessionFileCheck = { readonly ok: true } | { readonly ok: false; readonly error: string };

const MEGABYTE = 1024 * 1024;

function utf8ByteLength(text: string): number {
  // Every UTF-16 code unit encodes to 1–3 UTF-8 bytes, so most texts are decided without encoding.
  if (text.length * 3 <= MAX_SESSION_FILE_BYTES) return text.length;
  return new TextEncoder().encode(text).byteLength;
}

/**
 * Checks size and nesting depth in one pass over the characters, without parsing (brackets inside
 * strings do not count). Runs before `JSON.parse`, so a hostile file costs one linear scan.
 * @example checkSessionFileText('[[[]]]').ok // true
 */
export function checkSessionFileText(text: string): SessionFileCheck {
  const bytes = utf8ByteLength(text);
  if (bytes > MAX_SESSION_FILE_BYTES) {
    return {
      ok: false,
      error: `The file is too large to be a session file (${(bytes / MEGABYTE).toFixed(1)} MB; the limit is ${MAX_SESSION_FILE_BYTES / MEGABYTE} MB).`,
    };
  }
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === 0x5c /* \ */) index += 1;
      else if (code === 0x22 /* " */) inString = false;
    } else if (code === 0x22) inString = true;
    else if (code === 0x7b /* { */ || code === 0x5b /* [ */) {
      depth += 1;
      if (depth > MAX_SESSION_FILE_DEPTH) {
        return {
          ok: false,
          error: `The file is nested too deeply to be a session file (more than ${MAX_SESSION_FILE_DEPTH} levels of brackets).`,
        };
      }
    } else if (code === 0x7d /* } */ || code === 0x5d /* ] */) depth -= 1;
  }
  return { ok: true };
}
