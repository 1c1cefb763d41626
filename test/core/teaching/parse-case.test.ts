import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CASE_FORMAT_VERSION, MAX_CASE_TEXT_CHARS, parseCase } from '../../../src-core';
import { unsafeCodePoints } from '../session/printable';
import { caseJson } from './cases';

type Json = Record<string, unknown>;
const path = (...parts: (string | number)[]) => parts;

/** Sets `value` at `at` in a parsed file (test data, so the path is trusted); undefined removes the key. */
function setAt(file: Json, at: readonly (string | number)[], value: unknown): Json {
  const parent = at.slice(0, -1).reduce<Json>((node, key) => node[key] as Json, file);
  if (value === undefined) delete parent[at.at(-1)!];
  else parent[at.at(-1)!] = value;
  return file;
}

const refusal = (file: unknown) => {
  const result = parseCase(typeof file === 'string' ? file : JSON.stringify(file));
  if (result.ok) throw new Error('expected the case to be refused');
  return result;
};

describe('parseCase refuses a bad case, naming the field', () => {
  it.each([
    ['difficulty 6', 'fbss-left-leg', path('difficulty'), 6, 'difficulty'],
    ['difficulty 2.5', 'fbss-left-leg', path('difficulty'), 2.5, 'difficulty'],
    ['an unknown curriculum level', 'fbss-left-leg', path('level'), 'expert', 'level'],
    ['no objectives', 'fbss-left-leg', path('objectives'), [], 'objectives'],
    ['an id with spaces', 'fbss-left-leg', path('id'), 'Left leg', 'id'],
    ['an empty pain drawing', 'fbss-left-leg', path('patient', 'painMap'), [], 'patient.painMap'],
    [
      'a pain region on no side',
      'fbss-left-leg',
      path('patient', 'painMap', 0, 'side'),
      'middle',
      'patient.painMap.0.side',
    ],
    ['a story of 3000 characters', 'fbss-left-leg', path('patient', 'story'), 'x'.repeat(3000), 'patient.story'],
    ['dCSF scale 5', 'posture-sensitive', path('hidden', 'anatomy', 'dcsfScale'), 5, 'hidden.anatomy.dcsfScale'],
    [
      'a lead 20 mm lateral',
      'fbss-left-leg',
      path('implant', 'leads', 0, 'placement', 'lateralMm'),
      20,
      'implant.leads.0.placement.lateralMm',
    ],
    [
      'an unknown lead model',
      'fbss-left-leg',
      path('implant', 'leads', 0, 'modelId'),
      'perc-99',
      'implant.leads.0.modelId',
    ],
    ['an unknown IPG', 'fbss-left-leg', path('implant', 'ipgId'), 'ipg-none', 'implant.ipgId'],
    ['a fault on contact 40', 'open-contact', path('implant', 'faults', 0, 'contact'), 40, 'implant.faults.0'],
    ['coverage goal 150 %', 'fbss-left-leg', path('success', 1, 'minPct'), 150, 'success.1.minPct'],
    ['an unknown criterion', 'fbss-left-leg', path('success', 0), { kind: 'happy' }, 'success.0.kind'],
    ['relief after 30 days', 'paresthesia-free-10khz', path('success', 1, 'afterMin'), 43_200, 'success.1.afterMin'],
    ['no criteria', 'fbss-left-leg', path('success'), [], 'success'],
    ['no implant in a programming case', 'fbss-left-leg', path('implant'), undefined, 'implant'],
    [
      'a starting amplitude of 99 mA',
      'migrated-lead',
      path('startingPrograms', 0, 'areas', 0, 'amplitudeMa'),
      99,
      'startingPrograms.0.areas.0.amplitudeMa',
    ],
    [
      'a starting program on contact 20 of 16',
      'migrated-lead',
      path('startingPrograms', 0, 'areas', 0, 'contacts', 0, 'electrode'),
      20,
      'startingPrograms.0.areas.0.contacts.0.electrode',
    ],
    [
      'a correct answer not offered',
      'candidate-cancer-pain',
      path('candidateSelection', 'correct'),
      'medialBranchBlockRfa',
      'candidateSelection.correct',
    ],
    [
      'an SCS answer without a trial',
      'candidate-psps-trial',
      path('candidateSelection', 'trial'),
      undefined,
      'candidateSelection.trial',
    ],
    ['a decision-only case with goals', 'candidate-facet-pain', path('success'), [{ kind: 'comfortable' }], 'success'],
    ['an unknown key', 'fbss-left-leg', path('hidden', 'answer'), 42, 'hidden.answer'],
    [
      'a faulty-contact goal without a fault',
      'fbss-left-leg',
      path('success', 0),
      { kind: 'avoidsFaultyContacts' },
      'success.0',
    ],
    [
      'a longevity goal on a rechargeable IPG',
      'fbss-left-leg',
      path('success', 0),
      { kind: 'longevity', minLongevityYears: 5 },
      'success.0',
    ],
    [
      'an energy goal on a primary-cell IPG',
      'paddle-laminectomy',
      path('success', 0),
      { kind: 'energy', maxRechargeMinPerDay: 30 },
      'success.0',
    ],
  ])('%s', (_what, name, at, value, expected) => {
    const result = refusal(setAt(caseJson(name), at, value));
    expect(result.path).toBe(expected);
    // The message names the field: by its full path, or an unknown key by its name and where it is.
    const [key, ...up] = expected.split('.').reverse();
    expect(result.error).toMatch(
      result.error.includes('unknown key') ? `unknown key "${key}" at ${up.reverse().join('.')}` : `"${expected}"`,
    );
    expect(unsafeCodePoints(result.error)).toEqual([]);
  });

  it('refuses an option offered twice', () => {
    const file = caseJson('candidate-facet-pain');
    const options = (file.candidateSelection as Json).options as Json[];
    options.push({ ...options[0] });
    expect(refusal(file).path).toBe('candidateSelection.options');
  });

  it('refuses a session file, text that is not JSON, a newer version and an oversized file', () => {
    expect(refusal({ format: 'scs-sim-session', version: 2 }).path).toBe('format');
    expect(refusal('{"format": ').error).toMatch(/not valid JSON/);
    expect(refusal(setAt(caseJson('fbss-left-leg'), ['version'], CASE_FORMAT_VERSION + 1)).error).toMatch(
      /newer version/,
    );
    expect(refusal(setAt(caseJson('fbss-left-leg'), ['version'], 'one')).path).toBe('version');
    expect(refusal(' '.repeat(MAX_CASE_TEXT_CHARS + 1)).error).toMatch(/too large/);
  });

  it('escapes control and bidi characters quoted from the file', () => {
    const result = refusal(setAt(caseJson('fbss-left-leg'), ['hidden', 'x\u202e\u0007'], 1));
    expect(unsafeCodePoints(result.error)).toEqual([]);
    expect(unsafeCodePoints(result.path)).toEqual([]);
  });
});

