import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { CompareBar } from '../compare/CompareBar';
import { useAppStore } from '../store/context';
import { RenameProgramDialog } from './RenameProgramDialog';
import { TabList } from './TabList';

const PARADIGM_SHORT = { tonic: 'tonic', burst: 'burst', highFrequency: '10 kHz' } as const;

/**
 * The programs on the (virtual) device, as tabs (←/→ move between them); the add, rename and remove buttons sit
 * beside the tablist, not in it: a tablist holds only tabs. Removing is one undo step, so it asks nothing. After them,
 * the compare bar's buttons: pin the program, compare the pins, or pin its contacts as tonic, burst and 10 kHz.
 */
export function ProgramTabs() {
  const labels = useAppStore(
    useShallow((s) => s.visit.session.programs.map((p) => `${p.name} · ${PARADIGM_SHORT[p.paradigm.kind]}`)),
  );
  const active = useAppStore((s) => s.visit.session.activeProgram);
  const maxPrograms = useAppStore((s) => s.implant.ipg.maxPrograms);
  const applyEdit = useAppStore((s) => s.applyEdit);
  const activeName = useAppStore((s) => s.visit.session.programs[s.visit.session.activeProgram]?.name ?? '');
  const showStatus = useAppStore((s) => s.showStatus);
  const [renaming, setRenaming] = useState(false);
  const select = (program: number) => applyEdit({ kind: 'selectProgram', program });
  const remove = () => {
    applyEdit({ kind: 'removeProgram', program: active });
    showStatus({ kind: 'info', text: `Removed program “${activeName}”. Undo brings it back.` });
  };
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
      <button
        type="button"
        className="tab"
        aria-label={`Rename program “${activeName}”`}
        title="Rename the program"
        onClick={() => setRenaming(true)}
      >
        ✎
      </button>
      {labels.length > 1 && (
        <button
          type="button"
          className="tab"
          aria-label={`Remove program “${activeName}”`}
          title="Remove the program (Undo brings it back)"
          onClick={remove}
        >
          −
        </button>
      )}
      {renaming && (
        <RenameProgramDialog
          current={activeName}
          onClose={() => setRenaming(false)}
          onRename={(name) => {
            applyEdit({ kind: 'renameProgram', program: active, name });
            setRenaming(false);
          }}
        />
      )}
      <CompareBar />
    </div>
  );
}
