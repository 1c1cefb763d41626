import { readFileSync } from 'node:fs';
import {
  assessEnergy,
  assessSafety,
  mA,
  ms,
  restoreSession,
  serializeSession,
  synthesizeProgramWaveforms,
  validateProgram,
} from '../src-core';
import { bench, type BenchResult } from './harness';

/** Device-side stages: what a configuration change costs before any physiology. */
export function deviceBenchmarks(): BenchResult[] {
  const text = readFileSync('resources/sessions/tonic-leg-pain.scs.json', 'utf8');
  const restored = restoreSession(text);
  if (!restored.ok) throw new Error(restored.error);
  const { session, implant } = restored;
  const program = session.programs[0]!;
  const hf = restoreSession(readFileSync('resources/sessions/hf10k-t9-t10.scs.json', 'utf8'));
  if (!hf.ok) throw new Error(hf.error);
  return [
    bench('restore session file (parse, migrate, validate)', () => restoreSession(text)),
    bench('serialize session', () => serializeSession(session)),
    bench('validate one program', () => validateProgram(program, implant)),
    bench('safety assessment (all programs)', () => assessSafety(implant, session.programs)),
    bench('energy assessment (all programs)', () => assessEnergy(implant, session.programs)),
    bench('tonic waveforms, 2 periods', () =>
      synthesizeProgramWaveforms(program, { windowMs: ms(40), amplitudeStepMa: mA(0.1) }),
    ),
    bench('10 kHz waveforms, 10 ms', () =>
      synthesizeProgramWaveforms(hf.session.programs[0]!, { windowMs: ms(10), amplitudeStepMa: mA(0.1) }),
    ),
  ];
}
