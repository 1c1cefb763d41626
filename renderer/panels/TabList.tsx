import { onTabListKeyDown } from './tab-list-keys';

/**
 * A row of tabs that only selects (WAI-ARIA tabs: roving tabindex, ←/→ and Home/End move the selection and focus).
 * It holds only tabs: callers put their add and remove buttons beside it.
 */
export function TabList({
  label,
  tabs,
  active,
  select,
}: {
  /** The tablist's accessible name. */
  readonly label: string;
  /** Each tab's visible text, in order. */
  readonly tabs: readonly string[];
  readonly active: number;
  readonly select: (index: number) => void;
}) {
  return (
    <div
      className="tabs__list"
      role="tablist"
      aria-label={label}
      onKeyDown={(event) => onTabListKeyDown(event, active, tabs.length, select)}
    >
      {tabs.map((text, index) => (
        <button
          key={index}
          type="button"
          role="tab"
          aria-selected={index === active}
          tabIndex={index === active ? 0 : -1}
          className={index === active ? 'tab tab--active' : 'tab'}
          onClick={() => select(index)}
        >
          {text}
        </button>
      ))}
    </div>
  );
}
