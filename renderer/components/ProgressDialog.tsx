import { useEffect, useState } from 'react';
import { caseProgressOf, serializeProgress, type LearnerProgress } from '../../src-core';
import { errorText } from '../commands/error-text';
import { formatNumber } from '../format/number-format';
import { initAppProgress } from '../progress/app-progress';
import { useAppServices, useAppStore } from '../store/context';
import { ModalDialog } from './ModalDialog';

const LEVEL_WORDS = { novice: 'Novice', competent: 'Competent', proficient: 'Proficient' } as const;

/** "2026-12-04" of an ISO timestamp: the day is what a learner looks for. */
const dayOf = (iso: string) => iso.slice(0, 10);

/**
 * The learner's progress kept on this computer (IndexedDB in the browser, the app's data folder on the desktop):
 * cases done with attempts, best score and the highest level reached, and Export… / Import… of the progress file
 * (an import merges, so nothing already kept is lost).
 */
export function ProgressDialog() {
  const open = useAppStore((s) => s.progressOpen);
  const setProgressOpen = useAppStore((s) => s.setProgressOpen);
  const { platform } = useAppServices();
  const [progress, setProgress] = useState<LearnerProgress | null>(null);
  const [message, setMessage] = useState<{ kind: 'info' | 'error'; text: string } | null>(null);

  useEffect(() => {
    if (!open) return;
    const store = initAppProgress(platform);
    let live = true;
    store.load().then(
      (p) => live && setProgress(p),
      (error: unknown) => live && setMessage({ kind: 'error', text: errorText(error) }),
    );
    const unsubscribe = store.subscribe((p) => live && setProgress(p));
    return () => {
      live = false;
      unsubscribe();
    };
  }, [open, platform]);

  if (!open) return null;
  const store = initAppProgress(platform);
  const cases = progress ? caseProgressOf(progress) : [];
  const exportFile = async () => {
    try {
      const text = progress ? serializeProgress(progress) : await store.exportText();
      const saved = await platform.exportProgressFile(text, 'scs-progress.json');
      if (saved) setMessage({ kind: 'info', text: `Exported to ${saved.fileName}.` });
    } catch (error) {
      setMessage({ kind: 'error', text: `Could not export: ${errorText(error)}` });
    }
  };
  const importFile = async () => {
    try {
      const file = await platform.importProgressFile();
      if (!file) return;
      const merged = await store.importText(file.contents);
      setMessage({ kind: 'info', text: `Imported ${file.fileName}: ${merged.attempts.length} attempts kept.` });
    } catch (error) {
      setMessage({ kind: 'error', text: errorText(error) });
    }
  };
  return (
    <ModalDialog
      title="Progress"
      className="progress-dialog"
      onClose={() => setProgressOpen(false)}
      actions={[
        { label: 'Export…', onClick: () => void exportFile() },
        { label: 'Import…', onClick: () => void importFile() },
        { label: 'Close', onClick: () => setProgressOpen(false), primary: true },
      ]}
    >
      <p>
        Learner: <strong>{progress?.learner ?? '…'}</strong> · kept on this computer only
      </p>
      {progress && cases.length === 0 ? (
        <p>No case finished yet. Finish a case to see your score here.</p>
      ) : (
        <table className="progress-table">
          <caption className="visually-hidden">Cases done</caption>
          <thead>
            <tr>
              <th scope="col">Case</th>
              <th scope="col">Attempts</th>
              <th scope="col">Best score</th>
              <th scope="col">Level reached</th>
              <th scope="col">Last</th>
            </tr>
          </thead>
          <tbody>
            {cases.map((c) => (
              <tr key={c.caseId}>
                <th scope="row">{c.caseId}</th>
                <td className="num">{c.attempts}</td>
                <td className="num">{formatNumber(c.bestScore, { decimals: 1 })}</td>
                <td>{LEVEL_WORDS[c.bestLevel]}</td>
                <td>{dayOf(c.lastFinishedAtIso)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {message ? (
        <p
          role={message.kind === 'error' ? 'alert' : 'status'}
          className={message.kind === 'error' ? 'progress-error' : undefined}
        >
          {message.text}
        </p>
      ) : null}
    </ModalDialog>
  );
}
