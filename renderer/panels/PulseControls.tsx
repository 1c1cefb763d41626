import {
  BURST_PULSES,
  Hz,
  INTRA_BURST_RATE_HZ,
  MAX_INTERPHASE_GAP_US,
  PARADIGM_PRESETS,
  us,
  type Program,
  type ParadigmKindName,
  type RechargeMode,
} from '../../src-core';
import { issuesFor, selectActiveArea, selectActiveProgram } from '../store/selectors';
import { useAppStore } from '../store/context';
import { NumberField } from './NumberField';

const PARADIGM_LABELS: Record<ParadigmKindName, string> = {
  tonic: 'Tonic',
  burst: 'Burst (illustrative, not a maker’s algorithm)',
  highFrequency: 'High frequency (10 kHz, illustrative)',
};

/** Paradigm, pulse width, rate and recharge of the active program and area, within the IPG's limits. */
export function PulseControls() {
  const program = useAppStore(selectActiveProgram);
  const area = useAppStore(selectActiveArea);
  const ipg = useAppStore((s) => s.implant.ipg);
  const programIndex = useAppStore((s) => s.visit.session.activeProgram);
  const areaIndex = useAppStore((s) => s.activeArea);
  const pulseWidthInvalid = useAppStore(
    (s) =>
      issuesFor(s, { program: s.visit.session.activeProgram, area: s.activeArea, field: 'pulseWidthUs' }).length > 0,
  );
  const rateInvalid = useAppStore(
    (s) => issuesFor(s, { program: s.visit.session.activeProgram, field: 'rateHz' }).length > 0,
  );
  const paradigmInvalid = useAppStore(
    (s) => issuesFor(s, { program: s.visit.session.activeProgram, field: 'paradigm' }).length > 0,
  );
  const applyEdit = useAppStore((s) => s.applyEdit);
  const limits = ipg.paradigms[program.paradigm.kind];
  const at = { program: programIndex, area: areaIndex };
  const { paradigm } = program;
  const setParadigm = (next: Program['paradigm']) =>
    applyEdit({ kind: 'setParadigm', program: programIndex, paradigm: next });

  return (
    <div className="pulse-controls">
      <div className="field">
        <label htmlFor="paradigm">Paradigm</label>
        <select
          id="paradigm"
          value={paradigm.kind}
          onChange={(event) => {
            const preset = PARADIGM_PRESETS[event.target.value as ParadigmKindName];
            applyEdit({
              kind: 'setParadigm',
              program: programIndex,
              paradigm: preset.paradigm,
              rateHz: preset.rateHz,
              pulseWidthUs: preset.pulseWidthUs,
            });
          }}
        >
          {(Object.keys(PARADIGM_LABELS) as ParadigmKindName[]).map((kind) => (
            <option key={kind} value={kind} disabled={!ipg.paradigms[kind]}>
              {PARADIGM_LABELS[kind]}
            </option>
          ))}
        </select>
      </div>
      {limits && (
        <>
          <NumberField
            label="Pulse width"
            unit="µs"
            value={area.pulseWidthUs}
            range={limits.pulseWidthUs}
            invalid={pulseWidthInvalid}
            onChange={(v) => applyEdit({ kind: 'setPulseWidth', ...at, pulseWidthUs: us(v) })}
          />
          <NumberField
            label={paradigm.kind === 'burst' ? 'Burst rate' : 'Rate'}
            unit="Hz"
            value={program.rateHz}
            range={limits.rateHz}
            invalid={rateInvalid}
            onChange={(v) => applyEdit({ kind: 'setRate', program: programIndex, rateHz: Hz(v) })}
          />
        </>
      )}
      {paradigm.kind === 'tonic' && (
        <div className="field">
          <label htmlFor="recharge-mode">Recharge</label>
          <select
            id="recharge-mode"
            value={paradigm.recharge}
            onChange={(event) => setParadigm({ ...paradigm, recharge: event.target.value as RechargeMode })}
          >
            <option value="active">Active (square, equal charge)</option>
            <option value="passive">Passive (capacitor discharge)</option>
          </select>
        </div>
      )}
      {paradigm.kind === 'tonic' && (
        <NumberField
          label="Interphase gap"
          unit="µs"
          value={paradigm.interphaseGapUs}
          range={{ min: 0, max: MAX_INTERPHASE_GAP_US, step: 10 }}
          invalid={paradigmInvalid}
          onChange={(v) => setParadigm({ ...paradigm, interphaseGapUs: us(v) })}
        />
      )}
      {paradigm.kind === 'burst' && (
        <>
          <NumberField
            label="Pulses per burst"
            unit=""
            value={paradigm.pulsesPerBurst}
            range={{ ...BURST_PULSES, step: 1 }}
            invalid={paradigmInvalid}
            onChange={(v) => setParadigm({ ...paradigm, pulsesPerBurst: v })}
          />
          <NumberField
            label="Intra-burst rate"
            unit="Hz"
            value={paradigm.intraBurstRateHz}
            range={{ ...INTRA_BURST_RATE_HZ, step: 10 }}
            invalid={paradigmInvalid}
            onChange={(v) => setParadigm({ ...paradigm, intraBurstRateHz: Hz(v) })}
          />
          <p className="muted">Passive recharge after each burst.</p>
        </>
      )}
    </div>
  );
}
