/* eslint-disable no-restricted-imports -- an offline investigation of the model's internals, like tools/ */
/**
 * Why are the model's ECAPs a few µV (clinical: tens to hundreds, Parker et al. 2012)? Quantitative checks:
 * 1. one straight 12 µm fibre 3 mm from a point contact: the template method vs a full-compartment line source;
 * 2. the real fibres the population recruits at PT, 1.5 × PT, discomfort, and the sampling weights' total;
 * 3. the recording geometry: differential pair vs monopolar, and how much of the volley's path exists.
 * Run: npx tsx scripts/investigate-ecap-size.ts
 */
import { readFileSync } from 'node:fs';
import {
  POSTURES,
  PhysiologyEngine,
  configureSimulation,
  ecapAmplitudeAt,
  ecapConfigurationOf,
  ecapThresholdMa,
  restoreSession,
  type Posture,
} from '../src-core';
import { restoreInto, stepInto } from '../src-core/axon/cable-solver';
import { createMrgFibre } from '../src-core/axon/mrg-fibre';
import { monophasicPulse } from '../src-core/axon/pulse-shape';
import { prepareStimulus } from '../src-core/axon/stimulus-run';
import { DEFAULT_DT_US, findThresholdScale } from '../src-core/axon/threshold';
import { pointSourceAlongLineMvInto } from '../src-core/field/point-source';
import type { EcapConfiguration } from '../src-core/sensing/ecap-configuration';
import { neuralEcapInto } from '../src-core/sensing/ecap-trace';
import { ecapMeasuresOf } from '../src-core/sensing/ecap-measures';
import { CONTINUATION_MM } from '../src-core/sensing/volley-continuation';
import { AP_TEMPLATES, mixed, templateMixOf } from '../src-core/sensing/template-lookup';
import { um, us } from '../src-core/units';

const f1 = (x: number) => x.toFixed(1);
const f2 = (x: number) => x.toFixed(2);
const f3 = (x: number) => x.toPrecision(3);

// ---------------------------------------------------------------------------------------------------------------
// 1. Single fibre
// ---------------------------------------------------------------------------------------------------------------
/** Full MRG cable, every compartment's membrane current (axial in − axial out), line-source sum at a point. */
function fullCableSfapUv(diameterUm: number, distanceMm: number, sigmas: readonly number[], nodes = 81) {
  const fibre = createMrgFibre(um(diameterUm), { nodeCount: nodes });
  const { positionMm, nodeCompartment, compartmentCount: n } = fibre.layout;
  const driven = 4;
  const profile = pointSourceAlongLineMvInto(
    new Float64Array(n),
    positionMm,
    n,
    positionMm[nodeCompartment[driven]!]!,
    1,
    1,
    0.2,
  );
  const pulse = monophasicPulse(us(100), 'cathodic');
  const r = findThresholdScale(fibre, profile, pulse);
  if (!r.fired) throw new Error('no AP');
  const runMs = 5;
  const stim = prepareStimulus(pulse, DEFAULT_DT_US, runMs);
  const ws = fibre.workspace;
  restoreInto(ws, fibre.rest);
  const { axialConductanceUs: ga, periaxonalConductanceUs: gp } = fibre.electrical;
  const mid = positionMm[nodeCompartment[Math.floor(nodes / 2)]!]!;
  // The contact faces the middle node (and also the middle of the internode: both are reported).
  const contacts = [mid, mid + (positionMm[nodeCompartment[1]!]! - positionMm[nodeCompartment[0]!]!) / 2];
  const traces = sigmas.map(() => contacts.map(() => new Float64Array(stim.stepCount)));
  const axial = new Float64Array(n - 1);
  for (let k = 0; k < stim.stepCount; k++) {
    stepInto(ws, profile, 1.5 * r.thresholdScale * stim.wave[k]!, stim.dtMs);
    if (k < stim.pulseEndStep) continue;
    const { vmMv: vm, vMyelinMv: vp } = ws;
    for (let c = 0; c + 1 < n; c++)
      axial[c] = ga[c]! * (vm[c]! + vp[c]! - vm[c + 1]! - vp[c + 1]!) + gp[c]! * (vp[c]! - vp[c + 1]!);
    sigmas.forEach((sigma, s) =>
      contacts.forEach((z, ci) => {
        let phi = 0;
        for (let c = 0; c < n; c++) {
          const out = (c > 0 ? axial[c - 1]! : 0) - (c + 1 < n ? axial[c]! : 0); // nA leaving the fibre
          const dz = positionMm[c]! - z;
          phi += out / (4 * Math.PI * sigma * Math.sqrt(dz * dz + distanceMm * distanceMm)); // nA/(S/m·mm) = µV
        }
        traces[s]![ci]![k] = phi;
      }),
    );
  }
  return { traces, dtMs: stim.dtMs, internodeMm: positionMm[nodeCompartment[1]!]! - positionMm[nodeCompartment[0]!]! };
}

