import { GENERIC_TONIC_LIMITS, Hz, mA, us, type RechargeMode } from '../../src-core/stimulation';
import { useAppStore } from '../store/context';
import { NumberField } from './NumberField';

/** The stimulation parameters of the program being edited, with the device's limits and steps. */
export function ProgramPanel() {
  const program = useAppStore((s) => s.program);
  const issues = useAppStore((s) => s.programIssues);
  const setParameter = useAppStore((s) => s.setParameter);
  const invalid = (field: string) => issues.some((issue) => issue.field === field);
  const limits = GENERIC_TONIC_LIMITS;

  return (
    <section className="panel" aria-labelledby="program-heading">
      <h2 id="program-heading">Program 1 · tonic</h2>
      <NumberField
        label="Amplitude"
        unit="mA"
        value={program.amplitudeMa}
        range={limits.amplitudeMa}
        slider
        invalid={invalid('amplitudeMa')}
        onChange={(v) => setParameter('amplitudeMa', mA(v))}
      />
      <NumberField
        label="Pulse width"
        unit="µs"
        value={program.pulseWidthUs}
        range={limits.pulseWidthUs}
        invalid={invalid('pulseWidthUs')}
        onChange={(v) => setParameter('pulseWidthUs', us(v))}
      />
      <NumberField
        label="Rate"
        unit="Hz"
        value={program.rateHz}
        range={limits.rateHz}
        invalid={invalid('rateHz')}
        onChange={(v) => setParameter('rateHz', Hz(v))}
      />
      <NumberField
        label="Interphase gap"
        unit="µs"
        value={program.interphaseGapUs}
        range={limits.interphaseGapUs}
        invalid={invalid('interphaseGapUs')}
        onChange={(v) => setParameter('interphaseGapUs', us(v))}
      />
      <div className="field">
        <label htmlFor="recharge-mode">Recharge</label>
        <select
          id="recharge-mode"
          aria-label="Recharge"
          value={program.recharge}
          onChange={(event) => setParameter('recharge', event.target.value as RechargeMode)}
        >
          <option value="active">Active (square, equal charge)</option>
          <option value="passive">Passive (capacitor discharge)</option>
        </select>
      </div>
      {issues.length > 0 && (
        <ul className="issues" role="alert" aria-label="Program problems">
          {issues.map((issue) => (
            <li key={`${issue.field}-${issue.code}`}>{issue.message}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
