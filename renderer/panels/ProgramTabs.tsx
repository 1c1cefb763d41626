import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../store/context';
import { onTabListKeyDown } from './tab-list-keys';

const PARADIGM_SHORT = { tonic: 'tonic', burst: 'burst', highFrequency: '10 kHz' } as const;

/**
 * The programs on the (virtual) device, as tabs (←/→ move between them); the add button sits beside the tablist,
 * not in it: a tablist holds only tabs.
 */
export function ProgramTabs() {
  const labels = useAppStore(
    useShallow((s) => s.visit.session.programs.map((p) => `${p.name} · ${PARADIGM_SHORT[p.paradigm.kind]}`)),
  );
  const active = useAppStore((s) => s.visit.session.activeProgram);
  const maxPrograms = useAppStore((s) => s.implant.ipg.maxPrograms);
  const applyEdit = useAppStore((s) => s.applyEdit);
  const select = (program: number) => applyEdit({ kind: 'selectProgram', program });
  return (
    <div className="tabs">
      <div
        className="tabs__list"
        role="tablist"
        aria-label="Programs"
        onKeyDown={(event) => onTabListKeyDown(event, active, labels.length, select)}
      >
        {labels.map((label, index) => (
          <button
            key={index}
            type="button"
            role="tab"
            aria-selected={index === active}
            tabIndex={index === active ? 0 : -1}
            className={index === active ? 'tab tab--active' : 'tab'}
            onClick={() => select(index)}
          >
            {label}
          </button>
        ))}
      </div>
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