/** The model's template method on the same straight fibre with a point-contact sensitivity (reciprocity). */
function templateSfapUv(diameterUm: number, distanceMm: number, sigma: number, internodeMm: number, nodes = 81) {
  const mix = templateMixOf(diameterUm);
  const sens = new Float64Array(nodes);
  const path = new Float64Array(nodes);
  const driven = 4;
  const midZ = Math.floor(nodes / 2) * internodeMm;
  for (let k = 0; k < nodes; k++) {
    const dz = k * internodeMm - midZ;
    sens[k] = 1000 / (4 * Math.PI * sigma * Math.hypot(dz, distanceMm)); // mV per mA
    path[k] = Math.abs(k - driven) * internodeMm;
  }
  const config = {
    fibreCount: 1,
    nodesPerFibre: nodes,
    thresholdMa: Float64Array.of(0),
    weight: Float64Array.of(1),
    conductionVelocityMPerS: Float64Array.of(mixed(mix, (t) => t.conductionVelocityMPerS)),
    chronaxieUs: Float64Array.of(100),
    initiationDelayMs: Float64Array.of(0),
    templateLower: Int32Array.of(mix.lower),
    templateFraction: Float64Array.of(mix.fraction),
    excitationNode: Int32Array.of(driven),
    pathMm: path,
    sensitivityMvPerMa: sens,
    pulseWidthUs: 100,
  } as unknown as EcapConfiguration;
  const samples = 400;
  const out = new Float64Array(samples);
  neuralEcapInto(out, new Float64Array(AP_TEMPLATES.length * (samples + 20)), config, 1, samples);
  return out;
}

const peakToPeak = (a: Float64Array) => Math.max(...a) - Math.min(...a);

function singleFibre(): void {
  console.log('\n## 1. One straight 12 µm fibre, point contact 3 mm away, homogeneous medium');
  const d = 12;
  const dist = 3;
  const sigmas = [0.2, 1.7];
  const full = fullCableSfapUv(d, dist, sigmas);
  sigmas.forEach((sigma, s) => {
    const tmpl = templateSfapUv(d, dist, sigma, full.internodeMm);
    const atNode = full.traces[s]![0]!;
    const atMid = full.traces[s]![1]!;
    console.log(
      `σ = ${sigma} S/m: full MRG line source ${f3(peakToPeak(atNode))} µV p-p (min ${f3(Math.min(...atNode))}) facing a node, ` +
        `${f3(peakToPeak(atMid))} µV facing mid-internode; template method ${f3(peakToPeak(tmpl))} µV p-p (min ${f3(Math.min(...tmpl))})`,
    );
  });
  // Independent order of magnitude: the AP's leading-edge charge as a dipole. Peak axial current J ≈ 2.8 nA (the
  // 11.5–12.8 µm templates), the depolarising edge spans ≈ v·t_rise ≈ 66 m/s × 0.1 ms ≈ 6.6 mm, and the
  // repolarising tail returns the current over ≈ 3× that: a tripole whose near-field at r = 3 mm is ≈ J/(4πσ)·(1/r − 1/√(r²+ℓ²)).
  const J = mixed(templateMixOf(d), (t) => Math.max(...t.currentNa));
  const ell = 6.6;
  const estimate = (sigma: number) => (J / (4 * Math.PI * sigma)) * (1 / dist - 1 / Math.hypot(dist, ell));
  console.log(
    `hand estimate (peak axial current ${f2(J)} nA, source–sink separation ≈ ${ell} mm): ≈ ${f3(estimate(0.2))} µV at 0.2 S/m, ${f3(estimate(1.7))} µV in CSF`,
  );
}

