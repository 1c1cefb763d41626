import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../store/context';
import { TabList } from './TabList';

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
      <TabList label="Programs" tabs={labels} active={active} select={select} />
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
