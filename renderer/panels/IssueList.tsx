import { useShallow } from 'zustand/react/shallow';
import { issuesOfActiveProgram } from '../store/selectors';
import { useAppStore } from '../store/context';

/**
 * Why the active program cannot be delivered as it stands, in the clinician's words. Problems with the active area's
 * amplitude are shown under the amplitude control instead, so they are not repeated here.
 */
export function IssueList() {
  const messages = useAppStore(
    useShallow((s) =>
      issuesOfActiveProgram(s)
        .filter((issue) => !issue.path.endsWith(`.areas.${s.activeArea}.amplitudeMa`))
        .map((issue) => issue.message),
    ),
  );
  if (messages.length === 0) return null;
  return (
    <ul className="issues" role="alert" aria-label="Program problems">
      {messages.map((message, index) => (
        <li key={index}>{message}</li>
      ))}
    </ul>
  );
}
