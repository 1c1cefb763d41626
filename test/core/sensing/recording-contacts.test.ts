import { describe, expect, it } from 'vitest';
import { defaultRecordingContacts } from '../../../src-core';
import { sampleSession } from './ecap-helpers';

const tonic = sampleSession('tonic-leg-pain.scs.json');
const area = tonic.session.programs[tonic.session.activeProgram]!.areas[0]!;
type Contacts = typeof area.contacts;
const withContacts = (contacts: Contacts) => ({ ...area, contacts });

describe('the default recording contacts', () => {
  it('are the two contacts just past the active ones, rostral when both sides have room', () => {
    // Cathode 3, anode 4 on an 8-contact lead: 0–2 rostral and 5–7 caudal are free.
    expect(defaultRecordingContacts(area, tonic.implant)).toEqual({ recording: 2, reference: 1 });
  });

  it('go to the side with more free contacts', () => {
    const low = withContacts([
      { electrode: 1, polarity: 'cathode', fractionPct: 100 },
      { electrode: 2, polarity: 'anode', fractionPct: 100 },
    ]);
    expect(defaultRecordingContacts(low, tonic.implant)).toEqual({ recording: 3, reference: 4 });
  });

  it('are refused when neither side of the active contacts has two free contacts', () => {
    const wide = withContacts([
      { electrode: 1, polarity: 'cathode', fractionPct: 100 },
      { electrode: 6, polarity: 'anode', fractionPct: 100 },
    ]);
    expect(() => defaultRecordingContacts(wide, tonic.implant)).toThrow(/no two free contacts/);
  });
});
