import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  applyEdit,
  createNewSession,
  mA,
  restoreSession,
  serializeSession,
  sessionJsonSchema,
  type Session,
} from '../../../src-core';

const samplesDir = 'resources/sessions';
const sample = (name: string) => readFileSync(`${samplesDir}/${name}`, 'utf8');
const errorOf = (text: string) => {
  const result = restoreSession(text);
  if (result.ok) throw new Error('expected a failure');
  return result;
};

describe('restoring a session file', () => {
  const firstVisit = 'leg-pain-first-visit.scs.json';
  it.each(readdirSync(samplesDir).filter((name) => name !== firstVisit))(
    'loads the sample %s with deliverable programs',
    (name) => {
      const result = restoreSession(sample(name));
      expect(result.ok && result.programIssues).toEqual([]);
    },
  );

  it('loads the first-visit sample with nothing on the device and a program still to be set up', () => {
    const result = restoreSession(sample(firstVisit));
    if (!result.ok) throw new Error(result.error);
    expect(result.session.devicePrograms).toEqual([]);
    expect(result.programIssues.map((i) => i.path)).toContain('programs.0.areas.0.contacts');
  });

  it('round-trips a session through save and open', () => {
    const result = restoreSession(sample('tonic-leg-pain.scs.json'));
    if (!result.ok) throw new Error(result.error);
    const again = restoreSession(serializeSession(result.session));
    expect(again.ok && again.session).toEqual(result.session);
  });

  it('keeps tentative edits apart from what the device holds across save and open', () => {
    const result = restoreSession(sample('tonic-leg-pain.scs.json'));
    if (!result.ok) throw new Error(result.error);
    const edited = applyEdit(result.session, { kind: 'setAmplitude', program: 0, area: 0, amplitudeMa: mA(6.5) });
    const reopened = restoreSession(serializeSession(edited));
    if (!reopened.ok) throw new Error(reopened.error);
    expect(reopened.session.programs[0]!.areas[0]!.amplitudeMa).toBe(6.5);
    expect(reopened.session.devicePrograms[0]!.areas[0]!.amplitudeMa).toBe(5);
  });

  it('opens a new session saved before anything was programmed (nothing on the device yet)', () => {
    const result = restoreSession(serializeSession(createNewSession()));
    expect(result.ok && result.session.devicePrograms).toEqual([]);
    expect(result.ok && result.programIssues.map((i) => i.code)).toEqual(['no-cathode', 'no-anode']);
  });

  it('migrates a version-1 file, keeping its pulse parameters', () => {
    const v1 = {
      format: 'scs-sim-session',
      version: 1,
      program: { amplitudeMa: 3.5, pulseWidthUs: 450, rateHz: 60, interphaseGapUs: 20, recharge: 'passive' },
    };
    const result = restoreSession(JSON.stringify(v1));
    if (!result.ok) throw new Error(result.error);
    expect(result.fileVersion).toBe(1);
    const program = result.session.programs[0]!;
    expect(program).toMatchObject({ rateHz: 60, paradigm: { kind: 'tonic', recharge: 'passive' } });
    expect(program.areas[0]).toMatchObject({ amplitudeMa: 3.5, pulseWidthUs: 450 });
  });

  it('names the path of a bad field in a version-1 file', () => {
    expect(
      errorOf(JSON.stringify({ format: 'scs-sim-session', version: 1, program: { amplitudeMa: 'high' } })).error,
    ).toMatch(/program\.amplitudeMa/);
  });

  it('names the path of a bad field', () => {
    const file = JSON.parse(sample('burst-t9.scs.json'));
    file.programs[0].areas[0].contacts[1].polarity = 'negative';
    const failure = errorOf(JSON.stringify(file));
    expect(failure.path).toBe('programs.0.areas.0.contacts.1.polarity');
    expect(failure.error).toMatch(/field "programs\.0\.areas\.0\.contacts\.1\.polarity"/);
  });

  it('refuses an unknown lead model, naming it', () => {
    const file = JSON.parse(sample('burst-t9.scs.json'));
    file.hardware.leads[0].modelId = 'warp-drive';
    expect(errorOf(JSON.stringify(file))).toMatchObject({
      path: 'hardware.leads.0.modelId',
      error: expect.stringMatching(/Unknown lead model "warp-drive"/),
    });
  });

  it('refuses a file whose device program cannot be delivered', () => {
    const file = JSON.parse(sample('burst-t9.scs.json'));
    file.programs[0].rateHz = 1000;
    expect(errorOf(JSON.stringify(file)).error).toMatch(
      /stored on the device cannot be delivered.*programs\.0\.rateHz/,
    );
  });

  it('refuses a file from a newer version and says to update', () => {
    expect(errorOf(JSON.stringify({ format: 'scs-sim-session', version: 3 })).error).toMatch(
      /newer version.*Update the app/,
    );
  });

  it('never throws, whatever the input (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify({ format: 'scs-sim-session', version: 2, patient: v })),
        ),
        (text) => {
          const result = restoreSession(text);
          expect(typeof result.ok).toBe('boolean');
          if (!result.ok) expect(result.error.length).toBeGreaterThan(10);
        },
      ),
      { seed: 11, numRuns: 400 },
    );
  });

  it('round-trips random amplitude edits exactly (property)', () => {
    const base = restoreSession(sample('tonic-leg-pain.scs.json'));
    if (!base.ok) throw new Error(base.error);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 80 }), (tenths) => {
        const session: Session = applyEdit(base.session, {
          kind: 'setAmplitude',
          program: 0,
          area: 0,
          amplitudeMa: mA(tenths / 10),
        });
        const again = restoreSession(serializeSession(session));
        expect(again.ok && again.session).toEqual(session);
      }),
      { seed: 5, numRuns: 60 },
    );
  });
});

describe('the JSON Schema export', () => {
  it('describes the current version with its required top-level fields', () => {
    const schema = sessionJsonSchema() as { properties: Record<string, unknown>; required: string[] };
    expect(schema.required).toEqual(
      expect.arrayContaining(['format', 'version', 'patient', 'hardware', 'programs', 'activeProgram']),
    );
    expect(schema.properties.version).toMatchObject({ const: 2 });
  });
});
