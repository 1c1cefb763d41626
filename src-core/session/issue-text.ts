/**
 * Turns a schema issue into the path and sentence a reader sees: unknown keys are named by their own path, and
 * every file-derived fragment is made safe (session/safe-text.ts).
 */
import type { z } from 'zod';
import { safeFileText } from './safe-text';

/**
 * The first problem of a failed parse, as a dotted path into the file and a message that already names it.
 * @example describeSchemaIssue(issue); // { path: 'programs.0.foo', message: 'unknown key "foo" at programs.0' }
 */
export interface SchemaIssueText {
  readonly path: string;
  readonly message: string;
}

const dotted = (path: readonly PropertyKey[]) => path.map((part) => safeFileText(String(part))).join('.');

/**
 * Describes `issue` (the first of a zod error) so the message names the field and the file's own key for an
 * unknown key ("unknown key "foo" at programs.0"), never an empty path. `mapPath` rewrites a path into the
 * file as written (a migrated file's older layout).
 *
 * @example
 * describeSchemaIssue(parsed.error.issues[0]).message; // 'field "programs.0.rateHz": must be a number in 2–10000 Hz, not 1e+308'
 */
export function describeSchemaIssue(
  issue: z.core.$ZodIssue | undefined,
  mapPath: (path: string) => string = (path) => path,
): SchemaIssueText {
  if (!issue) return { path: '', message: 'the file does not match the format' };
  const at = mapPath(dotted(issue.path));
  if (issue.code === 'unrecognized_keys') {
    const [first = '', ...others] = issue.keys;
    const key = safeFileText(first);
    const more = others.length > 0 ? ` (and ${others.length} more)` : '';
    return {
      path: at ? `${at}.${key}` : key,
      message: `unknown key "${key}"${more} at ${at || 'the top level'}`,
    };
  }
  return { path: at, message: `field "${at || '(top level)'}": ${safeFileText(issue.message, 200)}` };
}
