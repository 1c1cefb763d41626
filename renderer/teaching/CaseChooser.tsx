import { startCase, startFreePractice } from '../commands/case-actions';
import { useAppServices, useAppStore } from '../store/context';
import { CASE_LIBRARY, type CaseEntry } from './case-library';
import { LEVEL_LABELS, difficultyText, firstSentence } from './teaching-text';
import './teaching.css';

function CaseCard({ entry }: { readonly entry: CaseEntry }) {
  const services = useAppServices();
  if (!entry.ok)
    return (
      <li className="case-card case-card--invalid">
        <h3 className="case-card__title">{entry.file}</h3>
        <p role="alert" className="case-card__error">
          This case cannot be offered: {entry.error}
        </p>
      </li>
    );
  const c = entry.case;
  const decision = c.candidateSelection !== undefined;
  const descriptionId = `case-${c.id}-summary`;
  return (
    <li className="case-card" data-case={c.id}>
      <h3 className="case-card__title">
        <button
          type="button"
          className="case-card__open"
          aria-describedby={descriptionId}
          onClick={() => void startCase(services.store, services.platform, c)}
        >
          {c.title}
        </button>
      </h3>
      <p className="case-card__tags">
        <span className="case-card__tag">{difficultyText(c.difficulty)}</span>
        <span className="case-card__tag">{LEVEL_LABELS[c.level]}</span>
        {decision && <span className="case-card__tag case-card__tag--decision">Candidate selection</span>}
      </p>
      <p id={descriptionId} className="case-card__summary">
        {firstSentence(c.brief)}
      </p>
      <p className="case-card__patient muted small">{c.patient.name}</p>
    </li>
  );
}

/**
 * The app's first screen: every bundled case (title, difficulty, NANS curriculum level, what is asked) easiest first,
 * and free practice — the sandbox. A case file the core refuses is listed with its message, never opened.
 */
export function CaseChooser({ library = CASE_LIBRARY }: { readonly library?: readonly CaseEntry[] }) {
  const services = useAppServices();
  const activeCase = useAppStore((s) => s.activeCase);
  return (
    <main id="workspace" className="chooser" tabIndex={-1} aria-labelledby="chooser-heading">
      <div className="chooser__head">
        <h1 id="chooser-heading">Choose a case</h1>
        <p className="muted">
          Each case is a patient to program, with a story, a pain drawing and a goal; the debrief scores the visit
          against an expert benchmark. Free practice is the sandbox, without a goal or a score.
        </p>
        <div className="chooser__actions">
          {activeCase && (
            <button type="button" onClick={() => services.store.getState().setScreen('workstation')}>
              Back to the visit: {activeCase.title}
            </button>
          )}
          <button
            type="button"
            className="chooser__practice"
            onClick={() => void startFreePractice(services.store, services.platform)}
          >
            Free practice
          </button>
        </div>
      </div>
      <ol className="chooser__list" aria-label="Cases">
        {library.map((entry) => (
          <CaseCard key={entry.file} entry={entry} />
        ))}
      </ol>
    </main>
  );
}
