import type { ElectrodeRef, Program } from '../program/types';
import { mA, ms, us } from '../units';
import { areaElectrodeWeights, programElectrodes } from './electrodes';
import { scheduleUnits } from './schedule';
import type { WaveformSegment } from './segments';
import type { AreaDelivery, ProgramWaveforms, SynthesisOptions } from './types';

/**
 * Synthesises the current of every electrode of `program` over a interval, as exact analytic segments (mA).
 *
 * Sign convention: current leaving the electrode into the tissue is positive (anodic), current entering it is
 * negative (cathodic). In each area with amplitude I, a cathode with fraction f carries −f·I during the
 * stimulating phase and an anode with fraction g carries +g·I; during the recharge the signs flip (active: same
 * magnitude, passive: each electrode's share of one exponential, returning exactly its own charge).
 *
 * Layout: area k's pulse or burst starts at `areaStartOffsetsUs(program)[k]` within each period; the grid is
 * anchored at switch-on (`startMs` back from the interval start). Only pulses and bursts wholly inside the interval
 * are included (see `scheduleUnits`), so every electrode's net charge is zero. Within an area the electrode
 * weights add up to exactly zero (see `areaElectrodeWeights`) and all electrodes share the unit's phase timing,
 * so the sum over electrodes is zero at every instant (Kirchhoff).
 *
 * Amplitude is `deliveredAmplitudeMa(area, amplitudeStepMa)`, times the soft-start ramp when `startMs` is given
 * (linear from 0 at switch-on to 1 after `softStartS`, held per pulse or burst); no pulses start in a cycling off
 * phase. Throws a `RangeError` for programs that do not fit their period (see `assertProgramFitsPeriod`).
 *
 * @example
 * const w = synthesizeProgramWaveforms(program, { windowMs: ms(50), amplitudeStepMa: mA(0.1) });
 * w.electrodes.map((e) => e.electrode); // [3, 4, 'case']
 * electrodeNetChargeUc(w.electrodes[0]!); // 0
 */
export function synthesizeProgramWaveforms(program: Program, options: SynthesisOptions): ProgramWaveforms {
  const windowUs = us(options.windowMs * 1000);
  const electrodes = programElectrodes(program);
  const indexOf = new Map<ElectrodeRef, number>(electrodes.map((e, i) => [e, i]));
  const areaWeights = program.areas.map((area) =>
    areaElectrodeWeights(area).map(({ electrode, weight }) => ({ index: indexOf.get(electrode)!, weight })),
  );
  const segments: WaveformSegment[][] = electrodes.map(() => []);
  const deliveries: AreaDelivery[] = [];
  for (const unit of scheduleUnits(program, options)) {
    const weights = areaWeights[unit.areaIndex]!;
    if (weights.length === 0) continue;
    deliveries.push({
      areaIndex: unit.areaIndex,
      startUs: unit.startUs,
      endUs: unit.endUs,
      amplitudeMa: unit.amplitudeMa,
    });
    for (const phase of unit.phases) {
      // One current per phase shared by all electrodes of the area, so their weights' zero sum carries over.
      const phaseCurrentMa = phase.factor * unit.amplitudeMa;
      for (const { index, weight } of weights) {
        const currentMa = mA(weight * phaseCurrentMa);
        const { startUs, endUs } = phase;
        segments[index]!.push(
          phase.kind === 'flat'
            ? { kind: 'flat', startUs, endUs, currentMa }
            : { kind: 'exponential', startUs, endUs, currentMa, tauUs: phase.tauUs },
        );
      }
    }
  }
  return {
    programName: program.name,
    paradigm: program.paradigm.kind,
    windowStartMs: ms(options.startMs ?? 0),
    windowUs,
    electrodes: electrodes.map((electrode, i) => ({ electrode, windowUs, segments: segments[i]! })),
    deliveries,
  };
}
