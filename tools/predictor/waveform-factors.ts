/**
 * Measures the programmed-waveform factors with the MRG model and writes src-core/axon/predictor/
 * waveform-factor-table.ts. A factor is T(programmed train) / T(single base pulse) for a straight fibre under a
 * cathodic point source, at every point of the grid in src-core/axon/predictor/waveform-factor-grid.ts, each
 * diameter and each distance; the table stores the geometric mean over the distances and the header reports how far
 * the distances disagree (the error of treating the factor as independent of the field).
 *
 *   npx tsx tools/predictor/waveform-factors.ts --shard 0/2 --out /tmp/wf0.json   (and 1/2 in parallel, ≈ 10 min each)
 *   npx tsx tools/predictor/waveform-factors.ts --write /tmp/wf0.json /tmp/wf1.json
 *
 * `--have f` skips the searches already in f (e.g. after a change that only affects one family).
 *
 * Thresholds come from `pointSourceThreshold`, the same function `scs-sim threshold` runs, at dt 2 µs and a 0.3 %
 * bracket (both shapes of a ratio share the fibre and step, so the step's bias cancels to well below 0.5 %).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createMrgFibre } from '../../src-core/axon/mrg-fibre';
import {
  pointSourceNodeCount,
  pointSourceProfileMv,
  pointSourceThresholdMa,
  type PointSourceWaveform,
} from '../../src-core/axon/point-source-threshold';
import { passiveRechargeShape, type ProgrammedWaveform } from '../../src-core/axon/programmed-pulse';
import {
  FACTOR_DIAMETERS_UM,
  FACTOR_DISTANCES_MM,
  RECHARGE_BASE_WIDTH_US,
  TRAIN_FACTOR_MS,
} from '../../src-core/axon/predictor/waveform-factor-grid';
import { defaultPostPulseMs } from '../../src-core/axon/stimulus-run';
import { findThresholdScale } from '../../src-core/axon/threshold';
import { PASSIVE_RECHARGE_TAU_US } from '../../src-core/program/timing';
import { CALIBRATION_CONDUCTIVITY_S_PER_M } from './field-cases';
import { FACTOR_FAMILIES, factorGridPoints, type FactorFamily } from '../../src-core/axon/predictor/waveform-factor';
import { Hz, mm, ms, sPerM, um, us } from '../../src-core/units';

const TABLE = fileURLToPath(new URL('../../src-core/axon/predictor/waveform-factor-table.ts', import.meta.url));
const FAMILIES: readonly FactorFamily[] = ['tonicActive', 'tonicPassive', 'burst', 'train'];
const DT_US = 2; // findThresholdScale default; halving it changes thresholds < 1 % (docs/physics-axon.md)
const TOLERANCE = 0.003;

/** A passive recharge alone, unit peak (`passiveRechargeShape`). */
interface RechargeAlone {
  readonly kind: 'rechargeAlone';
  readonly tauUs: number;
}

/** One MRG threshold search: a waveform at a width, diameter and distance. */
interface Task {
  readonly key: string;
  readonly waveform: PointSourceWaveform | RechargeAlone;
  readonly pulseWidthUs: number;
  readonly diameterUm: number;
  readonly distanceMm: number;
}

/** The programmed waveform and width at a grid point of a family. */
function programmedAt(family: FactorFamily, p: readonly number[]): { waveform: ProgrammedWaveform; widthUs: number } {
  switch (family) {
    case 'tonicActive':
    case 'tonicPassive':
      return {
        waveform: {
          kind: 'tonic',
          recharge: family === 'tonicActive' ? 'active' : 'passive',
          interphaseGapUs: us(p[1]!),
        },
        widthUs: p[0]!,
      };
    case 'burst':
      return { waveform: { kind: 'burst', pulsesPerBurst: p[0]!, intraBurstRateHz: Hz(p[1]!) }, widthUs: p[2]! };
    case 'train':
      return { waveform: { kind: 'train', rateHz: Hz(p[0]!), trainMs: ms(TRAIN_FACTOR_MS) }, widthUs: p[1]! };
  }
}

const waveformKey = (w: PointSourceWaveform | RechargeAlone, widthUs: number) => `${JSON.stringify(w)}@${widthUs}`;
const rechargeAlone = (tauUs: number): RechargeAlone => ({ kind: 'rechargeAlone', tauUs });