// ---------------------------------------------------------------------------------------------------------------
// 2 & 3. Sample sessions
// ---------------------------------------------------------------------------------------------------------------
function sampleSession(name: string) {
  const restored = restoreSession(readFileSync(`resources/sessions/${name}`, 'utf8'));
  if (!restored.ok) throw new Error(restored.error);
  return restored;
}

function recruited(ecap: EcapConfiguration, amplitudeMa: number, filter: (f: number) => boolean = () => true) {
  let w = 0;
  let count = 0;
  for (let f = 0; f < ecap.fibreCount; f++)
    if (ecap.thresholdMa[f]! <= amplitudeMa && filter(f)) {
      w += ecap.weight[f]!;
      count++;
    }
  return { real: w, sampled: count };
}

const SESSIONS = ['tonic-leg-pain.scs.json', 'cervical-arm-pain.scs.json', 'lateral-lead-t10.scs.json'];

function sessions(): void {
  console.log('\n## 2. Real fibres recruited, and the population total');
  for (const name of SESSIONS) {
    const { session, implant } = sampleSession(name);
    const engine = new PhysiologyEngine();
    for (const posture of POSTURES as readonly Posture[]) {
      const configured = configureSimulation(engine, session, implant, {
        programIndex: session.activeProgram,
        areaIndex: 0,
        posture,
        stimulationOn: true,
      });
      const pop = configured.thresholds.population;
      const ecap = ecapConfigurationOf(engine, configured, undefined, { continuationMm: 0 });
      const pt = configured.perceptionThresholdMa!;
      const dt = configured.discomfortThresholdMa;
      if (posture === 'supine') {
        let total = 0;
        let large = 0;
        let dc = 0;
        let dcLarge = 0;
        for (let f = 0; f < pop.count; f++) {
          total += pop.weight[f]!;
          if (pop.diameterUm[f]! > 10.7) large += pop.weight[f]!;
          if (pop.kind[f] === 'dorsalColumn') {
            dc += pop.weight[f]!;
            if (pop.diameterUm[f]! > 10.7) dcLarge += pop.weight[f]!;
          }
        }
        console.log(
          `${name}: ${pop.count} sampled fibres × ${pop.nodesPerFibre} nodes stand for ${f1(total)} real fibres ≥ 5.7 µm ` +
            `(${f1(large)} > 10.7 µm); dorsal column ${f1(dc)} (${f1(dcLarge)} > 10.7 µm, both sides, 0–0.8 mm deep)`,
        );
      }
      const at = (a: number | null) =>
        a === null ? 'n/a' : `${f1(recruited(ecap, a).real)} (${recruited(ecap, a).sampled} sampled)`;
      const et = ecapThresholdMa(ecap);
      console.log(
        `  ${posture.padEnd(8)} PT ${f2(pt)} mA: ${at(pt)} | 1.5×PT: ${at(1.5 * pt)} | DT ${dt === null ? 'n/a' : f2(dt)} mA: ${at(dt)} | ` +
          `ECAP at 1.5×PT ${f2(ecapAmplitudeAt(ecap, Math.min(1.5 * pt, ecap.maxMa)))} µV | ET ${et === null ? 'none' : f2(et)} mA (ET/PT ${et === null ? '—' : f2(et / pt)})`,
      );
      if (posture === 'supine') geometry(engine, configured, ecap, 1.5 * pt);
    }
  }
}

