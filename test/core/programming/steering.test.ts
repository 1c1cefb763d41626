import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyEdit,
  createNewSession,
  defaultCatalogue,
  resolveImplant,
  mA,
  steerContacts,
  type ContactSetting,
  type ElectrodeRef,
  type ResolvedImplant,
  type Session,
  type SteerDirection,
} from '../../../src-core';
import { type Polarity } from '../../../src-core/program/types';
import { bipole, makeImplant } from '../helpers/device-builders';

const oneLead = makeImplant();
const staggered = makeImplant({ leads: [{ lateralMm: 1.5 }, { lateralMm: -1.5, offsetMm: 8 }] });
const sideBySide = makeImplant({ leads: [{ lateralMm: 2 }, { lateralMm: -2 }] });
const paddle = makeImplant({ leads: [{ modelId: 'paddle-5-6-5' }] });
const singleSource = makeImplant({ ipg: { currentSources: 'single' } });
const implants = { oneLead, staggered, sideBySide, paddle, singleSource } as const;

const c = (electrode: ElectrodeRef, polarity: Polarity, fractionPct: number): ContactSetting => ({
  electrode,
  polarity,
  fractionPct,
});
/** Contacts as a comparable set (order of listing does not matter to the device). */
const normal = (contacts: readonly ContactSetting[]) =>
  [...contacts].map((x) => `${x.electrode}${x.polarity === 'cathode' ? '-' : '+'}${x.fractionPct}`).sort();
const sums = (contacts: readonly ContactSetting[]) =>
  (['cathode', 'anode'] as const).map((p) =>
    contacts.filter((x) => x.polarity === p).reduce((s, x) => s + x.fractionPct, 0),
  );

function steer(
  contacts: readonly ContactSetting[],
  implant: ResolvedImplant,
  direction: SteerDirection,
): ContactSetting[] {
  const result = steerContacts(contacts, implant, direction);
  if (!result.ok) throw new Error(result.reason);
  return result.contacts;
}

/** A random valid area on `contactCount` contacts: ≥ 1 cathode, anodes on the lead and/or the case, shares summing to 100. */
function arbitraryContacts(contactCount: number) {
  return fc
    .uniqueArray(
      fc.record({
        electrode: fc.integer({ min: 0, max: contactCount - 1 }),
        anode: fc.boolean(),
        weight: fc.integer({ min: 1, max: 9 }),
      }),
      {
        minLength: 1,
        maxLength: 6,
        selector: (x) => x.electrode,
      },
    )
    .chain((items) => fc.tuple(fc.constant(items), fc.boolean()))
    .map(([items, caseAnode]) => {
      const raw = items.map((x, i) => ({
        electrode: x.electrode as ElectrodeRef,
        polarity: (i === 0 || !x.anode ? 'cathode' : 'anode') as Polarity,
        weight: x.weight,
      }));
      if (caseAnode || !raw.some((x) => x.polarity === 'anode'))
        raw.push({ electrode: 'case', polarity: 'anode', weight: 5 });
      return (['cathode', 'anode'] as const).flatMap((p) => {
        const members = raw.filter((x) => x.polarity === p);
        const total = members.reduce((s, x) => s + x.weight, 0);
        const shares = members.map((x) => Math.round((x.weight / total) * 100_000) / 1000);
        shares[shares.length - 1] = Math.round((100 - shares.slice(0, -1).reduce((s, x) => s + x, 0)) * 1000) / 1000;
        return members.map((x, i) => c(x.electrode, p, shares[i]!));
      });
    });
}

describe('steering: fixed steps on independent current sources', () => {
  it('steers a cathode up in 10 % steps until it sits on the next contact', () => {
    let contacts: ContactSetting[] = [c(3, 'cathode', 100), c('case', 'anode', 100)];
    contacts = steer(contacts, oneLead, 'up');
    expect(normal(contacts)).toEqual(normal([c(3, 'cathode', 90), c(2, 'cathode', 10), c('case', 'anode', 100)]));
    for (let i = 0; i < 9; i++) contacts = steer(contacts, oneLead, 'up');
    expect(normal(contacts)).toEqual(normal([c(2, 'cathode', 100), c('case', 'anode', 100)]));
  });

  it('carries an adjacent anode along: bipole 3−/4+ steered up ten times becomes 2−/3+', () => {
    let contacts = bipole(3, 4);
    for (let i = 0; i < 9; i++) contacts = steer(contacts, oneLead, 'up');
    expect(normal(contacts)).toEqual(normal([c(2, 'cathode', 90), c(3, 'cathode', 10), c(4, 'anode', 100)]));
    contacts = steer(contacts, oneLead, 'up');
    expect(normal(contacts)).toEqual(normal(bipole(2, 3)));
  });

  it('moves an anode that does not touch the cathode in step with it (the bipole keeps its width)', () => {
    expect(normal(steer(bipole(3, 6), oneLead, 'down'))).toEqual(
      normal([c(3, 'cathode', 90), c(4, 'cathode', 10), c(6, 'anode', 90), c(7, 'anode', 10)]),
    );
  });

  it('steers right onto the other lead at about the same level (lead 2 is 8 mm lower, so contact 3 pairs with 10)', () => {
    const once = steer(bipole(3, 4), staggered, 'right');
    expect(normal(once)).toEqual(
      normal([c(3, 'cathode', 90), c(10, 'cathode', 10), c(4, 'anode', 90), c(11, 'anode', 10)]),
    );
  });

  it('refuses a step that would leave the lead, with the reason', () => {
    const result = steerContacts(bipole(0, 1), oneLead, 'up');
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/end of its lead/) });
    expect(steerContacts(bipole(3, 4), oneLead, 'left')).toMatchObject({ ok: false });
    expect(steerContacts([c('case', 'anode', 100)], oneLead, 'up')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/cathode/),
    });
  });

  it('on a single-source IPG moves every lead electrode one whole contact and asks for an amplitude reset', () => {
    const result = steerContacts([c(3, 'cathode', 100), c(4, 'anode', 50), c(5, 'anode', 50)], singleSource, 'up');
    expect(result).toMatchObject({ ok: true, resetsAmplitude: true });
    expect(result.ok && normal(result.contacts)).toEqual(
      normal([c(2, 'cathode', 100), c(3, 'anode', 50), c(4, 'anode', 50)]),
    );
  });
});

