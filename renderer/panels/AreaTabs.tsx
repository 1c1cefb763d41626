import { useAppStore } from '../store/context';
import { selectActiveProgram } from '../store/selectors';
import { onTabListKeyDown } from './tab-list-keys';

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
  return (
    <div className="tabs tabs--small">
      <div
        className="tabs__list"
        role="tablist"
        aria-label="Areas"
        onKeyDown={(event) => onTabListKeyDown(event, active, program.areas.length, setActiveArea)}
      >
        {program.areas.map((_, index) => (
          <button
            key={index}
            type="button"
            role="tab"
            aria-selected={index === active}
            tabIndex={index === active ? 0 : -1}
            className={index === active ? 'tab tab--active' : 'tab'}
            onClick={() => setActiveArea(index)}
          >
            Area {index + 1}
          </button>
        ))}
      </div>
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
