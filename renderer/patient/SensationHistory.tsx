import { useAppStore } from '../store/context';
import { formatNumber } from '../format/number-format';

const clockText = (seconds: number) =>
  `${Math.floor(seconds / 60)}:${String(Math.floor(seconds % 60)).padStart(2, '0')}`;

/** The visit's sensation history, newest first: what the patient said at each setting that stood for a moment. */
export function SensationHistory() {
  const notes = useAppStore((s) => s.visitRecord.sensations);
  return (
    <details className="history">
      <summary>Visit history ({notes.length})</summary>
      {notes.length === 0 ? (
        <p className="muted small">What the patient says at each setting you pause on is written here.</p>
      ) : (
        // Focusable: the list scrolls within its panel, and keyboard users must be able to scroll it too.
        <ol className="history__list" aria-label="Visit history" reversed tabIndex={0}>
          {[...notes].reverse().map((note, i) => (
            <li key={`${notes.length - i}`}>
              <div className="history__meta">
                <span>{clockText(note.atS)}</span>
                <span>{formatNumber(note.amplitudeMa, { decimals: 1 })} mA</span>
                <span>{note.configuration}</span>
                {note.painCoveredPct !== null && <span>paresthesia covers {note.painCoveredPct} %</span>}
              </div>
              <q>{note.patientSaid}</q>
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
