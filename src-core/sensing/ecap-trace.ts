/**
 * The ECAP trace at one amplitude: the template method (Peña, Pelot & Grill 2024, CAPulator) on the configuration.
 * Each recruited fibre's AP starts at its excitation node and runs both ways at its conduction velocity; each
 * internode it reaches adds the fibre's axial-current template (ap-template.ts), delayed by path ÷ velocity and
 * scaled by the difference of its two nodes' recording sensitivities and the fibre's weight. The delays are first gathered as weighted impulses per template
 * (linear in time between samples), then convolved with the templates: cost ∝ fibres × nodes + templates × samples².
 * Added: a stimulus artefact (decaying exponential + linear term, the model the artefact-reduction literature fits,
 * Chakravarthy et al.) and seeded white noise.
 */
import { normal, seededRandom } from '../fibres/random';
import { AP_TEMPLATES } from './template-lookup';
import type { EcapConfiguration } from './ecap-configuration';

/** A sampled ECAP recording from the start of the pulse (t = 0); every array in µV, one value per sample. */
export interface EcapTrace {
  readonly sampleUs: number;
  readonly amplitudeMa: number;
  /** The fibres' summed potential at the recording pair. */
  readonly neuralUv: Float64Array;
  readonly artefactUv: Float64Array;
  readonly noiseUv: Float64Array;
  /** What the amplifier sees: neural + artefact + noise. */
  readonly recordedUv: Float64Array;
  /** Real fibres recruited (sum of weights). */
  readonly recruitedFibres: number;
}

/** Options of `ecapTraceAt`. */
export interface EcapTraceOptions {
  /** Seed of the noise (default 1). */
  readonly seed?: number;
  /** Length (ms, default 3: ≥ 2 ms as CAPulator records). */
  readonly durationMs?: number;
}

/** Sampling: 100 kHz, the templates' own rate (Peña, Pelot & Grill 2024: myelinated content below 50 kHz). */
export const ECAP_SAMPLE_US = AP_TEMPLATES[0]!.sampleUs;
const DEFAULT_DURATION_MS = 3;
/** RMS noise of the recording amplifier (µV) [U]: a few µV input-referred noise of implant sensing front ends. */
export const ECAP_NOISE_RMS_UV = 1;
/** Fraction of the stimulus potential left at the recording pair when the pulse ends [U]: a blanked, recovering amplifier. */
const ARTEFACT_RESIDUAL_FRACTION = 1e-3;
/** Decay time of the artefact's exponential (ms) [U]: amplifier and electrode recovery of ~0.1 ms. */
const ARTEFACT_TAU_MS = 0.1;
/** The artefact's linear drift, as a fraction of its initial size per ms [U]: a slow electrode discharge. */
const ARTEFACT_DRIFT_PER_MS = 0.02;
const UV_PER_MV_NA_PER_MA = 1e-3; // (mV/mA)·nA = 1e-6 mV = 1e-3 µV

/**
 * When fibre f's AP starts (ms from the pulse onset) at `amplitudeMa`: the Weiss charge model reaches threshold at
 * t* = I_rh·c / (I − I_rh) within the cathodic phase (exactly at its end at threshold, earlier above), plus the MRG
 * utilisation delay. A longer phase therefore starts near-threshold APs later (Chakravarthy et al. 2020).
 * @example apStartMs(ecap, f, ecap.thresholdMa[f]); // pulse width + ≈ 0.15 ms
 */
export function apStartMs(config: EcapConfiguration, f: number, amplitudeMa: number): number {
  const pw = config.pulseWidthUs;
  const c = config.chronaxieUs[f]!;
  const rheobase = config.thresholdMa[f]! / (1 + c / pw);
  const reachUs = amplitudeMa > rheobase ? Math.min(pw, (rheobase * c) / (amplitudeMa - rheobase)) : pw;
  return reachUs / 1000 + config.initiationDelayMs[f]!;
}

/**
 * Sums the recruited fibres' potentials into `out` (µV, `sampleCount` samples from t = 0) at `amplitudeMa`;
 * `impulses` is scratch of length templates × (sampleCount + 20), the 20 samples the templates lead their AP by.
 * Returns the real fibres recruited.
 * @example neuralEcapInto(new Float64Array(300), new Float64Array(8 * 320), ecap, 7, 300);
 */
