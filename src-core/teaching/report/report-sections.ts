/**
 * The sections of the printed report, each a function from the report (and the locale's numbers) to HTML. Every
 * string from a file goes through `escapeHtml`; numbers through the locale's formatter.
 */
import { PARADIGM_NAMES } from '../../session/visit-record';
import { escapeHtml as e } from './html-text';
import { fluoroStillSvg } from './fluoro-svg';
import { levelText, type ReportNumbers } from './report-format';
import type { AreaReport, VisitReport } from './visit-report';

const LEVEL_NAMES = {
  earlyLearner: 'early learner',
  advancedLearner: 'advanced learner',
  practitioner: 'practitioner',
};
const STATUS_MARK = { pass: '✓', fail: '✗', notApplicable: '–' } as const;

const row = (cells: readonly string[], numeric: readonly number[] = []) =>
  `<tr>${cells.map((c, i) => (numeric.includes(i) ? `<td class="num">${c}</td>` : `<td>${c}</td>`)).join('')}</tr>`;
const head = (cells: readonly string[], numeric: readonly number[] = []) =>
  `<thead><tr>${cells.map((c, i) => `<th scope="col"${numeric.includes(i) ? ' class="num"' : ''}>${c}</th>`).join('')}</tr></thead>`;

function contactsText(area: AreaReport): string {
  return area.contacts
    .map(
      (c) =>
        `${c.electrode === 'case' ? 'case' : c.electrode}${c.polarity === 'cathode' ? '−' : '+'}${c.fractionPct < 100 ? ` ${Math.round(c.fractionPct)} %` : ''}`,
    )
    .join(', ');
}

/** Case, patient and brief. */
export function caseSection(r: VisitReport): string {
  const c = r.case;
  return `<section><h2>Case</h2>
<p><strong>${e(c.title)}</strong> <span class="meta">(${e(c.id)} · ${LEVEL_NAMES[c.level]} · difficulty ${c.difficulty} of 5)</span></p>
<p>Patient: ${e(c.patientName)}. ${e(c.brief)}</p>
<ul>${c.objectives.map((o) => `<li>${e(o)}</li>`).join('')}</ul></section>`;
}

/** Hardware and lead levels beside the fluoroscopy still. */
export function hardwareSection(r: VisitReport, n: ReportNumbers): string {
  const h = r.hardware;
  const leads = h.leads
    .map((l) =>
      row([
        `${l.leadIndex + 1}`,
        e(l.modelName),
        levelText(l.tip, n) +
          (l.intendedTip ? ` <span class="warn">(placed at ${levelText(l.intendedTip, n)})</span>` : ''),
        `${levelText(l.contactsSpan.top, n)} – ${levelText(l.contactsSpan.bottom, n)}`,
        `${l.contactNumbers[0]}–${l.contactNumbers[1]}`,
        `${n.fixed(Math.abs(l.lateralMm), 1)} mm ${l.lateralMm > 0 ? 'left' : l.lateralMm < 0 ? 'right' : ''}`.trim(),
      ]),
    )
    .join('');
  const label = `Fluoroscopy-style still drawn from the implant geometry: ${h.leads
    .map(
      (l) =>
        `lead ${l.leadIndex + 1} contacts ${levelText(l.contactsSpan.top, n)} to ${levelText(l.contactsSpan.bottom, n)}`,
    )
    .join('; ')}`;
  return `<section><h2>Hardware and lead levels</h2><div class="grid"><div>
<p>${e(h.ipgName)}${h.ipgName.toLowerCase().includes(h.battery) ? '' : ` (${h.battery})`}, compliance ${n.fixed(h.complianceV, 1)} V, charge-density limit ${n.fixed(h.chargeDensityLimitUcPerCm2, 0)} µC/cm² per phase.</p>
<table>${head(['Lead', 'Model', 'Tip', 'Contacts span', 'Contacts', 'From midline'])}<tbody>${leads}</tbody></table>
</div><figure>${fluoroStillSvg(r.fluoro, label)}<figcaption>Drawn from the implant geometry (AP view, patient's right on the left); not an image.</figcaption></figure></div></section>`;
}