describe('bounds of a case', () => {
  const withValue = (at: readonly (string | number)[], value: unknown) =>
    parseCase(JSON.stringify(setAt(caseJson('fbss-left-leg'), at, value))).ok;

  it('accepts exactly the whole difficulties 1–5', () => {
    fc.assert(
      fc.property(fc.double({ min: -10, max: 10, noNaN: true }), (d) => {
        expect(withValue(['difficulty'], d)).toBe(Number.isInteger(d) && d >= 1 && d <= 5);
      }),
      { seed: 13, numRuns: 200 },
    );
  });

  it('accepts coverage goals exactly from 0 to 100 %', () => {
    fc.assert(
      fc.property(fc.double({ min: -50, max: 150, noNaN: true }), (pct) => {
        expect(withValue(['success', 1, 'minPct'], pct)).toBe(pct >= 0 && pct <= 100);
      }),
      { seed: 14, numRuns: 200 },
    );
  });

  it('accepts a lead placement only inside the session file’s lateral range', () => {
    fc.assert(
      fc.property(fc.double({ min: -30, max: 30, noNaN: true }), (lateralMm) => {
        expect(withValue(['implant', 'leads', 0, 'placement', 'lateralMm'], lateralMm)).toBe(Math.abs(lateralMm) <= 12);
      }),
      { seed: 15, numRuns: 200 },
    );
  });
});
