/**
 * The spatial relations of issue 10, measured on the model as it stands: one row per relation with the model's
 * figures, to put beside the published values. Run: `npx tsx scripts/measure-space-relations.ts`.
 */
import { DERMATOMES, NOMINAL_ANATOMY, mm, type PatientAnatomy, type Posture } from '../src-core';
import { feltAt, indexOf, singleLead, thresholdsOf } from '../test/validation/helpers';

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

// 3. root/column ratio by dCSF: lowest root threshold / lowest column threshold
for (const scale of [0.5, 1, 1.3, 1.6]) {
  const index = indexOf(lead('T10'), { patient: patientWith(scale) });
  // Each kind's own perception threshold: the amplitude where its first place is felt.
  const perceivedVia = (kind: string) => t({ groups: index.groups.filter((g) => g.kind === kind) }).perceptionMa;
  row(
    `3 T10 dCSF ×${scale}: DR/DC perception-threshold ratio`,
    f2(perceivedVia('dorsalRoot') / perceivedVia('dorsalColumn')),
  );
}

// 4. pulse width
for (const pulseWidthUs of [90, 450]) {
  const index = indexOf(lead('T9', { pulseWidthUs }));
  const felt = feltAt(index, 1.4 * t(index).perceptionMa).regions.filter((r) => r.via === 'dorsalColumn');
  const caudal = Math.max(...felt.map((r) => DERMATOMES.indexOf(r.dermatome)));
  row(`4 T9 PW ${pulseWidthUs} µs at 1.4×PT: most caudal DC`, `${DERMATOMES[caudal]}  (${felt.length} places)`);
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