/** Impedances, when measured. */
export function impedanceSection(r: VisitReport, n: ReportNumbers): string {
  const i = r.impedance;
  if (!i.measured) return `<section><h2>Impedances</h2><p class="fail">Not measured in this visit.</p></section>`;
  const cells = i.monopolar.map(
    (m) =>
      `${m.contacts.join('–')}: ${m.impedanceOhm === null ? 'open' : `${n.fixed(m.impedanceOhm, 0)} Ω`}${m.status === 'ok' ? '' : ` <span class="fail">(${m.status})</span>`}`,
  );
  return `<section><h2>Impedances (monopolar, contact to case)</h2><p>${cells.join(' · ')}</p>
${i.problems.length === 0 ? '<p class="pass">No open or shorted contact found.</p>' : `<ul>${i.problems.map((p) => `<li class="fail">${e(p.message)}</li>`).join('')}</ul>`}</section>`;
}

/** Each device program and its areas with the safety numbers. */
export function programsSection(r: VisitReport, n: ReportNumbers): string {
  if (r.programs.length === 0)
    return `<section><h2>Programs on the device</h2><p class="fail">Nothing was saved to the device.</p></section>`;
  const rows = r.programs.flatMap((p) =>
    p.areas.map((a) =>
      row(
        [
          a.areaIndex === 0 ? `${p.programIndex + 1}${p.active ? ' (active)' : ''} ${e(p.name)}` : '',
          a.areaIndex === 0 ? PARADIGM_NAMES[p.paradigm] : '',
          `${a.areaIndex + 1}`,
          contactsText(a),
          n.fixed(a.amplitudeMa, 2) +
            (a.subPerceptionPct === null ? '' : ` (${n.fixed(a.subPerceptionPct, 0)} % of PT)`),
          n.fixed(a.pulseWidthUs, 0),
          n.fixed(p.rateHz, 0),
          n.fixed(a.chargePerPhaseUc, 3),
          n.fixed(a.peakChargeDensityUcPerCm2, 2),
          a.requiredVoltageV === null
            ? '<span class="fail">open</span>'
            : `${n.fixed(a.requiredVoltageV, 2)} V ${a.withinCompliance ? '<span class="pass">within</span>' : '<span class="fail">over</span>'}`,
        ],
        [4, 5, 6, 7, 8, 9],
      ),
    ),
  );
  return `<section><h2>Programs on the device</h2><table>${head(
    ['Program', 'Paradigm', 'Area', 'Contacts (fractions)', 'mA', 'µs', 'Hz', 'µC/phase', 'µC/cm²', 'Compliance'],
    [4, 5, 6, 7, 8, 9],
  )}<tbody>${rows.join('')}</tbody></table></section>`;
}

/** Thresholds found against the model's truth, and the outcome. */
export function outcomeSection(r: VisitReport, n: ReportNumbers): string {
  const t = r.thresholds.map((x) =>
    row(
      [
        x.kind,
        x.recordedMa === null ? 'not recorded' : `${n.fixed(x.recordedMa, 2)} mA`,
        x.truthMa === null ? 'never reached' : `${n.fixed(x.truthMa, 2)} mA`,
        x.relativeError === null ? '—' : `${n.fixed(x.relativeError * 100, 0)} %`,
      ],
      [1, 2, 3],
    ),
  );
  const o = r.outcome;
  const pct = (x: number | null) => (x === null ? '—' : `${n.fixed(x, 0)} %`);
  return `<section><h2>Thresholds found vs the model (saved program, supine)</h2>
${t.length === 0 ? '<p>None asked for or recorded.</p>' : `<table>${head(['Threshold', 'Recorded', 'Model truth', 'Off by'], [1, 2, 3])}<tbody>${t.join('')}</tbody></table>`}
<h2>Coverage and relief</h2>
<p>Pain covered by paresthesia ${pct(o.painCoveredPct)}; paresthesia outside the pain ${pct(o.extraneousPct)}${o.reliefPct === null ? '' : `; relief (teaching model) ${pct(o.reliefPct)}`}; ${o.comfortable === null ? 'nothing delivered' : o.comfortable ? 'comfortable' : '<span class="fail">uncomfortable</span>'}.</p>
<ul>${o.criteria.map((v) => `<li><span class="${v.met === null ? 'warn' : v.met ? 'pass' : 'fail'}">${v.met === null ? '?' : v.met ? '✓' : '✗'}</span> ${e(v.description)}: ${e(v.measured)}</li>`).join('')}</ul></section>`;
}

