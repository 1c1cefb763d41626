import { useShallow } from 'zustand/react/shallow';
import { issueIsAt, issuesFor } from '../store/selectors';
import { useAppStore } from '../store/context';

/**
 * Why the active program cannot be delivered as it stands, in the clinician's words. Problems with the active area's
 * amplitude are shown under the amplitude control instead, so they are not repeated here.
 */
export function IssueList() {
  const messages = useAppStore(
    useShallow((s) => {
      const program = s.visit.session.activeProgram;
      const amplitude = { program, area: s.activeArea, field: 'amplitudeMa' } as const;
      return issuesFor(s, { program })
        .filter((issue) => !issueIsAt(issue, amplitude))
        .map((issue) => issue.message);
    }),
  );
  if (messages.length === 0) return null;
  return (
    // The alert wraps the list: a role on the <ul> itself would take its list semantics away (axe: listitem).
    <div role="alert" aria-label="Program problems">
      <ul className="issues">
        {messages.map((message, index) => (
          <li key={index}>{message}</li>
        ))}
      </ul>
    </div>
  );
}