/** 3. Differential vs monopolar; where the volley's fibres end relative to the recording contacts. */
function geometry(
  engine: PhysiologyEngine,
  configured: ReturnType<typeof configureSimulation>,
  ecap: EcapConfiguration,
  amplitudeMa: number,
): void {
  const { recording, reference } = ecap.contacts;
  const implant = configured.setup.implant;
  const sealed = { continuationMm: 0 };
  const mono = ecapConfigurationOf(engine, configured, { recording, reference: null }, sealed);
  const monoRef =
    reference === null
      ? null
      : ecapConfigurationOf(engine, configured, { recording: reference, reference: null }, sealed);
  const a = Math.min(amplitudeMa, ecap.maxMa);
  console.log(
    `    recording ${recording} (axial ${f1(implant.contacts[recording]!.centre.axialMm)} mm) − reference ${reference} ` +
      `(${reference === null ? '—' : f1(implant.contacts[reference]!.centre.axialMm)} mm): differential ${f2(ecapAmplitudeAt(ecap, a))} µV, ` +
      `monopolar recording ${f2(ecapAmplitudeAt(mono, a))} µV, monopolar reference ${monoRef ? f2(ecapAmplitudeAt(monoRef, a)) : '—'} µV at ${f2(a)} mA`,
  );
  // Fibre extents among the recruited ones.
  const pop = configured.thresholds.population;
  const n = pop.nodesPerFibre;
  const recAx = implant.contacts[recording]!.centre.axialMm;
  const refAx = reference === null ? recAx : implant.contacts[reference]!.centre.axialMm;
  let w = 0;
  let covered = 0;
  let coveredBoth = 0;
  let pathBeyond = 0;
  let minStart = Infinity;
  let maxEnd = -Infinity;
  const lo = Math.min(recAx, refAx);
  const hi = Math.max(recAx, refAx);
  const NEED_MM = 10; // the volley's spatial extent (≈ 0.15 ms × 65 m/s) either side of a contact
  for (let f = 0; f < pop.count; f++) {
    if (!(ecap.thresholdMa[f]! <= a)) continue;
    const ax0 = pop.nodeAxialMm[f * n]!;
    const ax1 = pop.nodeAxialMm[f * n + n - 1]!;
    const start = Math.min(ax0, ax1);
    const end = Math.max(ax0, ax1);
    minStart = Math.min(minStart, start);
    maxEnd = Math.max(maxEnd, end);
    const wf = ecap.weight[f]!;
    w += wf;
    if (start <= recAx - NEED_MM && end >= recAx + NEED_MM) covered += wf;
    if (start <= lo - NEED_MM && end >= hi + NEED_MM) coveredBoth += wf;
    // Share of the path [lo − 10, hi + 10] mm that exists in this fibre (dorsal-root fibres: axial extent only).
    const want = hi - lo + 2 * NEED_MM;
    const have = Math.max(0, Math.min(end, hi + NEED_MM) - Math.max(start, lo - NEED_MM));
    pathBeyond += wf * (have / want);
  }
  console.log(
    `    recruited fibres span axial ${f1(minStart)}–${f1(maxEnd)} mm; with ±${NEED_MM} mm of path around the recording ` +
      `contact: ${f1((100 * covered) / w)} % (weighted), around both contacts ${f1((100 * coveredBoth) / w)} %; ` +
      `mean share of the volley's path [pair ± ${NEED_MM} mm] that exists: ${f1((100 * pathBeyond) / w)} %`,
  );
  // Where the recruited fibres end, past the recording contact along the volley (rostral = smaller axial).
  const ends: { past: number; w: number }[] = [];
  for (let f = 0; f < pop.count; f++) {
    if (!(ecap.thresholdMa[f]! <= a)) continue;
    const start = Math.min(pop.nodeAxialMm[f * n]!, pop.nodeAxialMm[f * n + n - 1]!);
    ends.push({ past: recAx - start, w: ecap.weight[f]! });
  }
  ends.sort((x, y) => x.past - y.past);
  const quantile = (q: number) => {
    let acc = 0;
    for (const e of ends) if ((acc += e.w) >= q * w) return e.past;
    return ends[ends.length - 1]!.past;
  };
  console.log(
    `    rostral fibre end past the recording contact (mm, weighted quantiles 10/50/90 %): ` +
      `${f1(quantile(0.1))} / ${f1(quantile(0.5))} / ${f1(quantile(0.9))} (reference at ${f1(recAx - refAx)} mm)`,
  );
  const ecapC = ecapConfigurationOf(engine, configured, ecap.contacts, sealed);
  const tr = new Float64Array(300);
  neuralEcapInto(tr, new Float64Array(AP_TEMPLATES.length * 320), ecapC, a, 300);
  const m = ecapMeasuresOf(tr, 10, ecap.pulseWidthUs / 1000);
  console.log(
    `    differential N1 ${f2(m.n1Uv)} µV at ${f2(m.n1LatencyMs)} ms, P2 ${f2(m.p2Uv)} µV at ${f2(m.p2LatencyMs)} ms`,
  );
}

if (!process.argv.includes('--truncation-only')) singleFibre();
if (!process.argv.includes('--truncation-only')) sessions();

