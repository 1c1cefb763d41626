import { HINT_PENALTY_POINTS } from '../../src-core';
import { useAppStore } from '../store/context';

/**
 * "Hint": the programming assistant's next step for the trainee's program, at a price in the score (said on the
 * button). The first hint of a case searches the case's benchmark in the worker, with its progress shown.
 */
export function HintButton() {
  const activeCase = useAppStore((s) => s.activeCase);
  const hint = useAppStore((s) => s.hint);
  const hintsUsed = useAppStore((s) => s.visitLog.hintsUsed);
  const askHint = useAppStore((s) => s.askHint);
  if (!activeCase?.implant) return null;
  const mine = hint.status !== 'none' && hint.caseId === activeCase.id ? hint : undefined;
  const searching = mine?.status === 'searching';
  return (
    <div className="hint">
      <button type="button" onClick={askHint} disabled={searching} aria-describedby="hint-cost">
        {mine?.status === 'ready' ? 'Another hint' : 'Hint'}
      </button>
      <span id="hint-cost" className="muted small">
        costs {HINT_PENALTY_POINTS} points{hintsUsed > 0 ? ` · ${hintsUsed} used` : ''}
      </span>
      <p className="hint__text" role="status" aria-label="Hint">
        {searching && (
          <>
            <progress aria-label="Hint search progress" max={1} value={mine.fraction} /> The assistant is looking for a
            program for this case…
          </>
        )}
        {mine?.status === 'ready' && <>Hint: {mine.text}</>}
        {mine?.status === 'failed' && <>No hint: {mine.message}.</>}
      </p>
    </div>
  );
}
