import {
  PARADIGM_PRESETS,
  buildImpedanceModel,
  mA,
  programEnergy,
  type ImpedanceFault,
  type ImpedanceModel,
  type ParadigmKindName,
  type Program,
  type ProgramEnergy,
  type ResolvedImplant,
} from '../../src-core';

/** What the battery costs: minutes of charging a day (rechargeable IPG) or years of life (primary cell). */
export type EnergyMeasure = 'rechargeMinutesPerDay' | 'longevityYears';

/** A line of the energy chart: the program as programmed, or a paradigm's starting preset at the same contacts. */
export interface EnergySeries {
  readonly key: 'program' | ParadigmKindName;
  readonly label: string;
}

/** One amplitude of the sweep: the measure per series (null where that series cannot run or the load is open). */
export type EnergyRow = { readonly amplitudeMa: number } & Partial<Record<EnergySeries['key'], number | null>>;

/** The energy chart as drawn. */
export interface EnergyView {
  readonly measure: EnergyMeasure;
  readonly unit: 'min/day' | 'years';
  readonly rows: readonly EnergyRow[];
  readonly series: readonly EnergySeries[];
  readonly domainMa: readonly [number, number];
  /** First swept amplitude (mA) at which this program's output needs more than the IPG's compliance voltage. */
  readonly beyondComplianceFromMa: number | null;
}

/** The numbers at the amplitude delivered now. */
export interface EnergyNow {
  readonly amplitudeMa: number;
  readonly value: number | null;
  readonly batteryPowerMw: number | null;
  /** Of the battery power, what the device draws whatever the amplitude: fixed plus on-time overhead (mW). */
  readonly deviceOverheadPowerMw: number;
  readonly chargePerSecondUc: number;
  readonly daysBetweenRecharges: number | null;
}

/** Short names: the legend shares a narrow column. */
const PARADIGM_NAMES: Record<ParadigmKindName, string> = {
  tonic: 'Tonic',
  burst: 'Burst',
  highFrequency: 'HF',
};
/** Amplitude spans of the x axis: a few fixed scales, so small amplitude changes move the marker, not the axis. */
const SPANS_MA = [2, 5, 10, 15, 20, 25.5];
const SWEEP_POINTS = 31;

export const measureOf = (implant: ResolvedImplant): EnergyMeasure =>
  implant.ipg.battery === 'rechargeable' ? 'rechargeMinutesPerDay' : 'longevityYears';

/** A copy of `program` whose area `areaIndex` delivers `amplitudeMa` (absolute dosing); the other areas unchanged. */
export function withAreaAmplitude(program: Program, areaIndex: number, amplitudeMa: number): Program {
  return {
    ...program,
    areas: program.areas.map((area, i) =>
      i === areaIndex ? { ...area, amplitudeMa: mA(amplitudeMa), dosing: { mode: 'absolute' } } : area,
    ),
  };
}

/** A copy of `program` switched to a paradigm's starting preset, as the programmer does: rate and every pulse width. */
export function withPreset(program: Program, kind: ParadigmKindName): Program {
  const preset = PARADIGM_PRESETS[kind];
  return {
    ...program,
    paradigm: preset.paradigm,
    rateHz: preset.rateHz,
    areas: program.areas.map((area) => ({ ...area, pulseWidthUs: preset.pulseWidthUs })),
  };
}

/** "Tonic 50 Hz, 300 µs" — a preset as a short legend entry, from the core's presets. */
export function presetLabel(kind: ParadigmKindName): string {
  const { paradigm, rateHz, pulseWidthUs } = PARADIGM_PRESETS[kind];
  const shape = paradigm.kind === 'burst' ? `${paradigm.pulsesPerBurst}×${pulseWidthUs} µs` : `${pulseWidthUs} µs`;
  const rate = rateHz >= 1000 ? `${rateHz / 1000} kHz` : `${rateHz} Hz`;
  return `${PARADIGM_NAMES[kind]} ${rate}, ${shape}`;
}

const valueOf = (energy: ProgramEnergy, measure: EnergyMeasure) => energy[measure];

/**
 * The x-axis span (mA) for a delivered amplitude: the smallest fixed scale that leaves room above it, never beyond
 * the paradigm's maximum.
 * @example energySpanMa(5, 25.5); // 10
 */
export function energySpanMa(amplitudeMa: number, paradigmMaxMa: number): number {
  const span = SPANS_MA.find((s) => amplitudeMa <= s * 0.7) ?? SPANS_MA[SPANS_MA.length - 1]!;
  return Math.max(Math.min(span, paradigmMaxMa), Math.min(amplitudeMa, paradigmMaxMa), 0.1);
}

function programSameAsPreset(program: Program, kind: ParadigmKindName): boolean {
  const preset = PARADIGM_PRESETS[kind];
  return (
    JSON.stringify(program.paradigm) === JSON.stringify(preset.paradigm) &&
    program.rateHz === preset.rateHz &&
    program.areas.every((a) => a.pulseWidthUs === preset.pulseWidthUs)
  );
}

