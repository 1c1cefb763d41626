import { POSTURES, type Posture, type SimulationResult } from '../../src-core';
import { coverageFor } from '../bodymap/body-map-model';
import { useAppStore } from '../store/context';

const POSTURE_LABELS: Record<Posture, string> = { supine: 'Lying on the back', prone: 'Lying face down', sitting: 'Sitting', standing: 'Standing' };
const mAText = (value: number | null) => (value === null ? 'not reached' : `${value.toFixed(1)} mA`);

function Findings({ result }: { readonly result: SimulationResult }) {
  const felt = result.paresthesia.filter((p) => p.intensity > 0);
  // Coverage against the pain drawing as it is now (it may have been edited since the worker answered).
  const painMap = useAppStore((s) => s.visit.session.patient.painMap);
  const coverage = painMap && painMap.length > 0 ? coverageFor(result, painMap) : null;
  return (
    <>
      <blockquote className="patient-says" aria-label="Patient says">
        “{result.patientSays}”
      </blockquote>
      <dl className="metrics">
        <dt>Perception threshold</dt>
        <dd aria-label="Perception threshold">{mAText(result.perceptionThresholdMa)}</dd>
        <dt>Comfortable at</dt>
        <dd aria-label="Comfort level">{mAText(result.comfortThresholdMa)}</dd>
        <dt>Discomfort at</dt>
        <dd aria-label="Discomfort threshold">{mAText(result.discomfortThresholdMa)}</dd>
        {coverage && (
          <>
            <dt>Pain covered</dt>
            <dd aria-label="Pain covered">{coverage.painCoveredPct.toFixed(0)} %</dd>
            <dt>Paresthesia outside pain</dt>
            <dd aria-label="Paresthesia outside pain">{coverage.extraneousPct.toFixed(0)} %</dd>
          </>
        )}
      </dl>
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
    </>
  );
}

/**
 * The virtual patient: what they say they feel, the thresholds found so far and a list of where paresthesia is
 * felt. The physiology is a teaching model (docs/physics.md) and the panel says so.
 */
export function PatientPanel() {
  const physiology = useAppStore((s) => s.physiology);
  const posture = useAppStore((s) => s.posture);
  const setPosture = useAppStore((s) => s.setPosture);
  const name = useAppStore((s) => s.visit.session.patient.name);
  const shown = physiology.status === 'ready' ? physiology.result : physiology.status === 'computing' ? physiology.previous : undefined;
  return (
    <section className="panel" aria-labelledby="patient-heading" data-status={physiology.status}>
      <h2 id="patient-heading">Virtual patient</h2>
      <p className="muted">{name}</p>
      <div className="field">
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
        <p className="muted" role="status">
          Computing the field and fibre thresholds…
        </p>
      )}
      {physiology.status === 'unavailable' && <p role="alert">The patient model is unavailable: {physiology.reason}</p>}
      {physiology.status === 'idle' && <p className="muted">Set up a deliverable program to hear from the patient.</p>}
      {shown && <Findings result={shown} />}
      <p className="muted small">Teaching model: fibre recruitment from a layered-field and axon model, not a clinical prediction.</p>
    </section>
  );
}
