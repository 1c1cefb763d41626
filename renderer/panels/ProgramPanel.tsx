import { AmplitudeControl } from './AmplitudeControl';
import { AreaTabs } from './AreaTabs';
import { ContactGrid } from './ContactGrid';
import { DeviceBar } from './DeviceBar';
import { FractionList } from './FractionList';
import { ImpedanceCheck } from './ImpedanceCheck';
import { IssueList } from './IssueList';
import { MoreSettings } from './MoreSettings';
import { ProgramTabs } from './ProgramTabs';
import { PulseControls } from './PulseControls';
import { SteeringPad } from './SteeringPad';
import { StimulationSwitch } from './StimulationSwitch';
import './panels.css';

/**
 * The clinician-programmer panel: stimulation on/off, programs and areas, contacts with steering, then the amplitude
 * (the control used most, high up), the current split, the other pulse parameters, device save/revert (kept in reach
 * while the panel scrolls), the less used settings folded away and the impedance check.
 */
export function ProgramPanel() {
  return (
    <section className="panel programmer" aria-labelledby="programmer-heading">
      <div className="programmer__head">
        <h2 id="programmer-heading">Programmer</h2>
        <StimulationSwitch />
      </div>
      <ProgramTabs />
      <AreaTabs />
      <div className="programmer__contacts">
        <ContactGrid />
        <SteeringPad />
      </div>
      <p className="muted small contact-hint">Click a contact: off → − (cathode) → + (anode) → off.</p>
      <AmplitudeControl />
      <FractionList />
      <PulseControls />
      <IssueList />
      <DeviceBar />
      <MoreSettings />
      <ImpedanceCheck />
    </section>
  );
}
