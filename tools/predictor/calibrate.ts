/**
 * Offline calibration: fits one weight vector per (calibrated diameter, shape) to the MRG thresholds
 * of the training fields, and renders the result as the TypeScript table the app loads
 * (src-core/axon/predictor/calibration-table.ts). Pure and deterministic; the MRG searches themselves
 * are run by `tools/predictor/calibrate-predictor.ts` from `referenceTasks()`.
 */
import type { PredictorWaveform } from '../../src-core/axon/predictor/calibration-grid';
import { shapeKey } from './calibration-shapes';
import type { PredictorTable, PredictorTableEntry } from '../../src-core/axon/predictor/calibration';
import { formatErrorReport, type ErrorReport } from './error-report';
import { fitPredictorWeights, type FitConfig, type FitResult, type FitSample } from './fit';
import { taskNodeProfileMv, type ReferenceSample } from './reference-tasks';

/** Version of the table layout and model (bump when the kernel's formula changes). */
export const PREDICTOR_TABLE_VERSION = 1;
/** Stencil half-width K in nodes: ±6 internodes (≈ ±3 mm at 5.7 µm, ±9 mm at 16 µm). */
export const PREDICTOR_REACH = 6;
/** Ridge weight on the weights relative to the central one (keeps far weights small). */
export const PREDICTOR_RIDGE = 1e-2;

/**
 * Branches per family: pulses with a reversed phase (biphasic, 10 kHz train) get a second branch
 * for excitation by that phase; monophasic pulses and the monophasic burst do not.
 */
export function branchesOf(waveform: PredictorWaveform): number {
  return waveform === 'biphasic' || waveform === 'train10k' ? 2 : 1;
}

/**
 * Fits the predictor table from MRG reference samples (their 'train' members). The objective has
 * local minima (a maximum over nodes), so each entry is fitted from several starts and keeps the
 * lowest training cost: a forward sweep through the diameters and widths of each family starts cold
 * (from the activating function) and warm from the smaller width and smaller diameter; a backward
 * sweep tries warm starts from the larger width and diameter. Neighbouring entries thus share a
 * basin, so the weights vary smoothly along the grid, which `predictorCalibration` interpolates.
 *
 * @example
 * const table = fitCalibrationTable(samples); // samples: every ReferenceSample of referenceTasks()
 */
export function fitCalibrationTable(
  samples: readonly ReferenceSample[],
  options: {
    readonly reach?: number;
    readonly ridge?: number;
    readonly branches?: (waveform: PredictorWaveform) => number;
  } = {},
): PredictorTable {
  const branches = options.branches ?? branchesOf;
  const reach = options.reach ?? PREDICTOR_REACH;
  const ridge = options.ridge ?? PREDICTOR_RIDGE;
  const fibres = new Map();
  const groups = new Map<string, FitSample[]>();
  const keys: { d: number; waveform: PredictorWaveform; pw: number }[] = [];
  for (const s of samples) {
    if (s.task.set !== 'train') continue;
    const key = `${s.task.fibreDiameterUm}|${shapeKey(s.task.shape)}`; // = id(d, waveform, pw)
    let group = groups.get(key);
    if (group === undefined) {
      group = [];
      groups.set(key, group);
      keys.push({ d: s.task.fibreDiameterUm, waveform: s.task.shape.waveform, pw: s.task.shape.pulseWidthUs });
    }
    if (Number.isFinite(s.thresholdScale)) {
      group.push({ nodesMv: taskNodeProfileMv(fibres, s.task), thresholdScale: s.thresholdScale });
    }
  }
  keys.sort((a, b) => a.waveform.localeCompare(b.waveform) || a.d - b.d || a.pw - b.pw);
  const fitted = new Map<string, FitResult>();
  const id = (d: number, waveform: string, pw: number): string => `${d}|${waveform}/${pw}`;
  const diameters = [...new Set(keys.map((k) => k.d))].sort((a, b) => a - b);
  /** The fitted neighbours of an entry along the width and diameter axes (before or after it). */
  const neighbours = (k: (typeof keys)[number], after: boolean): (FitResult | undefined)[] => {
    const widths = keys.filter((x) => x.waveform === k.waveform && x.d === k.d).map((x) => x.pw);
    const w = after ? widths.find((x) => x > k.pw) : widths.filter((x) => x < k.pw).pop();
    const d = after ? diameters.find((x) => x > k.d) : diameters.filter((x) => x < k.d).pop();
    return [
      w === undefined ? undefined : fitted.get(id(k.d, k.waveform, w)),
      d === undefined ? undefined : fitted.get(id(d, k.waveform, k.pw)),
    ];
  };
  const improve = (k: (typeof keys)[number], starts: (FitResult | undefined)[], incumbent?: FitResult): void => {
    const config: FitConfig = { reach, branches: branches(k.waveform), ridge };
    const group = groups.get(id(k.d, k.waveform, k.pw))!;
    let best = incumbent ?? fitPredictorWeights(group, config);
    for (const start of starts) {
      if (start === undefined) continue;
      const r = fitPredictorWeights(group, config, start.weights);
      if (r.cost < best.cost) best = r;
    }
    fitted.set(id(k.d, k.waveform, k.pw), best);
  };
  // Forward sweep (cold start or warm from the smaller width / diameter), then a backward sweep
  // (warm from the larger width / diameter), keeping the lowest training cost each time.
  for (const k of keys) improve(k, neighbours(k, false));
  for (const k of [...keys].reverse()) improve(k, neighbours(k, true), fitted.get(id(k.d, k.waveform, k.pw)));
  const entries: PredictorTableEntry[] = keys.map((k) => ({
    fibreDiameterUm: k.d,
    waveform: k.waveform,
    pulseWidthUs: k.pw,
    branches: branches(k.waveform),
    weights: Array.from(fitted.get(id(k.d, k.waveform, k.pw))!.weights),
  }));
  return { version: PREDICTOR_TABLE_VERSION, reach, entries };
}

