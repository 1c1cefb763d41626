/**
 * The spatial relations of issue 10, measured on the model as it stands: one row per relation with the model's
 * figures, to put beside the published values. Run: `npx tsx scripts/measure-space-relations.ts`.
 */
import { DERMATOMES, NOMINAL_ANATOMY, mm, type PatientAnatomy, type Posture } from '../src-core';
import {
  centredIndexOf,
  feltAt,
  fibreMeans,
  indexOf,
  perceptionVia,
  recruitedColumnFibres,
  singleLead,
  thresholdsOf,
  withDcsfMm,
} from '../test/validation/helpers';

type Level = Parameters<typeof singleLead>[0]['tipLevel'];
const lead = (tipLevel: Level, extra: Omit<Parameters<typeof singleLead>[0], 'tipLevel'> = {}) =>
  singleLead({ tipLevel, ...extra });
const patientWith = (dcsfScale: number): PatientAnatomy => ({
  ...NOMINAL_ANATOMY,
  dcsfScale,
  cordLateralOffsetMm: mm(0),
});

function firstFelt(index: ReturnType<typeof indexOf>) {
  const pt = thresholdsOf(index).perceptionMa;
  return feltAt(index, pt * 1.0001)
    .regions.map((r) => `${r.dermatome}${r.side[0]}(${r.via === 'dorsalRoot' ? 'DR' : 'DC'})`)
    .join(' ');
}

function row(name: string, value: string) {
  console.log(`${name.padEnd(58)} ${value}`);
}

const t = (index: ReturnType<typeof indexOf>) => thresholdsOf(index);
const f2 = (x: number) => x.toFixed(2);

// 1. cervical
const cervical = indexOf(lead('C4' as Level, { cathode: 1, anodes: [2] }));
row('1 C4 lead: first felt', firstFelt(cervical));

// 2. lateral at T10
for (const lateralMm of [0, 2, 3]) {
  const index = indexOf(lead('T10', { lateralMm }));
  row(`2 T10 lead ${lateralMm} mm lateral: PT mA / first felt`, `${f2(t(index).perceptionMa)}  ${firstFelt(index)}`);
}

// 3. root/column ratio by dCSF: each kind's own perception threshold (where its first place is felt)
for (const level of ['T10', 'T5', 'T6'] as Level[]) {
  const restored = lead(level);
  const ratios = [2, 4, 6, 7, 8].map((dcsfMm) => {
    const index = indexOf(restored, { patient: withDcsfMm(restored, dcsfMm) });
    return f2(perceptionVia(index, 'dorsalRoot') / perceptionVia(index, 'dorsalColumn'));
  });
  row(`3 ${level} dCSF 2/4/6/7/8 mm: DR/DC perception-threshold ratio`, ratios.join(' / '));
}

// 4. pulse width: each at its own comfortable amplitude, passive recharge
for (const level of ['T8', 'T9', 'T10'] as Level[]) {
  const atComfort = (pulseWidthUs: number) => {
    const restored = lead(level, { pulseWidthUs, recharge: 'passive' });
    const comfortMa = thresholdsOf(centredIndexOf(restored)).comfortMa;
    const felt = feltAt(centredIndexOf(restored), comfortMa).regions.filter((r) => r.via === 'dorsalColumn');
    const caudal = DERMATOMES[Math.max(...felt.map((r) => DERMATOMES.indexOf(r.dermatome)))];
    return { restored, fibres: recruitedColumnFibres(restored, comfortMa), caudal };
  };
  const [short, long] = [atComfort(90), atComfort(450)];
  const added = [...long.fibres].filter((f) => !short.fibres.has(f));
  const kept = [...long.fibres].filter((f) => short.fibres.has(f));
  const [a, k] = [added, kept].map((fibres) => fibreMeans(long.restored, fibres));
  row(
    `4 ${level} PW 90→450 at comfort: added vs kept DC (µm, mm, derm)`,
    `${f2(a!.diameterUm)}/${f2(k!.diameterUm)}  ${f2(a!.fromMidlineMm)}/${f2(k!.fromMidlineMm)}  ` +
      `${f2(a!.dermatomeIndex)}/${f2(k!.dermatomeIndex)}  (+${a!.weight.toFixed(0)} of ${k!.weight.toFixed(0)}; ` +
      `most caudal ${short.caudal}→${long.caudal})`,
  );
}

// 5. usage range by configuration and dCSF
const configs = {
  bipole: { cathode: 3, anodes: [4] },
  'guarded tripole': { cathode: 3, anodes: [2, 4] },
  'wide bipole': { cathode: 2, anodes: [5] },
};
for (const [name, c] of Object.entries(configs))
  for (const scale of [0.7, 1, 1.4]) {
    const th = t(indexOf(lead('T9', c), { patient: patientWith(scale) }));
    row(`5 T9 ${name}, dCSF ×${scale}: DT/PT`, f2(th.discomfortMa / th.perceptionMa));
  }

// 6. posture
for (const level of ['T9', 'C4'] as Level[]) {
  const pt = (posture: Posture) => t(indexOf(lead(level), { posture })).perceptionMa;
  row(`6 ${level} PT supine / prone (mA)`, `${f2(pt('supine'))} / ${f2(pt('prone'))}`);
}

// 7. seeds
const pts = [1, 2, 3, 4, 5].map((seed) => {
  const s = lead('T9');
  return t(indexOf({ ...s, session: { ...s.session, patient: { ...s.session.patient, id: `seed-${seed}` } } }))
    .perceptionMa;
});
const mean = pts.reduce((a, b) => a + b, 0) / pts.length;
row(
  '7 T9 PT across 5 patient seeds: max |Δ| from mean',
  `${((100 * Math.max(...pts.map((p) => Math.abs(p - mean)))) / mean).toFixed(1)} %  (${pts.map(f2).join(' ')})`,
);
