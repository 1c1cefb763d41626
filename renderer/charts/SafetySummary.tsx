import { useMemo } from 'react';
import { issuesOfActiveProgram, selectActiveProgram } from '../store/selectors';
import { useAppStore } from '../store/context';
import './charts.css';
import { type BatteryStatus } from '../../src-core';
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
  const patient = useAppStore((s) => s.visit.session.patient);
  const conditions = useAppStore((s) => s.visit.session.conditions);
  const settings = useAppStore((s) => s.visit.session.settings);
  const limit = settings.chargeDensityLimitUcPerCm2;
  const noteTraineeSignal = useAppStore((s) => s.noteTraineeSignal);
  const deliverable = useAppStore((s) => issuesOfActiveProgram(s).length === 0);

  const report = useMemo(() => {
    if (!deliverable) return undefined;
    const device = { patient, faults, settings, ...(conditions ? { conditions } : {}) };
    return programSafetyReport(implant, program, device);
  }, [deliverable, implant, program, faults, patient, settings, conditions]);

  const headline = report
    ? [
        ...(report.battery ? [`battery ${formatNumberOrDash(report.battery.chargePct, 0)} %`] : []),
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
      <details onToggle={(e) => e.currentTarget.open && noteTraineeSignal('energyShown', performance.now())}>
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
              <span className="muted">
                {report.safety.complianceV < implant.ipg.complianceV
                  ? `(the IPG reaches only ${formatNumberOrDash(report.safety.complianceV, 1)} V now; rated ${implant.ipg.complianceV} V)`
                  : `(compliance ${implant.ipg.complianceV} V)`}
              </span>
            </dd>
            <dt>Charge per second</dt>
            <dd aria-label="Charge per second">{formatNumberOrDash(report.energy?.chargePerSecondUc, 0)} µC/s</dd>
            {report.battery && (
              <>
                <dt>Battery</dt>
                <dd aria-label="Battery charge">{batteryText(report.battery)}</dd>
              </>
            )}
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
      {report && (report.safety.warnings.length > 0 || report.battery?.low) && (
        <ul className="warnings" aria-label="Safety warnings">
          {report.battery?.low && (
            <li className="warning--error">
              Battery low: {batteryText(report.battery)} —{' '}
              {implant.ipg.battery === 'rechargeable'
                ? 'ask the patient to recharge today.'
                : 'plan the IPG replacement.'}
            </li>
          )}
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

/** "8 % — about 14 h of stimulation left on this program" (or months / years for a primary cell). */
function batteryText(battery: BatteryStatus): string {
  const charge = `${formatNumberOrDash(battery.chargePct, 0)} %`;
  if (battery.hoursLeft !== null)
    return battery.hoursLeft < 48
      ? `${charge}, about ${formatNumberOrDash(battery.hoursLeft, 0)} h of stimulation left on this program`
      : `${charge}, about ${formatNumberOrDash(battery.hoursLeft / 24, 0)} days of stimulation left on this program`;
  if (battery.yearsLeft !== null)
    return battery.yearsLeft < 1
      ? `${charge}, about ${formatNumberOrDash(battery.yearsLeft * 12, 0)} months left on this program`
      : `${charge}, about ${formatNumberOrDash(battery.yearsLeft, 1)} years left on this program`;
  return charge;
}