/** The patient's words from the sensation history. */
export function wordsSection(r: VisitReport, n: ReportNumbers): string {
  if (r.patientWords.length === 0)
    return `<section><h2>The patient's words</h2><p>No sensation was noted during the visit.</p></section>`;
  const rows = r.patientWords.map((w) =>
    row(
      [
        `${n.fixed(w.atS / 60, 1)} min`,
        `${n.fixed(w.amplitudeMa, 2)} mA`,
        e(w.configuration),
        e(w.posture),
        `<q>${e(w.patientSaid)}</q>`,
      ],
      [0, 1],
    ),
  );
  return `<section class="long"><h2>The patient's words</h2><table>${head(['When', 'Amplitude', 'Settings', 'Posture', 'Said'], [0, 1])}<tbody>${rows.join('')}</tbody></table></section>`;
}

/** Safety warnings of the device programs and the logged overrides. */
export function safetySection(r: VisitReport): string {
  const warnings =
    r.warnings.length === 0
      ? '<p class="pass">The device programs raise no safety warning.</p>'
      : `<ul>${r.warnings.map((w) => `<li class="${w.severity === 'error' ? 'fail' : 'warn'}">${w.severity}: ${e(w.message)}</li>`).join('')}</ul>`;
  const overrides =
    r.safetyOverrides.length === 0
      ? '<p>No safety override was logged.</p>'
      : `<ul>${r.safetyOverrides.map((o) => `<li><strong>Override by ${e(o.clinician)}</strong> at ${e(o.at)}: <q>${e(o.reason)}</q> — ${o.findings.map((f) => e(f.message)).join('; ')}</li>`).join('')}</ul>`;
  return `<section><h2>Warnings and safety overrides</h2>${warnings}${overrides}</section>`;
}

/** Energy of the active program. */
export function energySection(r: VisitReport, n: ReportNumbers): string {
  const g = r.energy;
  const supply =
    g.battery === 'rechargeable'
      ? `${n.fixed(g.rechargeMinutesPerDay, 0)} min of recharging a day`
      : `${n.fixed(g.longevityYears, 1)} years of battery life`;
  return `<section><h2>Energy (active program)</h2><p>${g.chargePerSecondUc === null ? 'Nothing delivered.' : `${n.fixed(g.chargePerSecondUc, 1)} µC/s, ${n.fixed(g.batteryPowerMw, 2)} mW from the battery: ${supply}.`}</p></section>`;
}

/** Score, level, checklist, parts and feedback. */
export function scoreSection(r: VisitReport, n: ReportNumbers): string {
  const s = r.score;
  return `<section><h2>Score</h2>
<p><span class="score">${n.fixed(s.score, 1)}/100</span> — <strong>${s.level}</strong> <span class="meta">(${e(s.levelReason)})</span></p>
<p>Benchmark: ${s.benchmarkDescription === null ? 'none' : `${e(s.benchmarkDescription)}, score ${n.fixed(s.benchmarkScore, 1)}`}${s.editCount === null ? '' : ` · ${s.editCount} edits`}.</p>
<ul>${s.checklist.map((i) => `<li><span class="${i.status === 'pass' ? 'pass' : i.status === 'fail' ? 'fail' : 'meta'}">${STATUS_MARK[i.status]}</span> ${e(i.label)}: ${e(i.reason)}</li>`).join('')}</ul>
<p class="meta">Parts (weight × value): ${s.parts.map((p) => `${p.component} ${p.weight} × ${p.value === null ? 'not assessed' : n.fixed(p.value, 2)}`).join(' · ')}</p>
${s.feedback.length === 0 ? '' : `<h3>Feedback</h3><ul>${s.feedback.map((f) => `<li>${e(f)}</li>`).join('')}</ul>`}</section>`;
}
