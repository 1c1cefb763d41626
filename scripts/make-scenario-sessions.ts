// Writes the session files the demo scenarios step through (resources/scenarios/sessions/), each made from a sample
// session by the core's own edits, so they stay what the app would save:
//   npx tsx scripts/make-scenario-sessions.ts
import { readFileSync, writeFileSync } from 'node:fs';
import {
  applyEdit,
  mA,
  migratedPlacement,
  PARADIGM_PRESETS,
  restoreSession,
  serializeSession,
  type Edit,
  type Session,
} from '../src-core';

const SOURCE = 'resources/sessions/tonic-leg-pain.scs.json';
const OUT = 'resources/scenarios/sessions';

function open(): Session {
  const restored = restoreSession(readFileSync(SOURCE, 'utf8'));
  if (!restored.ok) throw new Error(restored.error);
  return restored.session;
}

function edited(session: Session, edits: readonly Edit[]): Session {
  const out = edits.reduce(applyEdit, session);
  // The device holds what is shown: a scenario step is a visit already saved.
  return { ...out, devicePrograms: out.programs };
}

function write(name: string, session: Session): void {
  const text = serializeSession(session);
  const check = restoreSession(text);
  if (!check.ok) throw new Error(`${name}: ${check.error}`);
  writeFileSync(`${OUT}/${name}.scs.json`, text);
  console.log(`wrote ${OUT}/${name}.scs.json`);
}

const tonic = open();
const at = { program: 0, area: 0 };
const hf = PARADIGM_PRESETS.highFrequency;
write(
  'leg-pain-10khz',
  edited(tonic, [
    { kind: 'setParadigm', program: 0, paradigm: hf.paradigm, rateHz: hf.rateHz, pulseWidthUs: hf.pulseWidthUs },
    { kind: 'renameProgram', program: 0, name: '10 kHz at the same contacts' },
    { kind: 'setAmplitude', ...at, amplitudeMa: mA(3) },
  ]),
);

const slipped = tonic.hardware.leads.map((lead, index): Edit => ({
  kind: 'setPlacement',
  lead: index,
  placement: migratedPlacement(lead.placement, 'caudal', 20),
}));
const migrated = edited(tonic, slipped);
write('leg-pain-migrated', migrated);
// Recovery: the bipole moved one contact towards the tip (rostrally), back over the segments it covered.
write(
  'leg-pain-recovered',
  edited(migrated, [
    { kind: 'setContactState', ...at, electrode: 4, state: 'off' },
    { kind: 'setContactState', ...at, electrode: 3, state: 'off' },
    { kind: 'setContactState', ...at, electrode: 2, state: 'cathode' },
    { kind: 'setContactState', ...at, electrode: 3, state: 'anode' },
    { kind: 'setAmplitude', ...at, amplitudeMa: mA(5) },
  ]),
);