/** Every distinct search the table needs, in a fixed order. */
function allTasks(): Task[] {
  const seen = new Map<string, Task>();
  const add = (waveform: PointSourceWaveform | RechargeAlone, pulseWidthUs: number) => {
    for (const diameterUm of FACTOR_DIAMETERS_UM) {
      for (const distanceMm of FACTOR_DISTANCES_MM) {
        const key = `${diameterUm}|${distanceMm}|${waveformKey(waveform, pulseWidthUs)}`;
        if (!seen.has(key)) seen.set(key, { key, waveform, pulseWidthUs, diameterUm, distanceMm });
      }
    }
  };
  for (const family of FAMILIES) {
    for (const p of factorGridPoints(family)) {
      const { waveform, widthUs } = programmedAt(family, p);
      add(waveform, widthUs);
      add(FACTOR_FAMILIES[family].base, widthUs);
    }
  }
  add(rechargeAlone(PASSIVE_RECHARGE_TAU_US), RECHARGE_BASE_WIDTH_US);
  add('monophasic', RECHARGE_BASE_WIDTH_US);
  return [...seen.values()];
}

/**
 * MRG threshold (mA of the peak) of a passive recharge alone under a cathodic point source, with the numerics of
 * `pointSourceThreshold` (fibre length, post-pulse allowance, start guess).
 */
function rechargeThresholdMa(task: Task, tauUs: number): number | null {
  const nodeCount = pointSourceNodeCount(um(task.diameterUm), mm(task.distanceMm), 'cathodic', 'monophasic');
  const fibre = createMrgFibre(um(task.diameterUm), { nodeCount });
  const profile = pointSourceProfileMv(fibre, mm(task.distanceMm), sPerM(CALIBRATION_CONDUCTIVITY_S_PER_M));
  const result = findThresholdScale(fibre, profile, passiveRechargeShape(us(tauUs), 'cathodic'), {
    dtUs: DT_US,
    relativeTolerance: TOLERANCE,
    postPulseMs: defaultPostPulseMs(fibre),
    initialScale: Math.max(0.02, 0.3 * task.distanceMm * task.distanceMm),
    maxScale: 1000,
  });
  return result.fired ? result.thresholdScale : null;
}

/** Runs every `count`-th task from `index`, skipping those already in `have` (results of an earlier run). */
function runShard(index: number, count: number, out: string, have: Record<string, number | null>): void {
  const tasks = allTasks()
    .filter((t) => !(t.key in have))
    .filter((_, i) => i % count === index);
  const results: Record<string, number | null> = {};
  const start = Date.now();
  tasks.forEach((t, i) => {
    const w = t.waveform;
    if (typeof w !== 'string' && w.kind === 'rechargeAlone') {
      results[t.key] = rechargeThresholdMa(t, w.tauUs);
      return;
    }
    results[t.key] =
      pointSourceThresholdMa({
        fibreDiameterUm: um(t.diameterUm),
        distanceMm: mm(t.distanceMm),
        pulseWidthUs: us(t.pulseWidthUs),
        polarity: 'cathodic',
        waveform: w,
        dtUs: DT_US,
        relativeTolerance: TOLERANCE,
      }) ?? null;
    if (i % 25 === 0) console.log(`${i + 1}/${tasks.length} ${((Date.now() - start) / 1000).toFixed(0)} s`);
  });
  writeFileSync(out, JSON.stringify(results));
}

/** Geometric mean of T_prog/T_base over the distances, and half the largest log spread between them. */
function factorOf(
  results: Record<string, number | null>,
  family: FactorFamily,
  p: readonly number[],
  d: number,
): { factor: number; halfSpread: number } {
  const { waveform, widthUs } = programmedAt(family, p);
  const logs = FACTOR_DISTANCES_MM.map((r) => {
    const prog = results[`${d}|${r}|${waveformKey(waveform, widthUs)}`];
    const base = results[`${d}|${r}|${waveformKey(FACTOR_FAMILIES[family].base, widthUs)}`];
    if (prog === undefined || prog === null || base === undefined || base === null)
      throw new Error(`no MRG threshold for ${family} ${p.join('/')} at ${d} µm, ${r} mm`);
    return Math.log(prog / base);
  });
  const mean = logs.reduce((a, b) => a + b, 0) / logs.length;
  return { factor: Math.exp(mean), halfSpread: (Math.max(...logs) - Math.min(...logs)) / 2 };
}