describe('whole-contact arrow steps on independent current sources', () => {
  it('move a bipole three contacts in three presses, keeping its split, and ask for an amplitude reset', () => {
    let contacts: ContactSetting[] = [c(5, 'cathode', 70), c(4, 'cathode', 30), c(6, 'anode', 100)];
    for (let i = 0; i < 3; i++) {
      const result = steerContacts(contacts, oneLead, 'up', 'wholeContact');
      expect(result).toMatchObject({ ok: true, resetsAmplitude: true });
      if (result.ok) contacts = result.contacts;
    }
    expect(normal(contacts)).toEqual(normal([c(2, 'cathode', 70), c(1, 'cathode', 30), c(3, 'anode', 100)]));
  });

  it('refuse a whole-contact step off the end of the lead, with the reason', () => {
    const result = steerContacts([c(0, 'cathode', 100), c(1, 'anode', 100)], oneLead, 'up', 'wholeContact');
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/end of its lead/) });
  });
});

describe('focus and spread', () => {
  it('walks the ladder guarded cathode → bipole → wider bipole and back', () => {
    const guarded = [c(2, 'anode', 50), c(3, 'cathode', 100), c(4, 'anode', 50)];
    const narrow = steer(guarded, oneLead, 'spread');
    expect(normal(narrow)).toEqual(normal(bipole(3, 4)));
    const wide = steer(narrow, oneLead, 'spread');
    expect(normal(wide)).toEqual(normal(bipole(3, 5)));
    expect(normal(steer(wide, oneLead, 'focus'))).toEqual(normal(narrow));
    expect(normal(steer(narrow, oneLead, 'focus'))).toEqual(normal(guarded));
    expect(steerContacts(guarded, oneLead, 'focus')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/guarded cathode/),
    });
  });

  it('guards a cathode split over two contacts above its top and below its bottom', () => {
    const split = [c(2, 'cathode', 20), c(3, 'cathode', 80), c(4, 'anode', 100)];
    const guarded = steer(split, oneLead, 'focus');
    expect(normal(guarded)).toEqual(
      normal([c(1, 'anode', 50), c(2, 'cathode', 20), c(3, 'cathode', 80), c(4, 'anode', 50)]),
    );
    expect(normal(steer(guarded, oneLead, 'spread'))).toEqual(normal(split));
  });

  it('focusing a monopolar field puts the anode next to the cathode instead of the case', () => {
    expect(normal(steer([c(3, 'cathode', 100), c('case', 'anode', 100)], oneLead, 'focus'))).toEqual(
      normal(bipole(3, 4)),
    );
  });

  it('changes polarities, so it resets the amplitude like any polarity change', () => {
    expect(steerContacts(bipole(3, 4), oneLead, 'focus')).toMatchObject({ ok: true, resetsAmplitude: true });
    expect(steerContacts(bipole(3, 4), oneLead, 'up')).toMatchObject({ ok: true, resetsAmplitude: false });
  });
});

