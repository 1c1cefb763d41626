import { useAppStore } from '../store/context';
import { selectActiveProgram } from '../store/selectors';
import { TabList } from './TabList';

/**
 * The areas of the active program (interleaved in time) as tabs (←/→ move between them); add or remove one with the
 * buttons beside the tablist (a tablist holds only tabs).
 */
export function AreaTabs() {
  const program = useAppStore(selectActiveProgram);
  const programIndex = useAppStore((s) => s.visit.session.activeProgram);
  const active = useAppStore((s) => s.activeArea);
  const maxAreas = useAppStore((s) => s.implant.ipg.maxAreasPerProgram);
  const setActiveArea = useAppStore((s) => s.setActiveArea);
  const applyEdit = useAppStore((s) => s.applyEdit);
  const areaLabels = program.areas.map((_, index) => `Area ${index + 1}`);
  return (
    <div className="tabs tabs--small">
      <TabList label="Areas" tabs={areaLabels} active={active} select={setActiveArea} />
      <button
        type="button"
        className="tab tab--add"
        aria-label="Add area"
        disabled={program.areas.length >= maxAreas}
        onClick={() => {
          applyEdit({ kind: 'addArea', program: programIndex });
          setActiveArea(program.areas.length);
        }}
      >
        +
      </button>
      {program.areas.length > 1 && (
        <button
          type="button"
          className="tab"
          aria-label={`Remove area ${active + 1}`}
          onClick={() => applyEdit({ kind: 'removeArea', program: programIndex, area: active })}
        >
          −
        </button>
      )}
    </div>
  );
}
