import { AreaTabs } from './AreaTabs';
import { ContactGrid } from './ContactGrid';
import { DeviceBar } from './DeviceBar';
import { FractionList } from './FractionList';
import { IssueList } from './IssueList';
import { ProgramTabs } from './ProgramTabs';
import { PulseControls } from './PulseControls';

/** The clinician-programmer panel: programs, contacts and polarity, pulse parameters, device save/revert. */
export function ProgramPanel() {
  return (
    <section className="panel programmer" aria-labelledby="programmer-heading">
      <h2 id="programmer-heading">Programmer</h2>
      <ProgramTabs />
      <AreaTabs />
      <ContactGrid />
      <FractionList />
      <PulseControls />
      <IssueList />
      <DeviceBar />
    </section>
  );
}
