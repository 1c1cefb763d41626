import { PulseTrainChart } from './PulseTrainChart';

/** The charts of the active program. */
export function ChartsPanel() {
  return <PulseTrainChart />;
}
