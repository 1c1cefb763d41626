import { describeCriterion, type PainRegion } from '../../src-core';
import { useAppStore } from '../store/context';
import { CandidateDecision } from './CandidateDecision';
import { HintButton } from './HintButton';
import { LEVEL_LABELS, difficultyText } from './teaching-text';
import './teaching.css';

const painText = (painMap: readonly PainRegion[]) => painMap.map((r) => `${r.dermatome} ${r.side}`).join(', ');

/**
 * The active case in the patient panel: what the trainee is asked, the goals (the case's success criteria in the
 * core's words), the story, the pain drawing (drawn on the body map: the case's session carries it), the learning
 * objectives, a candidate-selection decision when the case has one, "Finish visit" to the debrief and a paid hint.
 */
export function CaseBrief() {
  const teachingCase = useAppStore((s) => s.activeCase);
  const finishVisit = useAppStore((s) => s.finishVisit);
  if (!teachingCase) return null;
  const selection = teachingCase.candidateSelection;
  return (
    <section className="case-brief" aria-labelledby="case-brief-heading">
      <h3 id="case-brief-heading">Case: {teachingCase.title}</h3>
      <p className="muted small">
        {difficultyText(teachingCase.difficulty)} · {LEVEL_LABELS[teachingCase.level]}
      </p>
      <p className="case-brief__ask">{teachingCase.brief}</p>
      {selection && (
        <>
          <h4>First decide</h4>
          <CandidateDecision selection={selection} />
        </>
      )}
      {teachingCase.success.length > 0 && (
        <>
          <h4>Goals</h4>
          <ul aria-label="Goals">
            {teachingCase.success.map((criterion, index) => (
              <li key={index}>{describeCriterion(criterion)}</li>
            ))}
          </ul>
        </>
      )}
      <details>
        <summary>Story and learning objectives</summary>
        <h4>Story</h4>
        <p>{teachingCase.patient.story}</p>
        <p className="muted small">Pain drawing (on the body map): {painText(teachingCase.patient.painMap)}</p>
        <h4>Learning objectives</h4>
        <ul aria-label="Learning objectives">
          {teachingCase.objectives.map((objective) => (
            <li key={objective}>{objective}</li>
          ))}
        </ul>
      </details>
      <div className="case-brief__actions">
        <button type="button" className="button--primary" onClick={finishVisit}>
          Finish visit
        </button>
        <HintButton />
      </div>
    </section>
  );
}