// ---------------------------------------------------------------------------------------------------------------
// 3b. Truncation at the population level: the model with the volley stopped at the sampled ends (continuationMm 0,
// the first version) against the volley continued straight past them for the recording (volley-continuation.ts).
// ---------------------------------------------------------------------------------------------------------------
function truncation(): void {
  console.log(`\n## 3b. Volley stopped at the sampled ends → continued ${CONTINUATION_MM} mm past them: ECAP and ET`);
  for (const name of SESSIONS) {
    const { session, implant } = sampleSession(name);
    const engine = new PhysiologyEngine();
    for (const posture of POSTURES as readonly Posture[]) {
      const configured = configureSimulation(engine, session, implant, {
        programIndex: session.activeProgram,
        areaIndex: 0,
        posture,
        stimulationOn: true,
      });
      const ecap = ecapConfigurationOf(engine, configured, undefined, { continuationMm: 0 });
      const ext = ecapConfigurationOf(engine, configured);
      const pt = configured.perceptionThresholdMa!;
      const a = Math.min(1.5 * pt, ecap.maxMa);
      const et = ecapThresholdMa(ext);
      console.log(
        `  ${name} ${posture}: at 1.5×PT ${f2(ecapAmplitudeAt(ecap, a))} → ${f2(ecapAmplitudeAt(ext, a))} µV; at the ceiling ` +
          `${f2(ecapAmplitudeAt(ecap, ecap.maxMa))} → ${f2(ecapAmplitudeAt(ext, ecap.maxMa))} µV; ET ${et === null ? 'none' : `${f2(et)} mA, ET/PT ${f2(et / pt)}`}`,
      );
    }
  }
}
truncation();

// ---------------------------------------------------------------------------------------------------------------
// 3a. One straight 12 µm fibre 3 mm from the contacts in CSF (1.7 S/m), AP travelling rostrally past the recording
// contact: P2 − N1 by where the fibre ends, monopolar and with the reference 7 mm further along (the tonic pair) or
// 7 mm behind.
// ---------------------------------------------------------------------------------------------------------------
function truncatedSingleFibreNv(endMm: number, refMm: number | null, dist = 3, sigma = 1.7): number {
  const L = 1.2; // ≈ the 12 µm MRG internode (mm)
  const startMm = 40; // the AP starts 40 mm before the recording contact
  const nodes = Math.round((startMm - endMm) / L) + 1;
  const mix = templateMixOf(12);
  const sens = new Float64Array(nodes);
  const path = new Float64Array(nodes);
  for (let k = 0; k < nodes; k++) {
    const z = startMm - k * L;
    const s = (zc: number) => 1000 / (4 * Math.PI * sigma * Math.hypot(z - zc, dist));
    sens[k] = s(0) - (refMm === null ? 0 : s(refMm));
    path[k] = k * L;
  }
  const config = {
    fibreCount: 1,
    nodesPerFibre: nodes,
    thresholdMa: Float64Array.of(0),
    weight: Float64Array.of(1),
    conductionVelocityMPerS: Float64Array.of(mixed(mix, (t) => t.conductionVelocityMPerS)),
    chronaxieUs: Float64Array.of(100),
    initiationDelayMs: Float64Array.of(0),
    templateLower: Int32Array.of(mix.lower),
    templateFraction: Float64Array.of(mix.fraction),
    excitationNode: Int32Array.of(1),
    pathMm: path,
    sensitivityMvPerMa: sens,
    pulseWidthUs: 100,
  } as unknown as EcapConfiguration;
  const out = new Float64Array(300);
  neuralEcapInto(out, new Float64Array(AP_TEMPLATES.length * 320), config, 1, 300);
  return 1000 * ecapMeasuresOf(out, 10, 0.1).amplitudeUv;
}
if (!process.argv.includes('--truncation-only')) {
  console.log('\n## 3a. One fibre, 3 mm in CSF: P2 − N1 (nV) by where it ends past the recording contact (mm)');
  for (const ref of [null, 7, -7]) {
    const row = [60, 20, 10, 5, 3, 0].map((e) => `${e}: ${f1(truncatedSingleFibreNv(-e, ref === null ? null : -ref))}`);
    console.log(`  reference ${ref === null ? 'distant' : `${ref} mm ahead`}: ${row.join(' | ')}`);
  }
}
