import { describe, expect, it } from 'vitest';
import { type PatientAnatomy } from '../../src-core';
import {
  centredIndexOf,
  feltAt,
  fibreMeans,
  firstFelt,
  indexOf,
  perceptionVia,
  recruitedColumnFibres,
  sample,
  segmentsUnderLead,
  singleLead,
  thresholdsOf,
  withDcsfMm,
  withPatientId,
} from './helpers';

// The spatial relations of issue 10, each on the grid its source used. None was tuned: where one fails the physics
// needs understanding (docs/physics.md). Every case builds a fibre population and its fields: seconds each.
const SLOW = 180_000;

const isCervicalLimb = (dermatome: string) => /^(C5|C6|C7|C8)$/.test(dermatome);
const isLeg = (dermatome: string) => /^(L[1-5]|S[1-5])$/.test(dermatome);

describe('validation: the canal as it really is (issue 10)', () => {
  it(
    'a C4–C5 midline lead is felt first in the hand, forearm and upper arm (C5–C8), not the legs (He, Barolat et al. 1994)',
    () => {
      const index = indexOf(singleLead({ tipLevel: 'C4', cathode: 2, anodes: [1, 3] }));
      const first = firstFelt(index);
      expect(first.length).toBeGreaterThan(0);
      expect(first.every((r) => isCervicalLimb(r.dermatome))).toBe(true);
      const comfortable = feltAt(index, thresholdsOf(index).comfortMa).regions;
      expect(comfortable.some((r) => isLeg(r.dermatome))).toBe(false);
    },
    SLOW,
  );

  it(
    'a T10 lead 2–3 mm lateral has a lower perception threshold than a midline one and is felt first on its side, segmentally (Holsheimer & Wesselink 1997; Struijk 1993)',
    () => {
      const midline = indexOf(singleLead({ tipLevel: 'T10' }));
      for (const lateralMm of [2, 3]) {
        const restored = singleLead({ tipLevel: 'T10', lateralMm });
        const lateral = indexOf(restored);
        expect(thresholdsOf(lateral).perceptionMa).toBeLessThan(thresholdsOf(midline).perceptionMa);
        const first = firstFelt(lateral);
        expect(new Set(first.map((r) => r.side))).toEqual(new Set(['left'])); // + lateral = the patient's left
        // Segmental: the segments whose roots enter under the lead (±1). At 3 mm through the root itself; at 2 mm
        // root and entering column fibres are within a few % and the seed decides.
        const segments = segmentsUnderLead(restored);
        expect(first.every((r) => segments.includes(r.dermatome))).toBe(true);
        if (lateralMm === 3) expect(first.every((r) => r.via === 'dorsalRoot')).toBe(true);
      }
      const legs = feltAt(midline, thresholdsOf(midline).comfortMa).regions.filter(
        (r) => r.via === 'dorsalColumn' && isLeg(r.dermatome),
      );
      expect(new Set(legs.map((r) => r.side))).toEqual(new Set(['left', 'right']));
    },
    SLOW,
  );

  it(
    'the root-to-column threshold ratio falls as dorsal CSF grows from 2 to 7 mm and is below 1 at 7 mm (Holsheimer 2002; He 1994)',
    () => {
      const lead = singleLead({ tipLevel: 'T10' });
      const ratio = (dcsfMm: number) => {
        const index = indexOf(lead, { patient: withDcsfMm(lead, dcsfMm) });
        return perceptionVia(index, 'dorsalRoot') / perceptionVia(index, 'dorsalColumn');
      };
      const ratios = [2, 3, 4, 5, 6, 7].map(ratio);
      for (let i = 1; i < ratios.length; i++) expect(ratios[i]).toBeLessThan(ratios[i - 1]! * 1.02);
      expect(ratios[0]).toBeGreaterThan(1.2); // thin CSF: the columns win clearly
      // On the wide lumbar-enlargement cord the crossing below 1 lies at 6–7 mm (0.98–1.03 at 6 mm by seed, 0.94–0.98
      // at 7 mm): the entry zone lies 3.5 mm lateral and 1 mm ventral of the cord's top (docs/physics.md, limits).
      expect(ratios[5]).toBeLessThan(ratios[0]! / 1.2);
      expect(ratios[5]).toBeLessThan(1); // 7 mm: the roots are felt first
    },
    SLOW,
  );

  it(
    'at mid-thoracic levels, where dorsal CSF is thickest, the roots win once dCSF reaches 6–7 mm (Holsheimer & Barolat 1998; He 1994)',
    () => {
      // The thick mid-thoracic CSF (≈6 mm at T5–T6 supine, Holsheimer 1994) is where segmental root paresthesia
      // limits SCS clinically. At T10–T12 the model's crossing comes later (docs/physics.md, limits).
      for (const tipLevel of ['T5', 'T6'] as const) {
        const lead = singleLead({ tipLevel });
        for (const dcsfMm of [6, 7]) {
          const index = indexOf(lead, { patient: withDcsfMm(lead, dcsfMm) });
          expect(perceptionVia(index, 'dorsalRoot')).toBeLessThan(perceptionVia(index, 'dorsalColumn'));
          expect(firstFelt(index).every((r) => r.via === 'dorsalRoot')).toBe(true);
        }
        const thin = indexOf(lead, { patient: withDcsfMm(lead, 2) });
        expect(perceptionVia(thin, 'dorsalRoot')).toBeGreaterThan(perceptionVia(thin, 'dorsalColumn'));
      }
    },
    SLOW,
  );

  it(
    'raising the pulse width 90 → 450 µs adds dorsal-column fibres that are smaller, more medial and from more caudal segments (Holsheimer et al. 2011; Lee et al. 2011)',
    () => {
      // The published grid: 90 and 450 µs, each at its own comfortable amplitude, passive recharge as in the
      // stimulators of those studies; lead tips over T8, T9 and T10. Smaller holds at every level; medial and caudal
      // are a mean shift over the levels, since a level adds only a few weighted fibres (docs/physics.md, limits).
      const shifts = (['T8', 'T9', 'T10'] as const).map((tipLevel) => {
        const recruitedAtComfort = (pulseWidthUs: number) => {
          const lead = singleLead({ tipLevel, pulseWidthUs, recharge: 'passive' });
          return { lead, fibres: recruitedColumnFibres(lead, thresholdsOf(centredIndexOf(lead)).comfortMa) };
        };
        const short = recruitedAtComfort(90);
        const long = recruitedAtComfort(450);
        const added = [...long.fibres].filter((f) => !short.fibres.has(f));
        const kept = [...long.fibres].filter((f) => short.fibres.has(f));
        expect(added.length).toBeGreaterThan(0);
        const [addedMeans, keptMeans] = [added, kept].map((fibres) => fibreMeans(long.lead, fibres));
        expect(addedMeans!.diameterUm).toBeLessThan(keptMeans!.diameterUm);
        return {
          medialMm: keptMeans!.fromMidlineMm - addedMeans!.fromMidlineMm,
          caudalSegments: addedMeans!.dermatomeIndex - keptMeans!.dermatomeIndex,
        };
      });
      const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
      expect(mean(shifts.map((s) => s.medialMm))).toBeGreaterThan(0);
      expect(mean(shifts.map((s) => s.caudalSegments))).toBeGreaterThan(0);
    },
    SLOW,
  );

  it(
    'the usage range is 1.3–2.0 for bipoles and tripoles, about the same across them, and narrower with thicker CSF (Holsheimer et al. 2011; Holsheimer & Barolat 1998)',
    () => {
      const configurations = [
        { cathode: 3, anodes: [4] }, // bipole
        { cathode: 4, anodes: [3] }, // reversed bipole
        { cathode: 3, anodes: [2, 4] }, // guarded tripole
        { cathode: 2, anodes: [1, 3] }, // tripole one contact up
      ];
      const usageRange = (restored: ReturnType<typeof singleLead>, patient?: PatientAnatomy) => {
        const t = thresholdsOf(indexOf(restored, patient ? { patient } : {}));
        return t.discomfortMa / t.perceptionMa;
      };
      const nominal = configurations.map((c) => usageRange(singleLead({ tipLevel: 'T9', ...c })));
      for (const range of nominal) {
        expect(range).toBeGreaterThanOrEqual(1.3);
        expect(range).toBeLessThanOrEqual(2.0);
      }
      expect(Math.max(...nominal) / Math.min(...nominal)).toBeLessThan(1.25);
      const bipole = singleLead({ tipLevel: 'T9', cathode: 3, anodes: [4] });
      const [thin, thick] = [3, 6.5].map((dcsfMm) => usageRange(bipole, withDcsfMm(bipole, dcsfMm)));
      expect(thick).toBeLessThan(thin!);
    },
    SLOW,
  );

  it(
    'perception threshold rises with dCSF, is lower supine than prone, and thoracic leads are more posture-sensitive than cervical (He 1994; Cameron & Alo 1998)',
    () => {
      const thoracic = singleLead({ tipLevel: 'T9' });
      const pt = [2, 3, 4, 5, 6, 7].map(
        (dcsfMm) => thresholdsOf(indexOf(thoracic, { patient: withDcsfMm(thoracic, dcsfMm) })).perceptionMa,
      );
      for (let i = 1; i < pt.length; i++) expect(pt[i]).toBeGreaterThan(pt[i - 1]!);
      const cervical = singleLead({ tipLevel: 'C4', cathode: 2, anodes: [1, 3] });
      const postureRatio = (restored: typeof thoracic) =>
        thresholdsOf(indexOf(restored, { posture: 'prone' })).perceptionMa /
        thresholdsOf(indexOf(restored, { posture: 'supine' })).perceptionMa;
      expect(postureRatio(thoracic)).toBeGreaterThan(1);
      expect(postureRatio(cervical)).toBeGreaterThan(1);
      expect(postureRatio(thoracic)).toBeGreaterThan(postureRatio(cervical));
    },
    SLOW,
  );

  it(
    'the perception threshold changes by at most 3 % across patient seeds for the same anatomy',
    () => {
      for (const restored of [singleLead({ tipLevel: 'T9' }), sample('cervical-arm-pain')]) {
        const pt = [1, 2, 3, 4, 5, 6].map(
          (seed) => thresholdsOf(indexOf(withPatientId(restored, `seed-${seed}`))).perceptionMa,
        );
        const mean = pt.reduce((a, b) => a + b, 0) / pt.length;
        for (const value of pt) expect(Math.abs(value - mean) / mean).toBeLessThanOrEqual(0.03);
      }
    },
    SLOW,
  );
});