export function neuralEcapInto(
  out: Float64Array,
  impulses: Float64Array,
  config: EcapConfiguration,
  amplitudeMa: number,
  sampleCount: number,
): number {
  const templates = AP_TEMPLATES;
  const dtMs = ECAP_SAMPLE_US / 1000;
  const lead = Math.round(-templates[0]!.startMs / dtMs); // template samples before the AP's arrival
  const span = sampleCount + lead;
  impulses.fill(0, 0, templates.length * span);
  out.fill(0, 0, sampleCount);
  const { nodesPerFibre: nodes, thresholdMa, weight, pathMm, sensitivityMvPerMa } = config;
  let recruited = 0;
  for (let f = 0; f < config.fibreCount; f++) {
    if (!(thresholdMa[f]! <= amplitudeMa)) continue;
    recruited += weight[f]!;
    const start = apStartMs(config, f, amplitudeMa) / dtMs;
    const samplesPerMm = 1 / (config.conductionVelocityMPerS[f]! * dtMs);
    const lower = config.templateLower[f]! * span;
    const upperShare = config.templateFraction[f]!;
    const scale = weight[f]! * UV_PER_MV_NA_PER_MA;
    const base = f * nodes;
    const site = config.excitationNode[f]!;
    // Link n joins nodes n and n + 1; its axial current leaves the fibre at the node ahead of the AP, enters at the
    // one behind: the recording sees it through the difference of the two nodes' sensitivities.
    for (let n = 0; n + 1 < nodes; n++) {
      const at = start + 0.5 * (pathMm[base + n]! + pathMm[base + n + 1]!) * samplesPerMm;
      const j = Math.floor(at);
      if (j + 1 >= span) continue;
      const late = at - j;
      const ahead = n >= site ? 1 : -1;
      const g = ahead * scale * (sensitivityMvPerMa[base + n + 1]! - sensitivityMvPerMa[base + n]!);
      const a = g * (1 - upperShare);
      const b = g * upperShare;
      impulses[lower + j] = impulses[lower + j]! + a * (1 - late);
      impulses[lower + j + 1] = impulses[lower + j + 1]! + a * late;
      if (b !== 0) {
        impulses[lower + span + j] = impulses[lower + span + j]! + b * (1 - late);
        impulses[lower + span + j + 1] = impulses[lower + span + j + 1]! + b * late;
      }
    }
  }
  for (let t = 0; t < templates.length; t++) {
    const tmpl = templates[t]!.currentNa;
    const off = t * span;
    for (let j = 0; j < span; j++) {
      const v = impulses[off + j]!;
      if (v === 0) continue;
      // Sample s of the template lands at j + s − lead.
      const s0 = Math.max(0, lead - j);
      const s1 = Math.min(tmpl.length, sampleCount + lead - j);
      for (let s = s0; s < s1; s++) out[j + s - lead] = out[j + s - lead]! + v * tmpl[s]!;
    }
  }
  return recruited;
}

/**
 * The stimulus artefact (µV) into `out`: held at its end-of-pulse value during the pulse (the blanked amplifier),
 * then a decaying exponential plus a linear drift, scaled by the amplitude and the stimulus potential between the
 * recording pair (larger for contacts nearer the stimulating ones).
 * @example artefactInto(new Float64Array(300), ecap, 5, 300)[0]; // µV held during the pulse
 */
export function artefactInto(
  out: Float64Array,
  config: EcapConfiguration,
  amplitudeMa: number,
  n: number,
): Float64Array {
  const a0 = ARTEFACT_RESIDUAL_FRACTION * amplitudeMa * config.artefactCouplingMvPerMa * 1000;
  const endMs = config.pulseWidthUs / 1000;
  const dtMs = ECAP_SAMPLE_US / 1000;
  for (let k = 0; k < n; k++) {
    const after = k * dtMs - endMs;
    out[k] = after <= 0 ? a0 : a0 * (Math.exp(-after / ARTEFACT_TAU_MS) - ARTEFACT_DRIFT_PER_MS * after);
  }
  return out;
}

/**
 * The ECAP recording at `amplitudeMa` of the configuration's area: neural response, artefact, seeded noise.
 * @example ecapTraceAt(ecap, 4.5, { seed: 7 }).recordedUv.length; // 300 (3 ms at 100 kHz)
 */
export function ecapTraceAt(config: EcapConfiguration, amplitudeMa: number, options: EcapTraceOptions = {}): EcapTrace {
  const durationMs = options.durationMs ?? DEFAULT_DURATION_MS;
  if (!(durationMs > 0 && durationMs <= 50))
    throw new RangeError(`ECAP duration must be in (0, 50] ms, got ${durationMs}`);
  if (!(amplitudeMa >= 0) || !Number.isFinite(amplitudeMa))
    throw new RangeError(`amplitude must be a finite number of mA ≥ 0, got ${amplitudeMa}`);
  const n = Math.round((durationMs * 1000) / ECAP_SAMPLE_US);
  const neuralUv = new Float64Array(n);
  const lead = Math.round(-AP_TEMPLATES[0]!.startMs / (ECAP_SAMPLE_US / 1000));
  const recruitedFibres = neuralEcapInto(
    neuralUv,
    new Float64Array(AP_TEMPLATES.length * (n + lead)),
    config,
    amplitudeMa,
    n,
  );
  const artefactUv = artefactInto(new Float64Array(n), config, amplitudeMa, n);
  const noiseUv = new Float64Array(n);
  const next = seededRandom(options.seed ?? 1);
  for (let k = 0; k < n; k++) noiseUv[k] = ECAP_NOISE_RMS_UV * normal(next);
  const recordedUv = new Float64Array(n);
  for (let k = 0; k < n; k++) recordedUv[k] = neuralUv[k]! + artefactUv[k]! + noiseUv[k]!;
  return { sampleUs: ECAP_SAMPLE_US, amplitudeMa, neuralUv, artefactUv, noiseUv, recordedUv, recruitedFibres };
}