/** Doc comment of the recorded hash in the generated table. */
const INPUTS_HASH_DOC =
  '/** `calibrationInputsHash` of the solver, settings and tasks this table was fitted from (tools/predictor). */';
/** The generated line that records the hash, up to the quoted value. */
export const INPUTS_HASH_PREFIX = 'export const PREDICTOR_TABLE_INPUTS_HASH = ';

/**
 * The source text of calibration-table.ts for a fitted table, with the held-out error report in
 * its header comment and `inputsHash` (`calibrationInputsHash` of the inputs it was fitted from).
 * Weights are written with 6 significant digits.
 *
 * @example
 * writeFileSync('calibration-table.ts', renderCalibrationTable(table, report, hash)); // in the offline script
 */
export function renderCalibrationTable(table: PredictorTable, report: ErrorReport, inputsHash: string): string {
  const lines = [
    '/**',
    ' * GENERATED by tools/predictor/calibrate-predictor.ts — do not edit. Weights of the fast threshold',
    ' * predictor (kernel.ts) fitted to MRG thresholds (McIntyre, Richardson & Grill 2002) of the training',
    ' * fields (tools/predictor/calibration-sets.ts). Held-out test error |T_pred / T_MRG − 1|',
    ' * (docs/physics-predictor.md):',
    ' *',
    ...formatErrorReport(report)
      .split('\n')
      .map((l) => ` * ${l}`.trimEnd()),
    ' */',
    "import type { PredictorTable } from './calibration';",
    '',
    INPUTS_HASH_DOC,
    `${INPUTS_HASH_PREFIX}'${inputsHash}';`,
    '',
    '/** The fitted predictor table. */',
    '// prettier-ignore',
    'export const PREDICTOR_TABLE: PredictorTable = {',
    `  version: ${table.version},`,
    `  reach: ${table.reach},`,
    '  entries: [',
  ];
  for (const e of table.entries) {
    const w = e.weights.map((v) => Number(v.toPrecision(6))).join(', ');
    lines.push(
      `    { fibreDiameterUm: ${e.fibreDiameterUm}, waveform: '${e.waveform}', pulseWidthUs: ${e.pulseWidthUs}, branches: ${e.branches}, weights: [${w}] },`,
    );
  }
  lines.push('  ],', '};', '');
  return lines.join('\n');
}

/**
 * `tableSource` (the text of calibration-table.ts) with the recorded inputs hash replaced by
 * `inputsHash`; every other character is kept, so the fitted numbers cannot change.
 *
 * @throws Error unless the source records exactly one hash.
 * @example
 * replaceRecordedHash(readFileSync(file, 'utf8'), calibrationInputsHash(inputs));
 */
export function replaceRecordedHash(tableSource: string, inputsHash: string): string {
  const line = new RegExp(`^${INPUTS_HASH_PREFIX}'[^']*';$`, 'gm');
  const found = tableSource.match(line)?.length ?? 0;
  if (found !== 1) throw new Error(`expected one recorded inputs hash in the table, found ${found}`);
  return tableSource.replace(line, `${INPUTS_HASH_PREFIX}'${inputsHash}';`);
}
