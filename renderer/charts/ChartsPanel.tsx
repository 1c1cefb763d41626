import { useId, type ReactNode } from 'react';
import { onTabListKeyDown } from '../panels/tab-list-keys';
import { useAppStore } from '../store/context';
import type { ChartTab } from '../store/ui-slice';
import { EcapChart } from './EcapChart';
import { EnergyChart } from './EnergyChart';
import { PulseTrainChart } from './PulseTrainChart';
import { StrengthDurationChart } from './StrengthDurationChart';
import { TitrationChart } from './TitrationChart';
import './charts.css';

const TABS: readonly { readonly id: ChartTab; readonly label: string; readonly render: () => ReactNode }[] = [
  { id: 'pulse', label: 'Pulse train', render: () => <PulseTrainChart /> },
  { id: 'titration', label: 'Titration', render: () => <TitrationChart /> },
  { id: 'strengthDuration', label: 'Strength–duration', render: () => <StrengthDurationChart /> },
  { id: 'energy', label: 'Energy', render: () => <EnergyChart /> },
  { id: 'ecap', label: 'ECAP', render: () => <EcapChart /> },
];

/**
 * The charts of the active program in one tabbed panel (WAI-ARIA tabs: arrows move between tabs and show them at
 * once, only the selected tab is in the Tab order). Only the shown chart is mounted, so the others cost nothing
 * while the trainee works.
 */
export function ChartsPanel() {
  const active = useAppStore((s) => s.chartTab);
  const setActive = useAppStore((s) => s.setChartTab);
  const id = useId();
  const activeIndex = TABS.findIndex((t) => t.id === active);

  return (
    <section className="panel charts-panel" aria-labelledby={`${id}-heading`} data-active-chart={active}>
      <h2 id={`${id}-heading`}>Charts</h2>
      <div
        className="charts-panel__tabs"
        role="tablist"
        aria-label="Charts"
        onKeyDown={(event) => onTabListKeyDown(event, activeIndex, TABS.length, (next) => setActive(TABS[next]!.id))}
      >
        {TABS.map((tab) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={`${id}-tab-${tab.id}`}
            className="charts-panel__tab"
            aria-selected={tab.id === active}
            aria-controls={`${id}-panel-${tab.id}`}
            tabIndex={tab.id === active ? 0 : -1}
            onClick={() => setActive(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {TABS.map((tab) => (
        <div
          key={tab.id}
          role="tabpanel"
          id={`${id}-panel-${tab.id}`}
          aria-labelledby={`${id}-tab-${tab.id}`}
          hidden={tab.id !== active}
          tabIndex={0}
          className="charts"
        >
          {tab.id === active && tab.render()}
        </div>
      ))}
    </section>
  );
}