function write(files: readonly string[]): void {
  const results: Record<string, number | null> = Object.assign(
    {},
    ...files.map((f) => JSON.parse(readFileSync(f, 'utf8')) as Record<string, number | null>),
  );
  const missing = allTasks().filter((t) => !(t.key in results));
  if (missing.length > 0) throw new Error(`${missing.length} searches missing, e.g. ${missing[0]!.key}`);
  const header: string[] = [];
  const families: string[] = [];
  for (const family of FAMILIES) {
    const values: number[] = [];
    let worst = 0;
    let lo = Infinity;
    let hi = 0;
    for (const d of FACTOR_DIAMETERS_UM) {
      for (const p of factorGridPoints(family)) {
        const { factor, halfSpread } = factorOf(results, family, p, d);
        values.push(Number(factor.toFixed(4)));
        worst = Math.max(worst, halfSpread);
        lo = Math.min(lo, factor);
        hi = Math.max(hi, factor);
      }
    }
    header.push(
      ` * ${family.padEnd(12)} base ${FACTOR_FAMILIES[family].base.padEnd(10)} factors ${lo.toFixed(3)}–${hi.toFixed(3)}, ` +
        `largest distance disagreement ±${((Math.exp(worst) - 1) * 100).toFixed(1)} %`,
    );
    families.push(`    ${family}: ${JSON.stringify(values)},`);
  }
  const recharge: number[] = [];
  let rechargeSpread = 0;
  for (const d of FACTOR_DIAMETERS_UM) {
    {
      const tauUs = PASSIVE_RECHARGE_TAU_US;
      const logs = FACTOR_DISTANCES_MM.map((r) => {
        const alone = results[`${d}|${r}|${waveformKey(rechargeAlone(tauUs), RECHARGE_BASE_WIDTH_US)}`];
        const base = results[`${d}|${r}|${waveformKey('monophasic', RECHARGE_BASE_WIDTH_US)}`];
        if (alone === undefined || alone === null || base === undefined || base === null)
          throw new Error(`no MRG threshold for the τ ${tauUs} µs recharge at ${d} µm, ${r} mm`);
        return Math.log(alone / base);
      });
      recharge.push(Number(Math.exp(logs.reduce((a, b) => a + b, 0) / logs.length).toFixed(4)));
      rechargeSpread = Math.max(rechargeSpread, (Math.max(...logs) - Math.min(...logs)) / 2);
    }
  }
  header.push(
    ` * recharge     base monophasic ${RECHARGE_BASE_WIDTH_US} µs, τ ${PASSIVE_RECHARGE_TAU_US} µs: factors ` +
      `${Math.min(...recharge).toFixed(3)}–${Math.max(...recharge).toFixed(3)}, largest distance disagreement ` +
      `±${((Math.exp(rechargeSpread) - 1) * 100).toFixed(1)} %`,
  );
  const text = `/**
 * GENERATED by tools/predictor/waveform-factors.ts — do not edit; re-run the tool after changing the MRG solver,
 * the programmed pulse shapes or the grid (waveform-factor-grid.ts). MRG (McIntyre, Richardson & Grill 2002)
 * threshold of the programmed waveform over that of its base single pulse, cathodic point source, geometric mean
 * over ${FACTOR_DISTANCES_MM.join(' and ')} mm; per family the range of factors and the largest half-disagreement
 * between the distances (the error of a field-independent factor):
${header.join('\n')}
 */
import type { WaveformFactorTable } from './waveform-factor';

/** Factors per diameter (FACTOR_DIAMETERS_UM), each family's grid in row-major order of its axes. */
export const WAVEFORM_FACTOR_TABLE: WaveformFactorTable = {
  version: 1,
  diametersUm: ${JSON.stringify(FACTOR_DIAMETERS_UM)},
  factors: {
${families.join('\n')}
  },
  rechargeFactors: ${JSON.stringify(recharge)},
};
`;
  writeFileSync(TABLE, text);
  console.log(header.join('\n'));
}

const args = process.argv.slice(2);
const shardAt = args.indexOf('--shard');
if (shardAt >= 0) {
  const [i, n] = args[shardAt + 1]!.split('/').map(Number);
  const outAt = args.indexOf('--out');
  const haveAt = args.indexOf('--have');
  const have =
    haveAt >= 0 ? (JSON.parse(readFileSync(args[haveAt + 1]!, 'utf8')) as Record<string, number | null>) : {};
  runShard(i!, n!, outAt >= 0 ? args[outAt + 1]! : `/tmp/waveform-factors-${i}.json`, have);
} else if (args[0] === '--write') {
  write(args.slice(1));
} else {
  console.log(`${allTasks().length} MRG searches; run with --shard i/n --out f, then --write f…`);
}
