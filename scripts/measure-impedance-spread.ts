/**
 * The per-contact impedance variation over the sample sessions and the cases (as they open): each healthy contact's
 * monopolar reading (contact to case) and each neighbouring pair, as the app's impedance check shows them
 * (`deviceStateOf` → `impedanceCheck`), with min / median / max and how many read outside the clinical 300–1500 Ω
 * band. Run: `npx tsx scripts/measure-impedance-spread.ts`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import {
  caseToSession,
  deviceStateOf,
  impedanceCheck,
  parseCase,
  restoreSession,
  serializeSession,
  type RestoredSession,
} from '../src-core';

const opened: { name: string; restored: RestoredSession }[] = [];
for (const file of readdirSync('resources/sessions').sort()) {
  const restored = restoreSession(readFileSync(`resources/sessions/${file}`, 'utf8'));
  if (restored.ok) opened.push({ name: file, restored });
}
for (const file of readdirSync('resources/cases').sort()) {
  const parsed = parseCase(readFileSync(`resources/cases/${file}`, 'utf8'));
  if (!parsed.ok || !parsed.case.implant) continue;
  const restored = restoreSession(serializeSession(caseToSession(parsed.case)));
  if (restored.ok) opened.push({ name: file, restored });
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
const all: number[] = [];
const pairs: number[] = [];
console.log('file                                   contacts  monopolar min / median / max (Ω)  bipolar min / max (Ω)');
for (const { name, restored } of opened) {
  const state = deviceStateOf(restored.session, restored.implant);
  const report = impedanceCheck(restored.implant, state.faults, state.impedance);
  const mono = report.monopolar.filter((m) => m.status === 'ok').map((m) => m.impedanceOhm!);
  const bi = report.bipolar.filter((m) => m.status === 'ok').map((m) => m.impedanceOhm!);
  all.push(...mono);
  pairs.push(...bi);
  const s = [...mono].sort((a, b) => a - b);
  const b = [...bi].sort((x, y) => x - y);
  console.log(
    `${name.padEnd(38)} ${String(s.length).padStart(8)}  ${Math.round(s[0]!)} / ${Math.round(quantile(s, 0.5))} / ${Math.round(s[s.length - 1]!)}`.padEnd(
      86,
    ) + `${b.length ? `${Math.round(b[0]!)} / ${Math.round(b[b.length - 1]!)}` : '—'}`,
  );
}
const sorted = [...all].sort((a, b) => a - b);
const outside = sorted.filter((z) => z < 300 || z > 1500).length;
console.log(
  `\nall healthy monopolar readings: n = ${sorted.length}, min ${Math.round(sorted[0]!)} Ω, 5 % ${Math.round(quantile(sorted, 0.05))} Ω, median ${Math.round(quantile(sorted, 0.5))} Ω, 95 % ${Math.round(quantile(sorted, 0.95))} Ω, max ${Math.round(sorted[sorted.length - 1]!)} Ω; outside 300–1500 Ω: ${outside}`,
);
const p = [...pairs].sort((a, b) => a - b);
console.log(
  `all healthy bipolar (neighbour) readings: n = ${p.length}, min ${Math.round(p[0]!)} Ω, max ${Math.round(p[p.length - 1]!)} Ω`,
);
