import { casePatientId, parseCase, type TeachingCase } from '../../src-core';

/** One bundled case file: the case, or why it cannot be offered (a broken file never reaches the store). */
export type CaseEntry =
  | { readonly file: string; readonly ok: true; readonly case: TeachingCase }
  | { readonly file: string; readonly ok: false; readonly error: string };

/** The case files' text, bundled into the renderer at build time (resources/cases/*.case.json). */
const CASE_TEXTS = import.meta.glob<string>('../../resources/cases/*.case.json', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** Parses case texts (by file name) with the core's `parseCase`, easiest first, the broken ones last. */
export function caseEntriesOf(texts: Readonly<Record<string, string>>): CaseEntry[] {
  const entries = Object.entries(texts).map(([path, text]): CaseEntry => {
    const file = path.split('/').at(-1) ?? path;
    const parsed = parseCase(text);
    return parsed.ok ? { file, ok: true, case: parsed.case } : { file, ok: false, error: parsed.error };
  });
  const rank = (e: CaseEntry) => (e.ok ? e.case.difficulty : 99);
  return entries.sort((a, b) => rank(a) - rank(b) || a.file.localeCompare(b.file));
}

/** Every bundled case, parsed once when the renderer loads (15 small files: a few ms). */
export const CASE_LIBRARY: readonly CaseEntry[] = caseEntriesOf(CASE_TEXTS);

/** The bundled case a session belongs to (by the patient id `caseToSession` gives it), if any. */
export function caseForPatientId(
  patientId: string,
  library: readonly CaseEntry[] = CASE_LIBRARY,
): TeachingCase | undefined {
  for (const entry of library) if (entry.ok && casePatientId(entry.case) === patientId) return entry.case;
  return undefined;
}

/** The case the guided first visit walks through: the easiest programming case of the library. */
export function guidedCaseId(library: readonly CaseEntry[] = CASE_LIBRARY): string | undefined {
  const programming = library.flatMap((e) => (e.ok && e.case.implant && !e.case.candidateSelection ? [e.case] : []));
  return programming.sort((a, b) => a.difficulty - b.difficulty)[0]?.id;
}
