/**
 * The programs the assistant builds from a contact pattern — tonic at 50 Hz for paresthesia, 10 kHz at 30 µs for a
 * paresthesia-free goal (the paradigm presets, program/presets.ts) — and how it names them in words.
 */
import type { ResolvedImplant } from '../../hardware/implant';
import { PARADIGM_PRESETS } from '../../program/presets';
import type { Program } from '../../program/types';
import { mA, us } from '../../units';
import type { ContactPattern } from './contact-patterns';

/** The paradigm family the assistant programs: tonic for paresthesia, 10 kHz for a paresthesia-free goal. */
export type AssistantParadigm = 'tonic' | 'highFrequency';

/**
 * `base` (the case's first program: its name, patient maximum) with one area of `pattern` at `pulseWidthUs` and
 * `amplitudeMa`, on the paradigm's preset (tonic 50 Hz active recharge; 10 kHz), continuous, no soft start.
 * @example assistantProgram(base, bipole, 'tonic', 300, 3.2).areas[0].contacts.length; // 2
 */
export function assistantProgram(
  base: Program,
  pattern: ContactPattern,
  paradigm: AssistantParadigm,
  pulseWidthUs: number,
  amplitudeMa: number,
): Program {
  const preset = PARADIGM_PRESETS[paradigm];
  return {
    ...base,
    name: 'Assistant',
    paradigm: preset.paradigm,
    rateHz: preset.rateHz,
    cycling: undefined,
    softStartS: 0,
    areas: [
      {
        contacts: [
          ...pattern.cathodes.map((p) => ({
            electrode: p.contact,
            polarity: 'cathode' as const,
            fractionPct: p.fractionPct,
          })),
          ...pattern.anodes.map((p) => ({
            electrode: p.contact,
            polarity: 'anode' as const,
            fractionPct: p.fractionPct,
          })),
        ],
        amplitudeMa: mA(amplitudeMa),
        pulseWidthUs: us(pulseWidthUs),
        dosing: { mode: 'absolute' },
      },
    ],
  };
}

const share = (fractionPct: number, of: number) => (of > 1 ? ` ${Math.round(fractionPct)} %` : '');

/**
 * A program's first area in words: "lead 1: 4− 5+ · 50 Hz · 300 µs · 3.3 mA", with each pole's share when a
 * polarity has more than one contact ("lead 1: 4− 50 % · lead 2: 12− 50 % …").
 * @example describeProgram(program, implant); // "lead 1: 4− 5+ · 50 Hz · 300 µs · 3.3 mA"
 */
export function describeProgram(program: Program, implant: ResolvedImplant): string {
  const area = program.areas[0];
  if (!area) return 'no area';
  const byLead = new Map<number, string[]>();
  const count = (polarity: string) => area.contacts.filter((c) => c.polarity === polarity).length;
  for (const c of area.contacts) {
    const lead = c.electrode === 'case' ? -1 : implant.contacts[c.electrode]!.leadIndex;
    const sign = c.polarity === 'cathode' ? '−' : '+';
    const word = `${c.electrode === 'case' ? 'case' : c.electrode}${sign}${share(c.fractionPct, count(c.polarity))}`;
    byLead.set(lead, [...(byLead.get(lead) ?? []), word]);
  }
  const poles = [...byLead.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([lead, words]) => (lead < 0 ? words.join(' ') : `lead ${lead + 1}: ${words.join(' ')}`))
    .join(' · ');
  const rate = program.paradigm.kind === 'highFrequency' ? `${program.rateHz / 1000} kHz` : `${program.rateHz} Hz`;
  return `${poles} · ${rate} · ${area.pulseWidthUs} µs · ${area.amplitudeMa.toFixed(1)} mA`;
}
