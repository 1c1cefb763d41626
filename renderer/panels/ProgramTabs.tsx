import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../store/context';

const PARADIGM_SHORT = { tonic: 'tonic', burst: 'burst', highFrequency: '10 kHz' } as const;

/** The programs on the (virtual) device, as tabs; the last tab adds a program. */
export function ProgramTabs() {
  const labels = useAppStore(
    useShallow((s) => s.visit.session.programs.map((p) => `${p.name} · ${PARADIGM_SHORT[p.paradigm.kind]}`)),
  );
  const active = useAppStore((s) => s.visit.session.activeProgram);
  const maxPrograms = useAppStore((s) => s.implant.ipg.maxPrograms);
  const applyEdit = useAppStore((s) => s.applyEdit);
  return (
    <div className="tabs" role="tablist" aria-label="Programs">
      {labels.map((label, index) => (
        <button
          key={index}
          type="button"
          role="tab"
          aria-selected={index === active}
          className={index === active ? 'tab tab--active' : 'tab'}
          onClick={() => applyEdit({ kind: 'selectProgram', program: index })}
        >
          {label}
        </button>
      ))}
      <button
        type="button"
        className="tab tab--add"
        aria-label="Add program"
        disabled={labels.length >= maxPrograms}
        onClick={() => applyEdit({ kind: 'addProgram', name: `Program ${labels.length + 1}` })}
      >
        +
      </button>
    </div>
  );
}
