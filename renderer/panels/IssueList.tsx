import { useShallow } from 'zustand/react/shallow';
import { issuesOfActiveProgram } from '../store/selectors';
import { useAppStore } from '../store/context';

/** Why the active program cannot be delivered as it stands, in the clinician's words. */
export function IssueList() {
  const messages = useAppStore(useShallow((s) => issuesOfActiveProgram(s).map((issue) => issue.message)));
  if (messages.length === 0) return null;
  return (
    <ul className="issues" role="alert" aria-label="Program problems">
      {messages.map((message, index) => (
        <li key={index}>{message}</li>
      ))}
    </ul>
  );
}
