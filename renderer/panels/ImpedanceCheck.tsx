import { useState } from 'react';
import { createPortal } from 'react-dom';
import type { ImpedanceReport, ResolvedImplant } from '../../src-core';
import { impedanceCheck } from '../../src-core';
import { ModalDialog } from '../components/ModalDialog';
import { useAppStore } from '../store/context';
import { formatImpedance, STATUS_WORDS } from './impedance-format';

type Outcome = { readonly ok: true; readonly report: ImpedanceReport } | { readonly ok: false; readonly error: string };

function MeasurementRows({ report, implant }: { readonly report: ImpedanceReport; readonly implant: ResolvedImplant }) {
  return (
    <>
      {report.monopolar.map((m) => {
        const contact = implant.contacts[m.contacts[0]!]!;
        return (
          <tr key={`m${m.contacts[0]}`} className={`impedance__row impedance__row--${m.status}`} title={m.message}>
            <th scope="row">Contact {contact.number}</th>
            <td>Lead {contact.leadIndex + 1}</td>
            <td className="impedance__value">{formatImpedance(m.impedanceOhm)}</td>
            <td>{STATUS_WORDS[m.status]}</td>
          </tr>
        );
      })}
    </>
  );
}

/**
 * The impedance check a programmer runs at the start of a visit (the core's `impedanceCheck` with the session's
 * injected faults): each contact to the case, problems — open and short circuits — listed with the contacts named.
 */
export function ImpedanceCheck() {
  const implant = useAppStore((s) => s.implant);
  const faults = useAppStore((s) => s.visit.session.faults);
  const noteImpedanceChecked = useAppStore((s) => s.noteImpedanceChecked);
  const [outcome, setOutcome] = useState<Outcome | undefined>(undefined);
  const run = () => {
    // The visit's log: the scorer's "impedance checked" step (scoreVisit's VisitLogFacts).
    noteImpedanceChecked();
    try {
      setOutcome({ ok: true, report: impedanceCheck(implant, faults) });
    } catch (error) {
      // A fault naming a contact the implant does not have: say so rather than show numbers for the wrong leads.
      setOutcome({ ok: false, error: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <>
      <button type="button" className="impedance__open" onClick={run}>
        Check impedances
      </button>
      {outcome &&
        createPortal(
          <ModalDialog title="Impedance check" className="impedance" onClose={() => setOutcome(undefined)}>
            {outcome.ok ? (
              <>
                <p
                  className={
                    outcome.report.problems.length > 0
                      ? 'impedance__summary impedance__summary--problems'
                      : 'impedance__summary'
                  }
                  role="status"
                >
                  {outcome.report.problems.length === 0
                    ? 'No impedance problems: every contact is within the expected range.'
                    : `${outcome.report.problems.length} problem${outcome.report.problems.length > 1 ? 's' : ''} found.`}
                </p>
                {outcome.report.problems.length > 0 && (
                  <ul className="impedance__problems" aria-label="Impedance problems">
                    {outcome.report.problems.map((p) => (
                      <li key={`${p.kind}${p.contacts.join('-')}`} className={`impedance__problem--${p.status}`}>
                        {p.message}
                      </li>
                    ))}
                  </ul>
                )}
                <div className="impedance__scroll">
                  <table aria-label="Contact impedances">
                    <caption>Each contact to the case (monopolar)</caption>
                    <thead>
                      <tr>
                        <th scope="col">Contact</th>
                        <th scope="col">Lead</th>
                        <th scope="col">Impedance</th>
                        <th scope="col">Status</th>
                      </tr>
                    </thead>
                    <tbody>
                      <MeasurementRows report={outcome.report} implant={implant} />
                    </tbody>
                  </table>
                </div>
                <p className="muted impedance__note">
                  Reads OK from {formatImpedance(outcome.report.thresholdsOhm.low)} to{' '}
                  {formatImpedance(outcome.report.thresholdsOhm.high)}; open above{' '}
                  {formatImpedance(outcome.report.thresholdsOhm.open)}, short below{' '}
                  {formatImpedance(outcome.report.thresholdsOhm.short)}.
                </p>
              </>
            ) : (
              <p role="alert">The check could not run: {outcome.error}</p>
            )}
          </ModalDialog>,
          document.body,
        )}
    </>
  );
}
