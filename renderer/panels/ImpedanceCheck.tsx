import { useState } from 'react';
import { createPortal } from 'react-dom';
import type { ImpedanceReport, ResolvedImplant } from '../../src-core';
import { IMPEDANCE_RISE_FLAG_PCT, deviceStateOf, impedanceCheck } from '../../src-core';
import { ModalDialog } from '../components/ModalDialog';
import { useAppStore } from '../store/context';
import { formatImpedance, STATUS_WORDS } from './impedance-format';

/** The change since implant as a signed whole percentage, "—" when there is none to show. */
function changeText(changePct: number | null): string {
  if (changePct === null) return '—';
  const rounded = Math.round(changePct);
  return rounded === 0 ? '0 %' : `${rounded > 0 ? '+' : '−'}${Math.abs(rounded)} %`;
}

type Outcome = { readonly ok: true; readonly report: ImpedanceReport } | { readonly ok: false; readonly error: string };

function MeasurementRows({ report, implant }: { readonly report: ImpedanceReport; readonly implant: ResolvedImplant }) {
  return (
    <>
      {report.monopolar.map((m) => {
        const contact = implant.contacts[m.contacts[0]!]!;
        const change = m.changeFromBaselinePct;
        const risen = m.status === 'ok' && change !== null && change >= IMPEDANCE_RISE_FLAG_PCT;
        return (
          <tr
            key={`m${m.contacts[0]}`}
            className={`impedance__row impedance__row--${risen ? 'risen' : m.status}`}
            title={m.message}
          >
            <th scope="row">Contact {contact.number}</th>
            <td>Lead {contact.leadIndex + 1}</td>
            <td className="impedance__value">{formatImpedance(m.impedanceOhm)}</td>
            <td className="impedance__value">{changeText(change)}</td>
            <td>{risen ? 'Risen' : STATUS_WORDS[m.status]}</td>
          </tr>
        );
      })}
    </>
  );
}

/**
 * The impedance check a programmer runs at the start of a visit (the core's `impedanceCheck` with the session's
 * injected faults, the patient's per-contact variation and any capsule rise, `deviceStateOf`): each contact to the case
 * with its change since implant, problems — open and short circuits — listed with the contacts named, risen contacts flagged.
 */
export function ImpedanceCheck() {
  const implant = useAppStore((s) => s.implant);
  const faults = useAppStore((s) => s.visit.session.faults);
  const patient = useAppStore((s) => s.visit.session.patient);
  const conditions = useAppStore((s) => s.visit.session.conditions);
  const noteImpedanceChecked = useAppStore((s) => s.noteImpedanceChecked);
  const [outcome, setOutcome] = useState<Outcome | undefined>(undefined);
  const run = () => {
    // The visit's log: the scorer's "impedance checked" step (scoreVisit's VisitLogFacts).
    noteImpedanceChecked();
    try {
      // The patient's per-contact variation and any capsule rise, compared with the readings at implant.
      const state = deviceStateOf({ patient, faults, ...(conditions ? { conditions } : {}) }, implant);
      setOutcome({ ok: true, report: impedanceCheck(implant, state.faults, state.impedance) });
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
                    outcome.report.problems.length > 0 || outcome.report.risen.length > 0
                      ? 'impedance__summary impedance__summary--problems'
                      : 'impedance__summary'
                  }
                  role="status"
                >
                  {outcome.report.problems.length === 0
                    ? 'No impedance problems: every contact is within the expected range.'
                    : `${outcome.report.problems.length} problem${outcome.report.problems.length > 1 ? 's' : ''} found.`}
                  {outcome.report.risen.length > 0 &&
                    ` ${outcome.report.risen.length} contact${outcome.report.risen.length > 1 ? 's have' : ' has'} risen by ${IMPEDANCE_RISE_FLAG_PCT} % or more since implant.`}
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
                        <th scope="col">Since implant</th>
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
