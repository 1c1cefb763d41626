import { useShallow } from 'zustand/react/shallow';
import { latestThresholds, type Posture, type SimulationResult, type ThresholdKind } from '../../src-core';
import { useAppStore } from '../store/context';
import { selectDeliveredAmplitudeMa } from '../store/selectors';
import { selectConfigurationLabel } from '../store/visit-record-slice';
import { formatNumberOrDash } from '../format/number-format';

const KINDS: readonly {
  readonly kind: ThresholdKind;
  readonly label: string;
  readonly model: keyof SimulationResult;
}[] = [
  { kind: 'perception', label: 'Perception', model: 'perceptionThresholdMa' },
  { kind: 'comfort', label: 'Comfortable', model: 'comfortThresholdMa' },
  { kind: 'discomfort', label: 'Discomfort', model: 'discomfortThresholdMa' },
];

/** Postures as the caption says them. */
const POSTURE_WORDS: Record<Posture, string> = {
  supine: 'lying on the back',
  prone: 'lying face down',
  sitting: 'sitting',
  standing: 'standing',
};

/**
 * The thresholds a visit records, found the clinical way: raise the amplitude, ask the patient, press "Record" at
 * the moment they say so. The model's own values stay hidden unless the trainee chooses to check against them.
 */
export function ThresholdRecorder({ result }: { readonly result: SimulationResult | undefined }) {
  const showModel = useAppStore((s) => s.showModelThresholds);
  const onShowModel = useAppStore((s) => s.setShowModelThresholds);
  const configuration = useAppStore(selectConfigurationLabel);
  const recorded = useAppStore(
    useShallow((s) => latestThresholds(s.visitRecord, selectConfigurationLabel(s), s.posture)),
  );
  const posture = useAppStore((s) => POSTURE_WORDS[s.posture]);
  const amplitude = useAppStore(selectDeliveredAmplitudeMa);
  const record = useAppStore((s) => s.recordThreshold);
  return (
    <div className="thresholds" role="group" aria-label="Thresholds found">
      <table>
        <caption title={`Thresholds found for ${configuration}, ${posture}`}>
          Thresholds found{' '}
          <span className="muted small">
            for {configuration}, {posture}
          </span>
        </caption>
        <thead>
          <tr>
            <th scope="col">Level</th>
            <th scope="col">Recorded</th>
            {showModel && <th scope="col">Model</th>}
            <th scope="col">
              <span className="visually-hidden">Record</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {KINDS.map(({ kind, label, model }) => (
            <tr key={kind}>
              <th scope="row">{label}</th>
              <td aria-label={`Recorded ${kind}`}>{formatNumberOrDash(recorded[kind]?.amplitudeMa, 1, 'mA')}</td>
              {showModel && (
                <td aria-label={`Model ${kind}`}>
                  {formatNumberOrDash(result?.[model] as number | null | undefined, 1, 'mA')}
                </td>
              )}
              <td>
                <button
                  type="button"
                  className="thresholds__record"
                  onClick={() => record(kind, performance.now())}
                  disabled={amplitude === undefined}
                >
                  Record {kind}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <label className="check small">
        <input type="checkbox" checked={showModel} onChange={(event) => onShowModel(event.target.checked)} /> Show the
        model’s thresholds (to check yourself; also in the titration chart)
      </label>
    </div>
  );
}
