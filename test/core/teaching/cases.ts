import { readdirSync, readFileSync } from 'node:fs';
import { parseCase, type TeachingCase } from '../../../src-core';

/** The case library's folder, as the app and the CLI ship it. */
export const CASES_DIR = 'resources/cases';

/** Every case file's name and text. */
export function caseFiles(): { name: string; text: string }[] {
  return readdirSync(CASES_DIR)
    .filter((name) => name.endsWith('.case.json'))
    .sort()
    .map((name) => ({ name, text: readFileSync(`${CASES_DIR}/${name}`, 'utf8') }));
}

/** A library case, parsed (throws with the parser's message if it is refused). */
export function loadCase(name: string): TeachingCase {
  const result = parseCase(readFileSync(`${CASES_DIR}/${name}`, 'utf8'));
  if (!result.ok) throw new Error(`${name}: ${result.error}`);
  return result.case;
}

/** A parsed copy of the JSON of the library case `id`, to mutate in refusal tests. */
export const caseJson = (id: string): Record<string, unknown> =>
  JSON.parse(readFileSync(`${CASES_DIR}/${id}.case.json`, 'utf8')) as Record<string, unknown>;