export interface EnergySweepInput {
  readonly implant: ResolvedImplant;
  readonly faults: readonly ImpedanceFault[];
  readonly program: Program;
  readonly areaIndex: number;
  readonly spanMa: number;
  /** Add the paradigms' presets at the same contacts (those the IPG offers and the program does not already match). */
  readonly comparePresets: boolean;
}

/**
 * Battery cost against the amplitude of one area, every number from the core's energy model (programEnergy on copies
 * of the program at each amplitude, one impedance model for all). A preset line stops at its paradigm's maximum.
 */
export function energySweep(
  input: EnergySweepInput,
  model: ImpedanceModel = buildImpedanceModel(input.implant, input.faults),
): EnergyView {
  const { implant, program, areaIndex, spanMa } = input;
  const measure = measureOf(implant);
  const kinds = input.comparePresets
    ? (Object.keys(PARADIGM_PRESETS) as ParadigmKindName[]).filter(
        (k) => implant.ipg.paradigms[k] && !programSameAsPreset(program, k),
      )
    : [];
  const lines: { key: EnergySeries['key']; program: Program; maxMa: number }[] = [
    {
      key: 'program',
      program,
      maxMa: implant.ipg.paradigms[program.paradigm.kind]?.amplitudeMa.max ?? Number.POSITIVE_INFINITY,
    },
    ...kinds.map((k) => ({
      key: k,
      program: withPreset(program, k),
      maxMa: implant.ipg.paradigms[k]?.amplitudeMa.max ?? 0,
    })),
  ];
  let beyondComplianceFromMa: number | null = null;
  const rows: EnergyRow[] = Array.from({ length: SWEEP_POINTS }, (_, i) => {
    const amplitudeMa = (spanMa * i) / (SWEEP_POINTS - 1);
    const row: Record<string, number | null> = { amplitudeMa };
    for (const line of lines) {
      if (amplitudeMa > line.maxMa + 1e-9) {
        row[line.key] = null;
        continue;
      }
      const energy = programEnergy(model, withAreaAmplitude(line.program, areaIndex, amplitudeMa), 0);
      row[line.key] = valueOf(energy, measure);
      if (line.key === 'program' && beyondComplianceFromMa === null) {
        const requiredV = energy.areas[areaIndex]?.requiredVoltageV;
        if (requiredV === null || (requiredV !== undefined && requiredV > implant.ipg.complianceV))
          beyondComplianceFromMa = amplitudeMa;
      }
    }
    return row as EnergyRow;
  });
  return {
    measure,
    unit: measure === 'rechargeMinutesPerDay' ? 'min/day' : 'years',
    rows,
    series: [{ key: 'program', label: 'This program' }, ...kinds.map((k) => ({ key: k, label: presetLabel(k) }))],
    domainMa: [0, spanMa],
    beyondComplianceFromMa,
  };
}

/** The core's numbers for the program at the amplitude delivered now. */
export function energyNow(
  implant: ResolvedImplant,
  faults: readonly ImpedanceFault[],
  program: Program,
  areaIndex: number,
  amplitudeMa: number,
): EnergyNow {
  const energy = programEnergy(
    buildImpedanceModel(implant, faults),
    withAreaAmplitude(program, areaIndex, amplitudeMa),
    0,
  );
  return {
    amplitudeMa,
    value: valueOf(energy, measureOf(implant)),
    batteryPowerMw: energy.batteryPowerMw,
    deviceOverheadPowerMw: energy.fixedOverheadPowerMw + energy.onTimeOverheadPowerMw,
    chargePerSecondUc: energy.chargePerSecondUc,
    daysBetweenRecharges: energy.daysBetweenRecharges,
  };
}

/**
 * A sweep that is recomputed only when something other than the swept area's amplitude changes (an amplitude change
 * only moves the marker): the last input's key is kept. The implant and faults are compared by identity (the store
 * replaces them on change).
 */
export function createEnergySweeper(): (input: EnergySweepInput) => EnergyView {
  let last: { key: string; implant: ResolvedImplant; faults: readonly ImpedanceFault[]; view: EnergyView } | undefined;
  return (input) => {
    const key = JSON.stringify([
      withAreaAmplitude(input.program, input.areaIndex, 0),
      input.areaIndex,
      input.spanMa,
      input.comparePresets,
    ]);
    if (last && last.key === key && last.implant === input.implant && last.faults === input.faults) return last.view;
    const view = energySweep(input);
    last = { key, implant: input.implant, faults: input.faults, view };
    return view;
  };
}

/** The y axis of the energy chart: decades on a log scale (preset lines differ tenfold or more), else 0 to the top. */
export function energyAxis(
  view: Pick<EnergyView, 'rows' | 'series'>,
  log: boolean,
): { domain: [number, number]; ticks: number[] | undefined } {
  const values = view.rows
    .flatMap((row) => view.series.map((s) => row[s.key]))
    .filter((v): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0);
  const top = Math.max(...values, 1e-3);
  if (!log) return { domain: [0, top * 1.08], ticks: undefined };
  const low = Math.floor(Math.log10(Math.min(...values, top)));
  const high = Math.max(low + 1, Math.ceil(Math.log10(top)));
  return { domain: [10 ** low, 10 ** high], ticks: Array.from({ length: high - low + 1 }, (_, i) => 10 ** (low + i)) };
}