describe('steering properties (fast-check, fixed seeds)', () => {
  const directions: SteerDirection[] = ['up', 'down', 'left', 'right', 'focus', 'spread'];

  it('keeps each polarity summing to 100 %, every share in (0, 100], and never yields NaN', () => {
    for (const [name, implant] of Object.entries(implants)) {
      fc.assert(
        fc.property(
          arbitraryContacts(implant.contacts.length),
          fc.array(fc.constantFrom(...directions), { maxLength: 30 }),
          (start, path) => {
            let contacts: readonly ContactSetting[] = start;
            for (const direction of path) {
              const result = steerContacts(contacts, implant, direction);
              if (!result.ok) continue;
              contacts = result.contacts;
              const [cathodes, anodes] = sums(contacts);
              expect(Math.abs(cathodes! - 100), name).toBeLessThan(1e-9);
              expect(Math.abs(anodes! - 100), name).toBeLessThan(1e-9);
              for (const x of contacts)
                expect(x.fractionPct > 0 && x.fractionPct <= 100, `${name}: ${JSON.stringify(x)}`).toBe(true);
              expect(new Set(contacts.map((x) => x.electrode)).size).toBe(contacts.length);
            }
          },
        ),
        { seed: 61_001, numRuns: 150 },
      );
    }
  });

  /** Bipoles, guarded cathodes and monopolar fields on one lead: the configurations programmers steer. */
  const usual = fc
    .record({
      cathode: fc.integer({ min: 0, max: 7 }),
      kind: fc.constantFrom('bipole-below', 'bipole-above', 'wide', 'guarded', 'case'),
    })
    .map(({ cathode, kind }): ContactSetting[] => {
      const k = cathode;
      if (kind === 'case') return [c(k, 'cathode', 100), c('case', 'anode', 100)];
      if (kind === 'guarded') return [c(k - 1, 'anode', 50), c(k, 'cathode', 100), c(k + 1, 'anode', 50)];
      return bipole(k, kind === 'bipole-above' ? k - 1 : kind === 'wide' ? k + 2 : k + 1);
    })
    .filter((contacts) => contacts.every((x) => x.electrode === 'case' || (x.electrode >= 0 && x.electrode <= 7)));

  it('a step up then down (or left then right) returns to where it started', () => {
    const opposite = { up: 'down', down: 'up', left: 'right', right: 'left' } as const;
    const cases = [
      [oneLead, ['up', 'down']],
      [sideBySide, ['up', 'down', 'left', 'right']],
    ] as const;
    for (const [implant, moves] of cases) {
      fc.assert(
        fc.property(usual, fc.array(fc.constantFrom(...moves), { maxLength: 40 }), (start, walk) => {
          let contacts: readonly ContactSetting[] = start;
          for (const direction of walk) {
            const next = steerContacts(contacts, implant, direction);
            if (!next.ok) continue;
            const back = steerContacts(next.contacts, implant, opposite[direction]);
            expect(back.ok && normal(back.contacts)).toEqual(normal(contacts));
            contacts = next.contacts;
          }
        }),
        { seed: 61_002, numRuns: 300 },
      );
    }
  });

  it('is left–right mirror symmetric: steering left equals mirroring, steering right and mirroring back', () => {
    // sideBySide: lead 1 (contacts 0–7) at 2 mm left, lead 2 (8–15) at 2 mm right, same level.
    const mirror = (contacts: readonly ContactSetting[]) =>
      contacts.map((x) =>
        x.electrode === 'case' ? x : { ...x, electrode: x.electrode < 8 ? x.electrode + 8 : x.electrode - 8 },
      );
    fc.assert(
      fc.property(arbitraryContacts(16), fc.constantFrom<SteerDirection>(...directions), (start, direction) => {
        const flipped: SteerDirection = direction === 'left' ? 'right' : direction === 'right' ? 'left' : direction;
        const a = steerContacts(start, sideBySide, direction);
        const b = steerContacts(mirror(start), sideBySide, flipped);
        expect(a.ok).toBe(b.ok);
        if (a.ok && b.ok) expect(normal(mirror(b.contacts))).toEqual(normal(a.contacts));
      }),
      { seed: 61_003, numRuns: 400 },
    );
  });
});

describe('the steer edit', () => {
  const at = { program: 0, area: 0 };
  function bipoleSession(amplitude: number): Session {
    let s = createNewSession();
    s = applyEdit(s, { kind: 'setContactState', ...at, electrode: 3, state: 'cathode' });
    s = applyEdit(s, { kind: 'setContactState', ...at, electrode: 4, state: 'anode' });
    return applyEdit(s, { kind: 'setAmplitude', ...at, amplitudeMa: mA(amplitude) });
  }
  const area = (s: Session) => s.programs[0]!.areas[0]!;
  function implantOf(s: Session): ResolvedImplant {
    const resolved = resolveImplant(s.hardware, defaultCatalogue());
    if (!resolved.ok) throw new Error(resolved.error);
    return resolved.implant;
  }

  it('keeps the amplitude when a share of the current moves, resets it when focus changes polarities', () => {
    const s = bipoleSession(4);
    const implant = implantOf(s);
    const up = applyEdit(s, { kind: 'steer', ...at, direction: 'up', implant });
    expect(area(up)).toMatchObject({ amplitudeMa: 4 });
    expect(normal(area(up).contacts)).toEqual(normal([c(3, 'cathode', 90), c(2, 'cathode', 10), c(4, 'anode', 100)]));
    expect(area(applyEdit(s, { kind: 'steer', ...at, direction: 'focus', implant })).amplitudeMa).toBe(0);
  });

  it('leaves the session untouched when the step is refused', () => {
    const s = bipoleSession(4);
    const implant = implantOf(s);
    const moved = applyEdit(applyEdit(s, { kind: 'setContactState', ...at, electrode: 3, state: 'off' }), {
      kind: 'setContactState',
      ...at,
      electrode: 0,
      state: 'cathode',
    });
    expect(applyEdit(moved, { kind: 'steer', ...at, direction: 'up', implant })).toBe(moved);
  });
});
