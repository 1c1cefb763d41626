import { useMemo } from 'react';
import { issuesOfActiveProgram, selectActiveProgram } from '../store/selectors';
import { useAppStore } from '../store/context';
import './charts.css';
import { programSafetyReport } from './safety-report';
import { formatNumberOrDash } from '../format/number-format';

/**
 * Safety and energy of the active program, from the core: peak charge density against the limit, the voltage the
 * output needs against the IPG's compliance, charge per second and the battery cost. Warnings are shown, never
 * resolved by clipping. Folded to one headline line by default; the Energy chart shows the battery cost in full.
 */
export function SafetySummary() {
  const program = useAppStore(selectActiveProgram);
  const programIndex = useAppStore((s) => s.visit.session.activeProgram);
  const implant = useAppStore((s) => s.implant);
  const faults = useAppStore((s) => s.visit.session.faults);
  const limit = useAppStore((s) => s.visit.session.settings.chargeDensityLimitUcPerCm2);
  const deliverable = useAppStore((s) => issuesOfActiveProgram(s).length === 0);

  const report = useMemo(
    () => (deliverable ? programSafetyReport(implant, program, limit, faults) : undefined),
    [deliverable, implant, program, limit, faults],
  );

  const headline = report
    ? [
        `${formatNumberOrDash(report.peakDensity, 1)} µC/cm²`,
        Number.isFinite(report.peakVoltage) ? `${formatNumberOrDash(report.peakVoltage, 1)} V` : 'open circuit',
        implant.ipg.battery === 'rechargeable'
          ? `${formatNumberOrDash(report.energy?.rechargeMinutesPerDay, 0)} min/day recharge`
          : `${formatNumberOrDash(report.energy?.longevityYears, 1)} years`,
      ].join(' · ')
    : 'not deliverable';

  return (
    <section className="panel safety-summary" aria-labelledby="safety-heading">
      {/* One line until opened: the column is shared with the patient and the charts; warnings always show. */}
      <details>
        <summary>
          <h2 id="safety-heading">Safety and energy · program {programIndex + 1}</h2>
          <span className="safety-summary__headline" aria-label="Safety summary">
            {headline}
          </span>
        </summary>
        {!report ? (
          <p className="muted">Shown once the program can be delivered.</p>
        ) : (
          <dl className="metrics">
            <dt>Peak charge density</dt>
            <dd aria-label="Peak charge density">
              {formatNumberOrDash(report.peakDensity, 1)} µC/cm² <span className="muted">(limit {limit})</span>
            </dd>
            <dt>Output voltage needed</dt>
            <dd aria-label="Output voltage needed">
              {Number.isFinite(report.peakVoltage) ? formatNumberOrDash(report.peakVoltage, 1) : 'open circuit'} V{' '}
              <span className="muted">(compliance {implant.ipg.complianceV} V)</span>
            </dd>
            <dt>Charge per second</dt>
            <dd aria-label="Charge per second">{formatNumberOrDash(report.energy?.chargePerSecondUc, 0)} µC/s</dd>
            <dt>Battery drain</dt>
            <dd aria-label="Battery drain">{formatNumberOrDash(report.energy?.batteryPowerMw, 2)} mW</dd>
            {implant.ipg.battery === 'rechargeable' ? (
              <>
                <dt>Recharging</dt>
                <dd aria-label="Recharge time">
                  {formatNumberOrDash(report.energy?.rechargeMinutesPerDay, 0)} min/day{' '}
                  <span className="muted">(typical IPG values)</span>
                </dd>
              </>
            ) : (
              <>
                <dt>Battery life</dt>
                <dd aria-label="Battery life">
                  {formatNumberOrDash(report.energy?.longevityYears, 1)} years{' '}
                  <span className="muted">(typical IPG values)</span>
                </dd>
              </>
            )}
          </dl>
        )}
      </details>
      {report && report.safety.warnings.length > 0 && (
        <ul className="warnings" aria-label="Safety warnings">
          {report.safety.warnings.map((w, i) => (
            <li key={i} className={w.severity === 'error' ? 'warning--error' : undefined}>
              {w.message}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
