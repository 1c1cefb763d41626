import { describe, expect, it } from 'vitest';
import { feltAt, indexOf, mostCaudal, sample, singleLead, thresholdsOf, withDcsfScale } from './helpers';
import { weissFit } from '../../src-core';

// Each test reproduces a published relationship. None of the model's constants was tuned to make one pass: where a
// test fails, the physics needs understanding, not a parameter nudge (docs/physics.md).

describe('validation: published relationships', () => {
  it('perception threshold rises with dorsal CSF thickness (He et al. 1994; Holsheimer et al. 1995)', () => {
    const session = singleLead({ tipLevel: 'T9' });
    const pt = [0.6, 1, 1.4].map(
      (scale) => thresholdsOf(indexOf(session, { patient: withDcsfScale(scale) })).perceptionMa,
    );
    expect(pt[0]).toBeLessThan(pt[1]!);
    expect(pt[1]).toBeLessThan(pt[2]!);
  }, 60_000);

  it('perception threshold is lowest lying on the back and higher prone (Cameron & Alo 1998; Holsheimer 1994)', () => {
    const session = singleLead({ tipLevel: 'T9' });
    const supine = thresholdsOf(indexOf(session, { posture: 'supine' })).perceptionMa;
    const prone = thresholdsOf(indexOf(session, { posture: 'prone' })).perceptionMa;
    expect(supine).toBeLessThan(prone);
  }, 60_000);

  it('the usage range (discomfort ÷ perception) falls as dCSF grows and is narrow for a lateral lead (Holsheimer & Barolat 1998)', () => {
    const midline = singleLead({ tipLevel: 'T9' });
    const usageRange = (index: ReturnType<typeof indexOf>) => {
      const t = thresholdsOf(index);
      return t.discomfortMa / t.perceptionMa;
    };
    const thin = usageRange(indexOf(midline, { patient: withDcsfScale(0.6) }));
    const nominal = usageRange(indexOf(midline));
    const thick = usageRange(indexOf(midline, { patient: withDcsfScale(1.5) }));
    expect(thin).toBeGreaterThan(thick);
    expect(nominal).toBeGreaterThan(1.2); // typical clinical usage range 1.3–2.0 [R]
    expect(nominal).toBeLessThan(2.5);
    expect(usageRange(indexOf(singleLead({ tipLevel: 'T9', lateralMm: 4 })))).toBeLessThan(nominal);
  }, 60_000);

  it('a lateral lead gives unilateral, segmental (dorsal-root) paresthesia first (Holsheimer & Wesselink 1997)', () => {
    const index = indexOf(singleLead({ tipLevel: 'T9', lateralMm: 4 }));
    const first = feltAt(index, thresholdsOf(index).perceptionMa).regions.filter((r) => r.intensity > 0);
    expect(first.length).toBeGreaterThan(0);
    expect(new Set(first.map((r) => r.side))).toEqual(new Set(['left'])); // + lateral = patient's left
    expect(first.some((r) => r.via === 'dorsalRoot')).toBe(true);
  }, 60_000);

  it('a midline lead at T9–T10 brings paresthesia to both legs (He, Barolat et al. 1994)', () => {
    const index = indexOf(singleLead({ tipLevel: 'T9', cathode: 3, anodes: [2, 4] }));
    const comfort = thresholdsOf(index).comfortMa;
    const felt = feltAt(index, comfort).regions.filter((r) => r.intensity > 0 && r.via === 'dorsalColumn');
    const legs = felt.filter((r) => /^(L[2-5]|S1|S2)$/.test(r.dermatome));
    expect(new Set(legs.map((r) => r.side))).toEqual(new Set(['left', 'right']));
  }, 60_000);

  it('a longer pulse width extends paresthesia caudally at the same relative intensity (Holsheimer et al. 2011; Yearwood et al. 2010)', () => {
    const short = indexOf(singleLead({ tipLevel: 'T9', pulseWidthUs: 90 }));
    const long = indexOf(singleLead({ tipLevel: 'T9', pulseWidthUs: 450 }));
    const at = (index: typeof short) => feltAt(index, 1.4 * thresholdsOf(index).perceptionMa);
    expect(mostCaudal(at(long))).toBeGreaterThanOrEqual(mostCaudal(at(short)));
  }, 60_000);

  // Measured with passive recharge (a monophasic stimulating phase). With the default active recharge (20 µs gap) the
  // model's chronaxie is ≈ 700 µs at thoracic leads: the immediate equal recharge cancels more of a short pulse for
  // the distant fibres such a lead reaches — the MRG cable's own behaviour (test/validation/programmed-waveforms.test.ts,
  // docs/physics.md limits), a disagreement with the clinic that is reported, not hidden by this choice.
  it('the strength–duration chronaxie of perception lies near the clinical range (Yearwood et al. 2010: 295 µs, 242–326)', () => {
    const widths = [60, 90, 150, 210, 300, 450, 1000];
    const pt = widths.map(
      (pw) => thresholdsOf(indexOf(singleLead({ tipLevel: 'T9', pulseWidthUs: pw, recharge: 'passive' }))).perceptionMa,
    );
    for (let i = 1; i < pt.length; i++) expect(pt[i]).toBeLessThan(pt[i - 1]!); // strength–duration emerges
    const fit = weissFit(widths.map((pulseWidthUs, i) => ({ pulseWidthUs, perceptionMa: pt[i]! })));
    const chronaxie = fit?.chronaxieUs ?? Number.NaN;
    expect(chronaxie).toBeGreaterThan(150);
    expect(chronaxie).toBeLessThan(500);
  }, 120_000);

  it('clinical 10 kHz amplitudes stay below large-fibre activation (Lempka et al. 2015: 0.5–5 mA)', () => {
    const hf = sample('hf10k-t9-t10');
    const index = indexOf(hf);
    expect(thresholdsOf(index).perceptionMa).toBeGreaterThan(5);
  }, 60_000);
});
