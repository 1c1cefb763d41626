import type { ElectrodeRef } from '../../src-core';
import { contactState, levelPositionAt, mm, type ContactState } from '../../src-core';
import { selectActiveArea } from '../store/selectors';
import { useAppStore } from '../store/context';

const SYMBOL: Record<ContactState, string> = { cathode: '−', anode: '+', off: '' };
const WORD: Record<ContactState, string> = { cathode: 'cathode (−)', anode: 'anode (+)', off: 'off' };

/** "over T9 + 4 mm": where a contact's centre lies along the spine, so a trainee can pick contacts by level. */
function levelText(axialMm: number): string {
  const at = levelPositionAt(mm(axialMm));
  return `over ${at.level} + ${Math.round(at.offsetMm)} mm`;
}

function ContactButton({
  electrode,
  label,
  where,
}: {
  readonly electrode: ElectrodeRef;
  readonly label: string;
  readonly where?: string;
}) {
  const state = useAppStore((s) => contactState(selectActiveArea(s).contacts, electrode));
  const program = useAppStore((s) => s.visit.session.activeProgram);
  const area = useAppStore((s) => s.activeArea);
  const applyEdit = useAppStore((s) => s.applyEdit);
  return (
    <button
      type="button"
      className={`contact contact--${state}`}
      aria-label={`${label}: ${WORD[state]}`}
      title={`${label}${where ? ` (${where})` : ''}: ${WORD[state]} — click to cycle off → − → +`}
      onClick={() => applyEdit({ kind: 'cycleContact', program, area, electrode })}
    >
      <span className="contact__number">{electrode === 'case' ? 'Case' : electrode}</span>
      <span className="contact__sign" aria-hidden="true">
        {SYMBOL[state]}
      </span>
    </button>
  );
}

/**
 * The leads' contacts laid out as on a clinician programmer, one column per lead (paddles by column), plus the
 * IPG case. A click cycles a contact off → − → +; polarity is shown by sign and colour, never colour alone.
 */
export function ContactGrid() {
  const leads = useAppStore((s) => s.implant.leads);
  const contacts = useAppStore((s) => s.implant.contacts);
  return (
    <div className="contact-grid" role="group" aria-label="Contacts">
      {leads.map((lead, leadIndex) => {
        const own = contacts.filter((c) => c.leadIndex === leadIndex);
        // Paddle columns by their position across the paddle, patient's left first (as seen from behind).
        const acrossOf = (indexOnLead: number) => lead.model.contacts[indexOnLead]?.acrossMm ?? 0;
        const columns = [...new Set(own.map((c) => acrossOf(c.indexOnLead)))].sort((a, b) => b - a);
        return (
          <div
            key={leadIndex}
            className="contact-grid__lead"
            role="group"
            aria-label={`Lead ${leadIndex + 1}: ${lead.model.name}`}
          >
            <span className="contact-grid__title">Lead {leadIndex + 1}</span>
            <div className="contact-grid__columns">
              {columns.map((lateral) => (
                <div key={lateral} className="contact-grid__column">
                  {own
                    .filter((c) => acrossOf(c.indexOnLead) === lateral)
                    .map((c) => (
                      <ContactButton
                        key={c.number}
                        electrode={c.number}
                        label={`Contact ${c.number}`}
                        where={levelText(c.centre.axialMm)}
                      />
                    ))}
                </div>
              ))}
            </div>
          </div>
        );
      })}
      <div className="contact-grid__lead" aria-label="IPG case">
        <span className="contact-grid__title">IPG</span>
        <ContactButton electrode="case" label="Case" />
      </div>
    </div>
  );
}
