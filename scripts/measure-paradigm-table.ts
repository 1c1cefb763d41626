/**
 * Paradigm × rate on the sample sessions: thresholds, what the patient says, relief after simulated time and the
 * daily recharge — the table of issue 11's note. Run: `npx tsx scripts/measure-paradigm-table.ts`.
 */
import { PhysiologyEngine, assessEnergy, simulateProgram } from '../src-core';
import { variant, type SessionJson } from '../test/validation/helpers';

const DAY_MIN = 24 * 60;
const engine = new PhysiologyEngine();

/** A row: label, sample session, edit, amplitude (null: the program's own dose), simulated minutes. */
type Row = readonly [string, string, (file: SessionJson) => void, number | null, number];

const rows: readonly Row[] = [
  ['tonic 2 Hz, 300 µs, active', 'tonic-leg-pain', (f) => (f.programs[0].rateHz = 2), 4.5, 30],
  ['tonic 40 Hz, 300 µs, active', 'tonic-leg-pain', (f) => (f.programs[0].rateHz = 40), 4.5, 30],
  ['tonic 200 Hz, 300 µs, active', 'tonic-leg-pain', (f) => (f.programs[0].rateHz = 200), 4.5, 30],
  ['tonic 50 Hz, 300 µs, passive', 'tonic-leg-pain', (f) => (f.programs[0].paradigm.recharge = 'passive'), 4.5, 30],
  [
    'FAST-like 90 Hz, 70 % of PT',
    'tonic-leg-pain',
    (f) => {
      f.programs[0].rateHz = 90;
      f.programs[0].areas[0].dosing = { mode: 'subPerception', percentOfPerception: 70, perceptionThresholdMa: 3.5 };
    },
    null,
    15,
  ],
  ['burst 40 Hz, 5 × 1 ms at 500 Hz', 'burst-t9', () => undefined, 2.5, 2 * DAY_MIN],
  [
    'burst 30 Hz, 10 × 1 ms at 500 Hz',
    'burst-t9',
    (f) => {
      f.programs[0].rateHz = 30;
      f.programs[0].paradigm.pulsesPerBurst = 10;
    },
    1.5,
    2 * DAY_MIN,
  ],
  ['10 kHz, 30 µs', 'hf10k-t9-t10', () => undefined, 3, 2 * DAY_MIN],
  [
    '10 kHz, 50 µs',
    'hf10k-t9-t10',
    (f) => f.programs[0].areas.forEach((a: SessionJson) => (a.pulseWidthUs = 50)),
    3,
    2 * DAY_MIN,
  ],
  ['5 kHz, 30 µs', 'hf10k-t9-t10', (f) => (f.programs[0].rateHz = 5000), 3, 2 * DAY_MIN],
];

const mA = (v: number | null) => (v === null ? '—' : v.toFixed(2));
const time = (min: number) => (min >= DAY_MIN ? `${min / DAY_MIN} days` : `${min} min`);
console.log('| program | PT / comfort / discomfort (mA) | amplitude, time | patient says | relief | recharge |');
console.log('|---|---|---|---|---|---|');
for (const [label, file, edit, amplitudeMa, elapsedMin] of rows) {
  const s = variant(file, edit);
  const r = simulateProgram(engine, s.session, s.implant, {
    programIndex: 0,
    areaIndex: 0,
    posture: 'supine',
    elapsedMin,
    ...(amplitudeMa === null ? {} : { amplitudeMa }),
  });
  const energy = assessEnergy(s.implant, s.session.programs).active;
  console.log(
    `| ${label} | ${mA(r.perceptionThresholdMa)} / ${mA(r.comfortThresholdMa)} / ${mA(r.discomfortThresholdMa)} | ` +
      `${amplitudeMa === null ? 'sub-perception dose' : `${amplitudeMa} mA`}, ${time(elapsedMin)} | “${r.patientSays}” | ` +
      `${r.relief?.overallPct.toFixed(0) ?? '—'} % | ${energy?.rechargeMinutesPerDay?.toFixed(1) ?? '—'} min/day |`,
  );
}
