import { useId, useState } from 'react';
import type { TeachingCase, TreatmentOption } from '../../src-core';
import { useAppStore } from '../store/context';
import { TREATMENT_LABELS } from './teaching-text';

type Selection = NonNullable<TeachingCase['candidateSelection']>;

/** The feedback on a decision: right or wrong, why the chosen option fits or not, and the right one's reason. */
export function DecisionFeedback({
  selection,
  chosen,
}: {
  readonly selection: Selection;
  readonly chosen: TreatmentOption;
}) {
  const right = chosen === selection.correct;
  const rationale = (option: TreatmentOption) => selection.options.find((o) => o.option === option)?.rationale ?? '';
  return (
    <div className="decision__feedback" role="status">
      <p className={right ? 'decision__feedback--right' : 'decision__feedback--wrong'}>
        <strong>{right ? 'Right decision.' : 'Not the best choice.'}</strong> {TREATMENT_LABELS[chosen]}:{' '}
        {rationale(chosen)}
      </p>
      {!right && (
        <p>
          Better: <strong>{TREATMENT_LABELS[selection.correct]}</strong> — {rationale(selection.correct)}
        </p>
      )}
      {right && selection.trial && (
        <p>
          Next: a {selection.trial.days}-day trial; a permanent implant only with ≥ {selection.trial.minReliefPct} %
          relief. Program the trial leads below.
        </p>
      )}
    </div>
  );
}

/**
 * A candidate-selection case's decision before any programming: the options as radio buttons, then, once decided,
 * whether it was right and why (the case's own rationales). The decision can be changed; the debrief keeps the last.
 */
export function CandidateDecision({ selection }: { readonly selection: Selection }) {
  const chosen = useAppStore((s) => s.treatmentChoice);
  const chooseTreatment = useAppStore((s) => s.chooseTreatment);
  const [pending, setPending] = useState<TreatmentOption | undefined>(chosen);
  const name = useId();
  return (
    <form
      className="decision"
      onSubmit={(event) => {
        event.preventDefault();
        if (pending) chooseTreatment(pending);
      }}
    >
      <fieldset>
        <legend>{selection.question}</legend>
        {selection.options.map(({ option }) => (
          <label key={option}>
            <input
              type="radio"
              name={name}
              value={option}
              checked={pending === option}
              onChange={() => setPending(option)}
            />
            {TREATMENT_LABELS[option]}
          </label>
        ))}
      </fieldset>
      <button type="submit" disabled={!pending}>
        Decide
      </button>
      {chosen && <DecisionFeedback selection={selection} chosen={chosen} />}
    </form>
  );
}
