import { POSTURES, type EngineStage, type Posture, type SimulationResult } from '../../src-core';
import { useAppStore } from '../store/context';
import { selectCoverage, selectShownResult } from '../store/physiology-selectors';
import { ProgramClock } from './ProgramClock';
import { RELIEF_MODEL_NOTE, reliefAfter, reliefHint } from './relief-text';
import { SensationHistory } from './SensationHistory';
import { TeachingModelTag } from './TeachingModelTag';
import { ThresholdRecorder } from './ThresholdRecorder';
import './patient.css';
import { formatNumber } from '../format/number-format';
import { CaseBrief } from '../teaching/CaseBrief';

const POSTURE_LABELS: Record<Posture, string> = {
  supine: 'Lying on the back',
  prone: 'Lying face down',
  sitting: 'Sitting',
  standing: 'Standing',
};

function Findings({ result }: { readonly result: SimulationResult }) {
  const felt = result.paresthesia.filter((p) => p.intensity > 0);
  const coverage = useAppStore(selectCoverage);
  const { relief } = result;
  const hint = relief ? reliefHint(relief) : null;
  return (
    <>
      {coverage && (
        <dl className="metrics">
          <dt>Pain covered by paresthesia</dt>
          <dd aria-label="Pain covered by paresthesia">{formatNumber(coverage.painCoveredPct, { decimals: 0 })} %</dd>
          {relief && (
            <>
              <dt>
                Pain relief <TeachingModelTag note={RELIEF_MODEL_NOTE} />
              </dt>
              <dd aria-label="Pain relief">
                {formatNumber(relief.overallPct, { decimals: 0 })} % {reliefAfter(relief)}
              </dd>
            </>
          )}
          <dt>Paresthesia outside pain</dt>
          <dd aria-label="Paresthesia outside pain">{formatNumber(coverage.extraneousPct, { decimals: 0 })} %</dd>
        </dl>
      )}
      {hint && <p className="muted small relief-hint">{hint}</p>}
      <details className="felt">
        <summary>Where it is felt ({felt.length})</summary>
        <ul className="paresthesia-list" aria-label="Paresthesia">
          {felt.map((p) => (
            <li key={`${p.dermatome}-${p.side}-${p.via}`}>
              <span>
                {p.dermatome} {p.side}
                {p.via === 'dorsalRoot' ? ' (root)' : ''}
              </span>
              <meter min={0} max={1} value={p.intensity} aria-label={`Intensity ${p.dermatome} ${p.side}`} />
            </li>
          ))}
        </ul>
      </details>
    </>
  );
}

/** What the model is doing while a configuration is computed: a lead move takes a second or more. */
const STAGES: Record<EngineStage, { readonly step: number; readonly text: string }> = {
  population: { step: 1, text: 'Placing the fibres under the leads' },
  unitFields: { step: 2, text: 'Solving the electric field at every node of Ranvier' },
  thresholds: { step: 3, text: 'Finding each fibre’s threshold' },
};

function ModelProgress({
  stage,
  fraction,
}: {
  readonly stage: EngineStage | undefined;
  readonly fraction?: number | undefined;
}) {
  const at = stage ? STAGES[stage] : undefined;
  return (
    <div className="model-progress" role="status">
      <progress
        aria-label="Patient model progress"
        max={3}
        value={at ? at.step - 1 + Math.min(1, Math.max(0, fraction ?? 0.5)) : undefined}
      />
      <span className="muted small">
        {at ? `${at.text} (${at.step} of 3)…` : 'Computing the field and fibre thresholds…'}
      </span>
    </div>
  );
}

/**
 * The virtual patient: what they say, the thresholds the trainee records (the model's own only on request), the
 * visit's sensation history and where paresthesia is felt. The physiology is a teaching model and the panel says so.
 */
export function PatientPanel() {
  const physiology = useAppStore((s) => s.physiology);
  const posture = useAppStore((s) => s.posture);
  const setPosture = useAppStore((s) => s.setPosture);
  const name = useAppStore((s) => s.visit.session.patient.name);
  const stimulationOn = useAppStore((s) => s.stimulationOn);
  const shown = useAppStore(selectShownResult);
  return (
    <section
      className="panel patient"
      aria-labelledby="patient-heading"
      data-status={physiology.status}
      // The amplitude the shown answer is for: tests wait on it after an amplitude change (the status stays "ready").
      data-result-amplitude={physiology.status === 'ready' ? physiology.result.amplitudeMa : undefined}
    >
      <h2 id="patient-heading">Virtual patient</h2>
      <p className="muted">{name}</p>
      <CaseBrief />
      <div className="field patient-posture">
        <label htmlFor="posture">Posture</label>
        <select id="posture" value={posture} onChange={(event) => setPosture(event.target.value as Posture)}>
          {POSTURES.map((p) => (
            <option key={p} value={p}>
              {POSTURE_LABELS[p]}
            </option>
          ))}
        </select>
      </div>
      {physiology.status === 'computing' && (
        <ModelProgress stage={physiology.stage} fraction={physiology.stageFraction} />
      )}
      {physiology.status === 'unavailable' && <p role="alert">The patient model is unavailable: {physiology.reason}</p>}
      {physiology.status === 'idle' && <p className="muted">Set up a deliverable program to hear from the patient.</p>}
      {shown && (
        // Focusable: on a short screen the words scroll inside their box, and a keyboard must reach them too.
        <blockquote className="patient-says" aria-label="Patient says" tabIndex={0}>
          “{shown.patientSays}”
        </blockquote>
      )}
      {!stimulationOn && <p className="stimulation-off">Stimulation is off.</p>}
      {/* The Record buttons right under the words, so they are on screen at 1280×720 too. */}
      <ThresholdRecorder result={shown} />
      <ProgramClock />
      {shown && <Findings result={shown} />}
      <SensationHistory />
      <p className="muted small">
        Teaching model: fibre recruitment from a layered-field and axon model; pain relief from a wash-in model of what
        clinics observe. Not a clinical prediction.
      </p>
    </section>
  );
}
