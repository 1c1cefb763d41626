/**
 * Builders for device-model tests: implants from the shipped catalogue, programs and areas with typical defaults
 * that each test overrides where it matters.
 */
import { defaultCatalogue } from '../../../src-core/hardware/catalogue';
import type { ResolvedImplant } from '../../../src-core/hardware/implant';
import { resolveImplant } from '../../../src-core/hardware/implant';
import type { LeadPlacement } from '../../../src-core/hardware/placement';
import type { IpgModel } from '../../../src-core/hardware/types';
import type { VertebralLevel } from '../../../src-core/anatomy/vertebral-column';
import type { ContactSetting, ElectrodeRef, Paradigm, Program, StimulationArea } from '../../../src-core/program/types';
import { Hz, mA, mm, us } from '../../../src-core/units';

export interface LeadSpec {
  readonly modelId?: string;
  readonly level?: VertebralLevel;
  readonly offsetMm?: number;
  readonly lateralMm?: number;
  readonly depthMm?: number;
  readonly rotationDeg?: number;
}

/**
 * An implant from the catalogue: by default `ipg-rechargeable-32` with one `perc-8-3x4` lead, tip at T8, midline.
 * `ipg` overrides fields of the IPG model (e.g. `{ currentSources: 'single' }`).
 */
export function makeImplant(
  options: { ipgId?: string; leads?: readonly LeadSpec[]; ipg?: Partial<IpgModel> } = {},
): ResolvedImplant {
  const leads = (options.leads ?? [{}]).map((lead) => ({
    modelId: lead.modelId ?? 'perc-8-3x4',
    placement: {
      tip: { level: lead.level ?? 'T8', offsetMm: mm(lead.offsetMm ?? 0) },
      lateralMm: mm(lead.lateralMm ?? 0),
      depthMm: mm(lead.depthMm ?? 0),
      rotationDeg: lead.rotationDeg ?? 0,
    } satisfies LeadPlacement,
  }));
  const resolved = resolveImplant({ ipgId: options.ipgId ?? 'ipg-rechargeable-32', leads }, defaultCatalogue());
  if (!resolved.ok) throw new Error(resolved.error);
  return options.ipg ? { ...resolved.implant, ipg: { ...resolved.implant.ipg, ...options.ipg } } : resolved.implant;
}

/** Contact settings of a bipole: one cathode, one anode, each 100 %. */
export function bipole(cathode: ElectrodeRef, anode: ElectrodeRef): ContactSetting[] {
  return [
    { electrode: cathode, polarity: 'cathode', fractionPct: 100 },
    { electrode: anode, polarity: 'anode', fractionPct: 100 },
  ];
}

/** An area: default bipole 3− 4+, 5 mA, 300 µs, absolute dosing. */
export function makeArea(over: Partial<StimulationArea> = {}): StimulationArea {
  return { contacts: bipole(3, 4), amplitudeMa: mA(5), pulseWidthUs: us(300), dosing: { mode: 'absolute' }, ...over };
}

/** A program: default tonic 50 Hz with active recharge and a 20 µs gap, one default area, continuous. */
export function makeProgram(over: Partial<Program> = {}): Program {
  return {
    name: 'Test',
    paradigm: { kind: 'tonic', recharge: 'active', interphaseGapUs: us(20) },
    rateHz: Hz(50),
    areas: [makeArea()],
    cycling: undefined,
    softStartS: 0,
    patientMaxMa: mA(25),
    ...over,
  };
}

/** The three reference programs of the energy figures (Miller et al. 2016 charge-rate examples), on bipole 3− 4+. */
export const TONIC_PARADIGM: Paradigm = { kind: 'tonic', recharge: 'active', interphaseGapUs: us(20) };
export const BURST_PARADIGM: Paradigm = { kind: 'burst', pulsesPerBurst: 5, intraBurstRateHz: Hz(500) };
export const HIGH_FREQUENCY_PARADIGM: Paradigm = { kind: 'highFrequency' };

export function tonicProgram(over: Partial<Program> = {}): Program {
  return makeProgram({
    name: 'Tonic',
    paradigm: TONIC_PARADIGM,
    rateHz: Hz(50),
    areas: [makeArea({ amplitudeMa: mA(5), pulseWidthUs: us(300) })],
    ...over,
  });
}

export function burstProgram(over: Partial<Program> = {}): Program {
  return makeProgram({
    name: 'Burst',
    paradigm: BURST_PARADIGM,
    rateHz: Hz(40),
    areas: [makeArea({ amplitudeMa: mA(1), pulseWidthUs: us(1000) })],
    ...over,
  });
}

export function highFrequencyProgram(over: Partial<Program> = {}): Program {
  return makeProgram({
    name: '10 kHz',
    paradigm: HIGH_FREQUENCY_PARADIGM,
    rateHz: Hz(10000),
    areas: [makeArea({ amplitudeMa: mA(3), pulseWidthUs: us(30) })],
    ...over,
  });
}
